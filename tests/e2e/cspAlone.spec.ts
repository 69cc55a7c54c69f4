import type { Page } from '@playwright/test';
import { addFeed, expect, test } from './harness';

// The sanitiser is the first wall; the Content-Security-Policy is the second, and must hold alone. Here hostile HTML
// goes into the real app's reading pane unsanitised, past DOMPurify, and no script of it may run.

const frenchTitle = /Les ministres de la Défense américain et russe/;

type Probed = Window & { __ran?: string[]; __violations?: string[] };

/** Puts every way of running script an article could try straight into `selector`, then clicks its link. */
function injectPayload(page: Page, selector: string): Promise<void> {
  return page.evaluate((target) => {
    const probed = window as Probed;
    probed.__ran = [];
    probed.__violations ??= [];
    document.addEventListener('securitypolicyviolation', (event) => probed.__violations?.push(event.violatedDirective));
    const area = document.querySelector(target);
    if (!area) throw new Error(`no ${target}`);
    const ran = (what: string) => `(window.__ran = window.__ran || []).push('${what}')`;
    area.innerHTML = [
      `<img src="x" onerror="${ran('img onerror')}">`,
      `<details open ontoggle="${ran('details ontoggle')}"><summary>more</summary></details>`,
      `<a id="hostile-link" href="javascript:${ran('javascript link')}">a link</a>`,
      `<div onmouseover="${ran('mouseover')}">hover me</div>`,
    ].join('');
    // A script element the page itself makes: innerHTML never runs one, a new element does, but for the policy.
    const script = document.createElement('script');
    script.textContent = ran('inline script');
    area.append(script);
    const link = document.getElementById('hostile-link');
    // Outside the reading pane's own handler, which would send the link to the system browser.
    const outside = link?.cloneNode(true) as HTMLAnchorElement | undefined;
    if (outside) {
      document.body.append(outside);
      outside.click();
    }
  }, selector);
}

test('the Content-Security-Policy alone stops unsanitised script in the reading pane', async ({ page, context, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await page.getByRole('row', { name: frenchTitle }).click();
  await expect(page.locator('.reader-content')).toContainText('Lloyd Austin');

  await injectPayload(page, '.reader-content');
  await page.locator('.reader-content div', { hasText: 'hover me' }).hover();
  // Given the time an error handler or a navigation would need, the violations are reported and nothing ran.
  await expect.poll(() => page.evaluate(() => (window as Probed).__violations ?? [])).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as Probed).__ran)).toEqual([]);

  // The same payload on a page without the policy runs: what the app's page stopped was the policy's doing.
  const open = await context.newPage();
  await open.goto(`${harness.feeds.origin}/page.html`);
  await injectPayload(open, 'body');
  await open.locator('div', { hasText: 'hover me' }).hover();
  await expect.poll(() => open.evaluate(() => (window as Probed).__ran?.sort())).toEqual(['img onerror', 'inline script', 'javascript link', 'mouseover', 'details ontoggle'].sort());
});
