import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebApp } from './webApp';

/** `npm run web`: Tidings in a browser, for machines where the desktop shell cannot run. */
export async function serveWeb(): Promise<void> {
  const port = Number(process.env.PORT ?? 5179);
  // Kept across restarts, as the page's own database is (same origin, same browser), until the system clears its temporary files.
  const imageDir = process.env.TIDINGS_IMAGE_DIR ?? join(tmpdir(), 'tidings-web-images');
  const app = await startWebApp({ port, imageDir });
  console.log(`Tidings is running at ${app.url} (press Ctrl+C to stop)`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serveWeb().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
