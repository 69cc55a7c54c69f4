import { chromium, type BrowserContext, type Page } from '@playwright/test';
import playwrightConfig from '../../../playwright.config';
import type { ScaleBenchApi } from './page/benchPage';
import { progress } from './stats';

/** The e2e suite's Chromium and flags, headless, with a profile kept on disk so the store survives between runs. */
export async function launchProfile(profileDir: string): Promise<BrowserContext> {
  const { launchOptions, viewport } = playwrightConfig.use ?? {};
  const executablePath = launchOptions?.executablePath;
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  // Articles link images on their publishers' (made-up) hosts: no name but loopback is looked up, so nothing leaves the machine.
  const args = [...(launchOptions?.args ?? []), '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
  const context = await chromium.launchPersistentContext(profileDir, { executablePath, args, headless: true, viewport: viewport ?? null });
  // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, whose `__name` helper the page lacks.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  return context;
}

type Api = ScaleBenchApi;
type Callable = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api];

/** Calls a function of the benchmark page and resolves with its (serialisable) result. */
export type BenchCall = <K extends Callable>(name: K, ...args: Parameters<Api[K]>) => Promise<Awaited<ReturnType<Api[K]>>>;

const benchPath = '/__scale/';

/**
 * Opens `url` (a folder's address) as a page the browser answers itself, without the app's Content-Security-Policy:
 * an empty document running `script`, served as `bench.js` beside it.
 */
export async function serveScriptPage(page: Page, url: string, script: string, title: string): Promise<void> {
  const path = new URL(url).pathname;
  await page.route(`${url}**`, (route) =>
    route.request().url().endsWith('.js')
      ? route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><title>${title}</title><script src="${path}bench.js"></script>` }),
  );
  await page.goto(url);
}

/**
 * A page on the app's origin (same host and port, so the same IndexedDB) that is not the app: its path is answered
 * by the browser itself, without the app's Content-Security-Policy, with the benchmark's bundled script.
 */
export async function openBenchPage(context: BrowserContext, origin: string, script: string): Promise<{ page: Page; call: BenchCall }> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().startsWith('scale: ')) progress(message.text().slice('scale: '.length));
  });
  await serveScriptPage(page, `${origin}${benchPath}`, script, 'Tidings scale benchmark');
  await page.waitForFunction(() => 'tidingsScale' in window);
  const call: BenchCall = (name, ...args) =>
    page.evaluate(
      async ([method, values]) => {
        const api = (window as unknown as { tidingsScale: Record<string, (...args: unknown[]) => unknown> }).tidingsScale;
        const run = api[method];
        if (!run) throw new Error(`the benchmark page has no ${method}`);
        try {
          return await run(...values);
        } catch (error) {
          // Dexie's errors carry their cause in `inner`, which would not survive the trip to Node.
          const { name, message, inner, stack } = error as Error & { inner?: Error };
          throw new Error(`${method}: ${name}: ${message}${inner ? ` (${inner.name}: ${inner.message})` : ''}\n${stack ?? ''}`, { cause: error });
        }
      },
      [name, args] as [string, unknown[]],
    ) as never;
  return { page, call };
}
