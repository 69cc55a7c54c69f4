import type { Page } from '@playwright/test';
import type { FixtureItem } from '../fixtures/loopback/feedServer';
import { addFeed, expect, test } from './harness';

const frenchTitle = /Les ministres de la Défense américain et russe/;
const hanoiTitle = 'Mưa lớn ở Hà Nội, nhiều tuyến phố ngập sâu';
const schoolTitle = 'L’École normale rouvre ses portes à Lyon';
const libraryTitle = '東京で新しい図書館が開館';

/** Articles published to /news.xml after the French one, in Vietnamese, French and Japanese. */
const published: FixtureItem[] = [
  {
    guid: 'hanoi-rain',
    title: hanoiTitle,
    html: '<p>Mưa lớn kéo dài từ chiều qua khiến nhiều tuyến phố ở Hà <b>Nội</b> ngập sâu. Bộ Quốc phòng đã điều động xe cứu hộ.</p>',
    published: new Date('2024-06-27T06:00:00Z'),
    path: '/articles/hanoi-rain',
  },
  {
    guid: 'lyon-school',
    title: schoolTitle,
    html: '<p>Après deux ans de travaux, l’établissement accueille de nouveau ses élèves.</p>',
    published: new Date('2024-06-27T07:00:00Z'),
    path: '/articles/lyon-school',
  },
  {
    guid: 'tokyo-library',
    title: libraryTitle,
    html: '<p>東京都内に新しい図書館が開館した。館内には約十万冊の本が並び、多くの市民が訪れている。</p>',
    published: new Date('2024-06-27T08:00:00Z'),
    path: '/articles/tokyo-library',
  },
];

/** How many ranges the search highlight holds, and how many of them lie in `within` (a selector); 0 without one. */
async function highlighted(page: Page, within = 'body'): Promise<number> {
  return page.evaluate((selector) => {
    const highlight = CSS.highlights.get('search-match');
    if (!highlight) return 0;
    return [...highlight].filter((range) => !range.collapsed && range.startContainer.parentElement?.closest(selector)).length;
  }, within);
}

test('finds articles by words typed without accents, in any order, in any script, and marks what it found', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await expect(page.getByRole('row', { name: frenchTitle })).toBeVisible();
  for (const item of published) harness.feeds.publish(item);
  await page.getByRole('button', { name: 'Refresh' }).click();
  const rows = page.getByRole('grid', { name: 'Article list' }).getByRole('row');
  await expect(rows).toHaveCount(4);

  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(search).toHaveAttribute('placeholder', 'Search');
  await search.fill('hanoi');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(hanoiTitle);
  await expect.poll(() => highlighted(page, '[aria-label="Article list"]')).toBeGreaterThan(0);

  await search.fill('ecole');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(schoolTitle);

  await search.fill('defense belousov');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(frenchTitle);
  await search.fill('belousov defen');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(frenchTitle);

  await search.fill('図書館');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(libraryTitle);

  // Opened, the article has its matches marked in its title and its text.
  await rows.first().click();
  const reader = page.getByRole('main', { name: 'Reading pane' });
  await expect(reader.getByRole('heading', { name: libraryTitle })).toBeVisible();
  await expect.poll(() => highlighted(page, '.reader-title')).toBe(1);
  await expect.poll(() => highlighted(page, '.reader-content')).toBe(1);

  // Hà Nội is marked whole, though <b> splits it in two text nodes.
  await search.fill('hanoi');
  await expect(rows.first()).toContainText(hanoiTitle);
  await rows.first().click();
  await expect(reader.getByRole('heading', { name: hanoiTitle })).toBeVisible();
  await expect.poll(() => highlighted(page, '.reader-content')).toBe(1);
  const marked = await page.evaluate(() => [...(CSS.highlights.get('search-match') ?? [])].map((range) => (range instanceof Range ? range.toString() : '')));
  expect(marked).toContain('Hà Nội');

  // Too short to search: the list is the source again, and nothing is marked.
  await search.fill('h');
  await expect(rows).toHaveCount(4);
  await expect.poll(() => highlighted(page)).toBe(0);
});

test('searches the selected source or everything, and Escape goes back to the source', async ({ page, harness }) => {
  harness.feeds.publish(published[0] as FixtureItem);
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await expect(page.getByRole('row', { name: hanoiTitle })).toBeVisible();
  await addFeed(page, harness.feeds.url('/vietnam.xml'));
  const vietnamFeed = page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Người Đưa Tin/ });
  await vietnamFeed.click();
  await expect(vietnamFeed).toHaveAttribute('aria-selected', 'true');
  const rows = page.getByRole('grid', { name: 'Article list' }).getByRole('row');
  await expect(rows).toHaveCount(1);

  // Both feeds have "Quốc phòng"; this source is the Vietnamese feed only.
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const scope = page.getByRole('radiogroup', { name: 'Search in' });
  await expect(scope.getByRole('radio', { name: 'This source' })).toBeChecked();
  await search.fill('quoc phong');
  await expect(page.getByRole('row', { name: /Bộ trưởng Quốc phòng Mỹ/ })).toBeVisible();
  await expect(page.getByRole('row', { name: hanoiTitle })).toHaveCount(0);
  await scope.getByRole('radio', { name: 'All sources' }).check();
  await expect(page.getByRole('row', { name: hanoiTitle })).toBeVisible();

  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(vietnamFeed).toHaveAttribute('aria-selected', 'true');
  await expect(rows).toHaveCount(1);
  await expect.poll(() => highlighted(page)).toBe(0);

  // Picking another source while searching ends the search.
  await search.fill('quoc phong');
  await expect(page.getByRole('row', { name: hanoiTitle })).toBeVisible();
  await page.getByRole('button', { name: 'All articles' }).click();
  await expect(search).toHaveValue('');
});
