import type { Page } from '@playwright/test';
import { serveScriptPage } from '../scale/browser';

/** Calls a function of a benchmark page's API and resolves with its (serialisable) result. */
export type PageCall<Api> = <K extends keyof Api>(
  name: K,
  ...args: Api[K] extends (...values: infer A) => unknown ? A : never
) => Promise<Api[K] extends (...values: never[]) => infer R ? Awaited<R> : never>;

/** Opens a bundled benchmark page at `url` and waits for it to publish its API as `window[global]`. */
export async function openScriptApi<Api>(page: Page, url: string, script: string, global: string, title: string): Promise<PageCall<Api>> {
  await serveScriptPage(page, url, script, title);
  await page.waitForFunction((name) => name in window, global);
  return (name, ...args) =>
    page.evaluate(
      async ([apiName, method, values]) => {
        const api = (window as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>)[apiName];
        const run = api?.[method];
        if (!run) throw new Error(`the benchmark page has no ${method}`);
        return run(...values);
      },
      [global, String(name), args] as [string, string, unknown[]],
    ) as never;
}
