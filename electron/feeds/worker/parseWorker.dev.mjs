// Runs the TypeScript worker straight from the sources (vitest, tsx). Built apps load the bundled
// feedParseWorker.js instead, which needs none of this.
import { register } from 'tsx/esm/api';

register();
await import('./parseWorker.ts');
