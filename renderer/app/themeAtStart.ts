import { applySavedTheme } from './theme';

// Imported first by main.tsx: the theme is on <html> before anything is drawn.
applySavedTheme();
