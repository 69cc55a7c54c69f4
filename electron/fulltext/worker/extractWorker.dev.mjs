// Runs the TypeScript entry straight from the sources (vitest, tsx, the web harness). Built apps load the bundled
// fullTextWorker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./extractWorker.ts');
