import { addFeed, expect, test } from './harness';
import { summaryStories } from '../fixtures/loopback/summaryFeed';

const { lighthouse } = summaryStories;
/** Words only the page has: the feed gives the opening sentence alone. */
const pageOnly = 'spiral staircase of two hundred and twelve steps';

test('a feed of summaries shows each article whole, read from its page, still there with the publisher gone; the feed’s text is one click away', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/summaries.xml'));

  await page.getByRole('row', { name: new RegExp(lighthouse.title) }).click();
  const reader = page.getByRole('main', { name: 'Reading pane' });
  await expect(reader.getByRole('heading', { name: lighthouse.title })).toBeVisible();
  // Read in the background after the feed was stored: the page's words arrive without asking.
  await expect(reader).toContainText(pageOnly, { timeout: 20_000 });
  await expect(reader).not.toContainText('Comment number');
  await expect(reader).not.toContainText('Advertisement');
  const switcher = reader.getByRole('group', { name: 'Article text' });
  await expect(switcher.getByRole('button', { name: 'Full text' })).toHaveAttribute('aria-pressed', 'true');
  expect(harness.feeds.hits.get('/stories/lighthouse')).toBe(1);
  await page.screenshot({ path: 'test-results/full-text.png' });

  await harness.feeds.close();
  await page.reload();
  await page.getByRole('row', { name: new RegExp(lighthouse.title) }).click();
  const again = page.getByRole('main', { name: 'Reading pane' });
  await expect(again).toContainText(pageOnly);

  await again.getByRole('group', { name: 'Article text' }).getByRole('button', { name: 'Feed text' }).click();
  await expect(again.locator('.reader-content')).toContainText(lighthouse.summary);
  await expect(again).not.toContainText(pageOnly);
  await again.getByRole('button', { name: 'Full text' }).click();
  await expect(again).toContainText(pageOnly);

  // Found by words only its page has, the publisher still gone.
  const rows = page.getByRole('grid', { name: 'Article list' }).getByRole('row');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('spiral staircase');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(lighthouse.title);
});

test('"Load full text" reads any article’s page on demand, and says so when the page cannot be had', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  // A feed of whole articles: nothing is fetched for it unless asked.
  await addFeed(page, harness.feeds.url('/science.xml'));
  await page.getByRole('row', { name: /A comet returns/ }).click();
  const reader = page.getByRole('main', { name: 'Reading pane' });
  const load = reader.getByRole('button', { name: 'Load full text' });
  await expect(load).toBeVisible();
  // The article's page is not on the server: its failure is told, and the feed's text stays.
  await load.click();
  await expect(reader.getByRole('status').filter({ hasText: 'answered with an error (404)' })).toBeVisible();
  await expect(reader).toContainText('Astronomers watched the comet');
});
