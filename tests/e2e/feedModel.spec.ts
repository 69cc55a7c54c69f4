import { addFeed, expect, test } from './harness';

test('an episode shows its host, attached audio with running time and size, categories and comments; the feed its description', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/podcast.xml'));

  const feedRow = page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Loopback Talk/ });
  await expect(feedRow).toHaveAttribute('title', /Weekly conversations about the open web\./);

  await page.getByRole('row', { name: /Episode 12: Feeds that say everything/ }).click();
  const reader = page.getByRole('main', { name: 'Reading pane' });
  await expect(reader.locator('.reader-byline')).toContainText('Ada Host');
  await expect(reader.locator('.reader-byline')).not.toContainText('host@talk.example');

  const attached = reader.getByRole('region', { name: 'Attached files' });
  await expect(attached.getByRole('link', { name: 'episode-12.mp3' })).toBeVisible();
  await expect(attached).toContainText('audio · 1:02:03 · 12.3 MB');
  await expect(reader.getByRole('list', { name: 'Categories' })).toContainText('Syndication');
  await expect(reader.getByRole('link', { name: '4 comments' })).toBeVisible();
});
