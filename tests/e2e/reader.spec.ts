import { addFeed, expect, test } from './harness';
import { newerFrenchItem } from '../fixtures/loopback/feedServer';
import { mediaAddress } from '../../shared/media/mediaRoute';

const frenchTitle = /Les ministres de la Défense américain et russe/;

test('adds a feed, reads the article, and still reads it after a reload and with the publisher gone', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await expect(page.getByText('No feeds yet.')).toBeVisible();

  await addFeed(page, harness.feeds.url('/news.xml'));
  const feedRow = page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Le Courrier du Monde/ });
  await expect(feedRow).toBeVisible();
  await expect(feedRow).toContainText('1'); // one unread

  const row = page.getByRole('row', { name: frenchTitle });
  await expect(row).toBeVisible();
  await row.click();
  const reader = page.getByRole('main', { name: 'Reading pane' });
  await expect(reader.getByRole('heading', { name: frenchTitle })).toBeVisible();
  await expect(reader).toContainText('Lloyd Austin');
  await expect(feedRow).not.toContainText('1'); // opening it marked it read

  await page.screenshot({ path: 'test-results/three-panes.png' });

  await page.reload();
  await page.getByRole('row', { name: frenchTitle }).click();
  await expect(page.getByRole('main', { name: 'Reading pane' })).toContainText('Andreï Belousov');

  await harness.feeds.close();
  await page.reload();
  await page.getByRole('row', { name: frenchTitle }).click();
  await expect(page.getByRole('main', { name: 'Reading pane' })).toContainText('une relation toujours au point mort');
});

test('a failed add leaves no row and the other feeds keep working; a feed already followed that fails shows its error', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/page.html'));
  await expect(page.getByRole('alert')).toContainText('Not a feed');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await addFeed(page, harness.feeds.url('/broken.xml'));
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await addFeed(page, harness.feeds.url('/science.xml'));

  const feeds = page.getByRole('tree', { name: 'Feeds' });
  await expect(feeds.getByRole('treeitem', { name: /Science Weekly/ })).toBeVisible();
  await expect(feeds.locator('.feed-row')).toHaveCount(1);
  await expect(feeds.locator(`[data-feed-url="${harness.feeds.url('/page.html')}"]`)).toHaveCount(0);
  await expect(feeds.locator(`[data-feed-url="${harness.feeds.url('/broken.xml')}"]`)).toHaveCount(0);
  await page.getByRole('button', { name: 'All articles' }).click();
  await expect(page.getByRole('row', { name: /A comet returns/ })).toBeVisible();

  // Once followed, a feed that stops answering keeps its row and articles, and says why under its name.
  await harness.feeds.close();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(feeds.locator(`[data-feed-url="${harness.feeds.url('/science.xml')}"] .feed-error`)).toContainText('Could not reach');
  await expect(page.getByRole('row', { name: /A comet returns/ })).toBeVisible();
});

test('refresh brings new articles without duplicating the ones already there', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await expect(page.getByRole('row', { name: frenchTitle })).toBeVisible();

  harness.feeds.publish({
    guid: 'second',
    title: 'Un deuxième article arrive',
    html: '<p>Publié après le premier.</p>',
    published: new Date('2024-06-27T09:00:00Z'),
    path: '/articles/second',
  });
  await page.keyboard.press('Control+r');
  const rows = page.getByRole('grid', { name: 'Article list' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Un deuxième article arrive'); // newest first
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(rows).toHaveCount(2);
});

test('"Open original" and links in the article leave for a new browser tab, never replacing Tidings', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await page.getByRole('row', { name: frenchTitle }).click();

  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: /Open original/ }).click();
  expect((await popup).url()).toBe(harness.feeds.url('/articles/austin-belousov'));
  expect(page.url()).toBe(harness.appUrl);
});

test('the pane widths follow the dividers and are remembered', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  const sources = page.getByRole('navigation', { name: 'Sources' });
  const before = (await sources.boundingBox())?.width ?? 0;
  const divider = page.getByRole('separator', { name: 'Resize the sources pane' });
  const box = await divider.boundingBox();
  if (!box) throw new Error('the divider is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 100, box.y + 200, { steps: 5 });
  await page.mouse.up();
  const after = (await sources.boundingBox())?.width ?? 0;
  expect(after).toBeGreaterThan(before + 60);
  await page.reload();
  expect(Math.round((await sources.boundingBox())?.width ?? 0)).toBe(Math.round(after));
});

test('j and k move through the list and mark what they open as read', async ({ page, harness }) => {
  harness.feeds.publish(newerFrenchItem());
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await page.getByRole('button', { name: 'Unread' }).click();
  const rows = page.getByRole('grid', { name: 'Article list' }).getByRole('row');
  await expect(rows).toHaveCount(2);

  await page.keyboard.press('j');
  await expect(page.getByRole('main', { name: 'Reading pane' }).getByRole('heading')).toHaveText('Un article plus récent');
  await page.keyboard.press('j');
  await expect(page.getByRole('main', { name: 'Reading pane' }).getByRole('heading', { name: frenchTitle })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByRole('main', { name: 'Reading pane' }).getByRole('heading')).toHaveText('Un article plus récent');

  const feedRow = page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Le Courrier du Monde/ });
  await expect(feedRow.locator('.count')).toHaveCount(0);
});

test('script in an article never runs, and its text is still shown', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/hostile.xml'));
  await page.getByRole('row', { name: /tries to run script/ }).click();
  const content = page.locator('.reader-content');
  await expect(content).toContainText('Harmless text stays.');
  await content.getByText('a javascript link').click();
  await page.waitForTimeout(300); // give an onerror handler the time it would need
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
  await expect(content.locator('script, iframe, form, input, [onerror]')).toHaveCount(0);
  // Stored as the feed sent it, sanitised when shown: the image's relative address still resolves, and is asked of the app's route.
  await expect(content.locator('img')).toHaveAttribute('src', mediaAddress([harness.feeds.url('/missing.png')], { keep: true }));
});

test('a site’s address offers the feeds its page advertises, and subscribes to the one picked', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/site.html'));
  const offered = page.getByRole('list', { name: 'Feeds this page offers' });
  await expect(offered.getByRole('button')).toHaveCount(2);
  const feeds = page.getByRole('tree', { name: 'Feeds' });
  await expect(feeds.getByRole('listitem')).toHaveCount(0); // nothing added yet
  await offered.getByRole('button', { name: /Science Weekly/ }).click();
  // The feed picked is previewed like any other before it is followed.
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(feeds.getByRole('treeitem', { name: /Science Weekly/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /A comet returns/ })).toBeVisible();
});

test('a site’s address that leads to a feed already followed adds nothing twice', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await expect(page.getByRole('row', { name: frenchTitle })).toBeVisible();
  await addFeed(page, harness.feeds.url('/one-feed.html'));
  const feeds = page.getByRole('tree', { name: 'Feeds' });
  await expect(feeds.getByRole('treeitem', { name: /Le Courrier du Monde/ })).toBeVisible();
  await expect(feeds.locator('.feed-row')).toHaveCount(1);
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(page.getByRole('grid', { name: 'Article list' }).getByRole('row')).toHaveCount(1);
});
