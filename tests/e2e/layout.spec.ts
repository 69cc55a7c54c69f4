import type { Page } from '@playwright/test';
import { startFeedServer } from '../fixtures/loopback/feedServer';
import { addFeed, expect, test } from './harness';
import { backgroundOf, chooseTheme, colorSchemeOf, darkBackground, darkPane, lightBackground, lightPane, saveScreen } from './screens';

const frenchTitle = /Les ministres de la Défense américain et russe/;
const sources = (page: Page) => page.getByRole('navigation', { name: 'Sources' });
const articleRows = (page: Page) => page.getByRole('grid', { name: 'Article list' }).getByRole('row');
const reader = (page: Page) => page.getByRole('main', { name: 'Reading pane' });
const showSources = (page: Page) => page.getByRole('button', { name: 'Show sources' });

/** Feeds are added on a wide window, where the add button is in view; the tests narrow it afterwards. */
async function withNewsAndScience(page: Page, url: (path: string) => string): Promise<void> {
  await page.setViewportSize({ width: 1400, height: 860 });
  await addFeed(page, url('/news.xml'));
  await addFeed(page, url('/science.xml'));
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(articleRows(page)).toHaveCount(2);
}

test('the theme follows the system, or the choice in Preferences, which is remembered', async ({ page, harness }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(harness.appUrl);
  expect(await colorSchemeOf(page)).toBe('light dark');
  expect(await backgroundOf(page, 'html')).toBe(lightBackground);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await backgroundOf(page, 'html')).toBe(darkBackground);

  await page.emulateMedia({ colorScheme: 'light' });
  await chooseTheme(page, 'Dark');
  expect(await colorSchemeOf(page)).toBe('dark');
  expect(await backgroundOf(page, 'html')).toBe(darkBackground);
  // The other panes' own CSS follows the variables too.
  expect(await backgroundOf(page, '.list-column')).toBe(darkPane);
  expect(await backgroundOf(page, '.search-bar')).toBe(darkPane);

  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await backgroundOf(page, 'html')).toBe(darkBackground);
  await page.getByRole('button', { name: 'Preferences' }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await page.emulateMedia({ colorScheme: 'dark' });
  await chooseTheme(page, 'Light');
  expect(await colorSchemeOf(page)).toBe('light');
  expect(await backgroundOf(page, 'html')).toBe(lightBackground);
  expect(await backgroundOf(page, '.list-column')).toBe(lightPane);

  await chooseTheme(page, 'System');
  expect(await backgroundOf(page, 'html')).toBe(darkBackground);
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
});

test('at 720 px the sources are a drawer, and the list and the article take turns', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await withNewsAndScience(page, (path) => harness.feeds.url(path));
  await page.setViewportSize({ width: 720, height: 800 });

  // The sources: a slim rail, whose button opens them over the list; Escape closes them and gives the button back the keyboard.
  expect((await sources(page).boundingBox())?.width ?? 0).toBeLessThan(60);
  await expect(page.getByRole('button', { name: /^All articles/ })).toBeHidden();
  await showSources(page).click();
  await expect(showSources(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: /^All articles/ })).toBeFocused();
  await saveScreen(page, 'light-720-drawer');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^All articles/ })).toBeHidden();
  await expect(showSources(page)).toBeFocused();

  // Choosing a source in the drawer closes it.
  await showSources(page).click();
  await page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Science Weekly/ }).click();
  await expect(page.getByRole('tree', { name: 'Feeds' })).toBeHidden();
  await expect(articleRows(page)).toHaveCount(1);
  await showSources(page).click();
  await page.getByRole('button', { name: /^All articles/ }).click();
  await saveScreen(page, 'light-720-list');

  // An article fills the window, with a way back.
  await articleRows(page).filter({ hasText: frenchTitle }).click();
  await expect(reader(page).getByRole('heading', { name: frenchTitle })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Article list' })).toBeHidden();
  const readerBox = await reader(page).boundingBox();
  expect(readerBox?.width ?? 0).toBeGreaterThan(700);
  const textWidth = await reader(page).locator('.reader-content').evaluate((element) => element.getBoundingClientRect().width);
  expect(textWidth).toBeGreaterThanOrEqual(320);
  const back = page.getByRole('button', { name: 'Back to list' });
  await expect(back).toBeVisible();
  await saveScreen(page, 'light-720-article');
  await back.click();
  await expect(articleRows(page).filter({ hasText: frenchTitle })).toBeFocused();
  await expect(reader(page)).toBeHidden();

  // Escape leaves the article too.
  await articleRows(page).filter({ hasText: /A comet returns/ }).click();
  await expect(reader(page).getByRole('heading', { name: /A comet returns/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('grid', { name: 'Article list' })).toBeVisible();
  await expect(reader(page)).toBeHidden();

  await chooseThemeNarrow(page, 'Dark');
  await saveScreen(page, 'dark-720-list');
  await articleRows(page).filter({ hasText: frenchTitle }).click();
  await expect(reader(page).getByRole('heading', { name: frenchTitle })).toBeVisible();
  await saveScreen(page, 'dark-720-article');
});

/** On a narrow window the preferences button is in the drawer. */
async function chooseThemeNarrow(page: Page, theme: 'Light' | 'Dark'): Promise<void> {
  await showSources(page).click();
  await page.getByRole('button', { name: 'Preferences' }).click();
  await chooseTheme(page, theme);
}

test('at 1000 px the sources are a drawer and the list and the article sit side by side', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await withNewsAndScience(page, (path) => harness.feeds.url(path));
  await page.setViewportSize({ width: 1000, height: 800 });
  await expect(showSources(page)).toBeVisible();
  await expect(page.getByRole('button', { name: /^All articles/ })).toBeHidden();
  await articleRows(page).filter({ hasText: frenchTitle }).click();
  const list = await page.getByRole('region', { name: 'Articles' }).boundingBox();
  const article = await reader(page).boundingBox();
  if (!list || !article) throw new Error('a pane is not on screen');
  expect(article.x).toBeGreaterThanOrEqual(list.x + list.width);
  const textWidth = await reader(page).locator('.reader-content').evaluate((element) => element.getBoundingClientRect().width);
  expect(textWidth).toBeGreaterThanOrEqual(320);
  await expect(page.getByRole('button', { name: 'Back to list' })).toHaveCount(0);
  await saveScreen(page, 'light-1000');
  await showSources(page).click();
  await saveScreen(page, 'light-1000-drawer');
  await page.keyboard.press('Escape');
  await chooseThemeNarrow(page, 'Dark');
  await saveScreen(page, 'dark-1000');
});

test('the last source and article are open again after a reload; an article gone since leaves just its source', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await withNewsAndScience(page, (path) => harness.feeds.url(path));
  const science = page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Science Weekly/ });
  await science.click();
  await articleRows(page).first().click();
  await expect(reader(page).getByRole('heading', { name: /A comet returns/ })).toBeVisible();

  await page.reload();
  await expect(science).toHaveAttribute('aria-selected', 'true');
  await expect(reader(page).getByRole('heading', { name: /A comet returns/ })).toBeVisible();
  await expect(articleRows(page)).toHaveCount(1);

  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('tidings.selection') ?? '{}') as Record<string, unknown>;
    localStorage.setItem('tidings.selection', JSON.stringify({ ...saved, articleKey: 'an article since deleted' }));
  });
  await page.reload();
  await expect(science).toHaveAttribute('aria-selected', 'true');
  await expect(reader(page)).toContainText('Select an article');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('tidings.selection') ?? '{}').articleKey)).toBeNull();
});

test('F6 and Shift+F6 go round the three panes, with the focus in view', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await withNewsAndScience(page, (path) => harness.feeds.url(path));
  await articleRows(page).filter({ hasText: frenchTitle }).click();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  const inPane = (name: string) => page.evaluate((selector) => document.activeElement?.closest(selector) !== null, name);
  await page.keyboard.press('F6');
  expect(await inPane('nav.sources')).toBe(true);
  await expect(page.getByRole('button', { name: /^All articles/ })).toBeFocused();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('F6');
  await expect(articleRows(page).filter({ hasText: frenchTitle })).toBeFocused();
  await page.keyboard.press('F6');
  expect(await inPane('main')).toBe(true);
  await page.keyboard.press('F6');
  expect(await inPane('nav.sources')).toBe(true);
  await page.keyboard.press('Shift+F6');
  expect(await inPane('main')).toBe(true);
  await page.keyboard.press('Shift+F6');
  await expect(articleRows(page).filter({ hasText: frenchTitle })).toBeFocused();

  // The dividers are separators with their values, moved by the keyboard.
  const divider = page.getByRole('separator', { name: 'Resize the article list' });
  await expect(divider).toHaveAttribute('aria-valuemin', '240');
  const before = Number(await divider.getAttribute('aria-valuenow'));
  await divider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', String(before + 16));
});

test('a refresh is announced as it goes and when it is done', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await withNewsAndScience(page, (path) => harness.feeds.url(path));
  await page.getByRole('button', { name: 'Refresh' }).click();
  const status = sources(page).getByRole('status');
  await expect(status).toHaveText(/Refreshing \d+ of 2…|Up to date/);
  await expect(status).toHaveText('Up to date');
  await expect(status).toHaveCount(0, { timeout: 8_000 });
});

test('a failing feed shows a badge with its reason on hover and focus, and offline does not fill the sidebar', async ({ page, harness }) => {
  const other = await startFeedServer();
  try {
    await page.goto(harness.appUrl);
    await withNewsAndScience(page, (path) => harness.feeds.url(path));
    await addFeed(page, other.url('/world.xml'));
    await page.getByRole('button', { name: /^All articles/ }).click();
    await other.close();
    await page.getByRole('button', { name: 'Refresh' }).click();
    const feeds = page.getByRole('tree', { name: 'Feeds' });
    const world = feeds.getByRole('treeitem', { name: /World Desk/ });
    await expect(world).toHaveAccessibleName(/World Desk.*could not be read/);
    await expect(world).toHaveAccessibleDescription(/Could not reach|refused|ECONNREFUSED|fetch/i);
    const reason = feeds.locator(`[data-feed-url="${other.url('/world.xml')}"] .feed-error`);
    await expect(reason).toBeHidden();
    await world.hover();
    await expect(reason).toBeVisible();
    await saveScreen(page, 'light-1400-failing-feed');
    await page.mouse.move(700, 500);
    await expect(reason).toBeHidden();
    await feeds.getByRole('treeitem', { name: /Science Weekly/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(world).toBeFocused();
    await expect(reason).toBeVisible();

    // Offline: every feed failing, a badge each, and rows of their usual height.
    await harness.feeds.close();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(feeds.locator('.error-badge')).toHaveCount(3);
    for (const row of await feeds.locator('.feed-row').all()) expect((await row.boundingBox())?.height ?? 0).toBeLessThan(40);
    await expect(sources(page).getByRole('status')).toHaveText(/could not be read|offline/);
  } finally {
    await other.close().catch(() => undefined);
  }
});

test('screenshots at 1400 px, light and dark', async ({ page, harness }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(harness.appUrl);
  await withNewsAndScience(page, (path) => harness.feeds.url(path));
  await articleRows(page).filter({ hasText: frenchTitle }).click();
  await expect(reader(page).getByRole('heading', { name: frenchTitle })).toBeVisible();
  await saveScreen(page, 'light-1400');
  await chooseTheme(page, 'Dark');
  await articleRows(page).filter({ hasText: frenchTitle }).click();
  await saveScreen(page, 'dark-1400');
  await page.getByRole('button', { name: 'Preferences' }).click();
  await saveScreen(page, 'dark-1400-preferences');
});
