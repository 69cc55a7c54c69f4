import { startWebApp } from './webApp';

/** `npm run web`: Tidings in a browser, for machines where the desktop shell cannot run. */
export async function serveWeb(): Promise<void> {
  const port = Number(process.env.PORT ?? 5179);
  const app = await startWebApp({ port });
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
