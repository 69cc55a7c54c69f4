import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './harness';

/** Another site on loopback (another port, so another origin) whose page puts Tidings in a frame. */
async function startFramingSite(appUrl: string): Promise<{ url: string; server: Server }> {
  const page = `<!doctype html><title>Another site</title><h1>Another site</h1>
<iframe src="${appUrl}" width="800" height="500" onload="document.body.dataset.frameLoaded = 'yes'"></iframe>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test('a page on another origin that frames Tidings gets nothing of it shown', async ({ page, harness }) => {
  const site = await startFramingSite(harness.appUrl);
  const askedOfApp: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(harness.appUrl)) askedOfApp.push(request.url());
  });
  try {
    await page.goto(site.url);
    await expect(page.getByRole('heading', { name: 'Another site' })).toBeVisible();
    await page.waitForFunction(() => document.body.dataset.frameLoaded === 'yes');

    // The browser fetched the app's page but refused to show it in the frame: none of its script or styles were
    // asked for, and the frame holds no part of the app.
    expect(askedOfApp).toEqual([harness.appUrl]);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame?.url()).not.toBe(harness.appUrl);
    await expect(page.frameLocator('iframe').locator('#root')).toHaveCount(0);
  } finally {
    await new Promise((resolve) => site.server.close(resolve));
  }
});
