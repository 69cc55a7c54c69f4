import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveWeb } from '../web/serve';
import { findElectronBinary } from './electronBinary';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();

if (binary) {
  const child = spawn(binary, [projectRoot], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('No Electron binary is installed, so Tidings is served to your browser instead (as by npm run web).');
  serveWeb().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
