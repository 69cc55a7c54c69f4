import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { addFeed, expect, test } from './harness';

/** The health view through its command's keys, as a reader without the desktop menu opens it. */
async function openHealth(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add feed' }).first().focus();
  await page.keyboard.press('g');
  await page.keyboard.press('h');
  const view = page.getByRole('dialog', { name: 'Feed health' });
  await expect(view).toBeVisible();
  return view;
}

/**
 * Answers the next confirmation the page asks, from inside the event: a page waiting on a dialog holds every action,
 * the click that opened it included. Resolves with the question once it is answered.
 */
function answered(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      void (accept ? dialog.accept() : dialog.dismiss()).then(() => resolve(dialog.message()));
    });
  });
}

const rowOf = (view: Locator, name: string) => view.getByRole('row').filter({ has: view.page().getByRole('rowheader', { name: new RegExp(name) }) });
const feedNames = (view: Locator) => view.locator('tbody .health-feed-name');

test('the health view shows each feed’s failures with their kind, sorts by any column, and retries', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/science.xml'), { expectClosed: true });
  await addFeed(page, harness.feeds.url('/news.xml'), { expectClosed: true });

  const view = await openHealth(page);
  await expect(view.getByText('2 feeds · 0 failing')).toBeVisible();
  const science = rowOf(view, 'Science Weekly');
  const news = rowOf(view, 'Le Courrier du Monde');
  await expect(science.getByRole('cell')).toContainText(['now', '—', '0', '0', /\d+(\.\d)? K?B/, 'EN']);
  expect((await new AxeBuilder({ page }).include('.health-view').analyze()).violations).toEqual([]);

  // The publisher moved the feed away: the reader points it at an address that answers 404.
  await news.getByRole('button', { name: 'Edit the address of Le Courrier du Monde' }).click();
  const address = view.getByRole('textbox', { name: 'New address of Le Courrier du Monde' });
  await address.fill('no address at all');
  await address.press('Enter');
  await expect(view.getByRole('alert')).toHaveText('Type an http or https address.');
  await address.fill(harness.feeds.url('/science.xml'));
  await address.press('Enter');
  await expect(view.getByRole('alert')).toHaveText('Another feed already has this address.');
  await address.fill(harness.feeds.url('/missing.xml'));
  await address.press('Enter');
  await expect(address).toHaveCount(0);

  // Saved, the new address is checked at once.
  await expect(news.locator('.health-error')).toContainText(/HTTP\s+Not found: .* \(404/);
  await expect(news.getByRole('cell').nth(2)).toHaveText('1');
  await expect(view.getByText('2 feeds · 1 failing')).toBeVisible();
  expect(harness.feeds.hits.get('/missing.xml')).toBe(1);

  // Failing first, then by name either way.
  await expect(feedNames(view)).toHaveText(['Le Courrier du Monde', 'Science Weekly']);
  await expect(view.getByRole('columnheader', { name: 'Failures in a row' })).toHaveAttribute('aria-sort', 'descending');
  await view.getByRole('button', { name: 'Feed', exact: true }).click();
  await expect(view.getByRole('columnheader', { name: 'Feed', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  await expect(view.getByRole('columnheader', { name: 'Failures in a row' })).not.toHaveAttribute('aria-sort');
  await expect(feedNames(view)).toHaveText(['Le Courrier du Monde', 'Science Weekly']);
  await view.getByRole('button', { name: 'Feed', exact: true }).click();
  await expect(view.getByRole('columnheader', { name: 'Feed', exact: true })).toHaveAttribute('aria-sort', 'descending');
  await expect(feedNames(view)).toHaveText(['Science Weekly', 'Le Courrier du Monde']);
  await view.getByRole('button', { name: 'Last error' }).click();
  await expect(feedNames(view)).toHaveText(['Le Courrier du Monde', 'Science Weekly']);

  // Retry asks again at once, and the failures in a row go up.
  await news.getByRole('button', { name: 'Retry Le Courrier du Monde' }).click();
  await expect(news.getByRole('cell').nth(2)).toHaveText('2');
  expect(harness.feeds.hits.get('/missing.xml')).toBe(2);

  // Back at a working address, the feed is healthy again.
  await news.getByRole('button', { name: 'Edit the address of Le Courrier du Monde' }).click();
  await address.fill(harness.feeds.url('/news.xml'));
  await address.press('Enter');
  await expect(news.getByRole('cell').nth(2)).toHaveText('0');
  await expect(news.locator('.health-error')).toHaveText('—');

  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
});

test('unsubscribing from the health view asks first, then takes the feed out of the view', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/science.xml'), { expectClosed: true });
  await addFeed(page, harness.feeds.url('/news.xml'), { expectClosed: true });
  const view = await openHealth(page);

  const unsubscribe = view.getByRole('button', { name: 'Unsubscribe from Science Weekly' });
  const declined = answered(page, false);
  await unsubscribe.click();
  expect(await declined).toContain('Science Weekly');
  await expect(feedNames(view)).toHaveCount(2);

  const agreed = answered(page, true);
  await unsubscribe.click();
  await agreed;
  await expect(feedNames(view)).toHaveText(['Le Courrier du Monde']);
  await view.getByRole('button', { name: 'Close' }).click();
  await expect(view).toHaveCount(0);
  await expect(page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Science Weekly/ })).toHaveCount(0);
});
