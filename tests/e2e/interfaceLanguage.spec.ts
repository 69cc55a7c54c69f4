import type { Page, Request } from '@playwright/test';
import type { MenuWords } from '../../shared/commands/menuWords';
import { addFeed, expect, test } from './harness';
import { saveScreen } from './screens';

const overrideKey = 'tidings.interfaceLanguage';
const frenchTitle = /Les ministres de la Défense américain et russe/;

// Found by class and role, not by name: names are what these tests check, in each language.
const sourcesPane = (page: Page) => page.locator('.pane.sources');
const listHeader = (page: Page) => page.locator('.articles .list-header, .articles .list-toolbar');
const articleRows = (page: Page) => page.locator('ul.article-list').getByRole('row');
const searchField = (page: Page) => page.locator('.search-bar input[type="search"]');

/**
 * The harness adds feeds through the English add box; in a French or Vietnamese browser the interface is set to
 * English for that, then given back to the system's language. The articles stay: they are in this context's IndexedDB.
 */
async function addFeedsInEnglish(page: Page, urls: readonly string[]): Promise<void> {
  await page.evaluate((key) => localStorage.setItem(key, 'en'), overrideKey);
  await page.reload();
  for (const url of urls) await addFeed(page, url);
  await page.evaluate((key) => localStorage.removeItem(key), overrideKey);
  await page.reload();
  await showAllArticles(page);
}

/** A new feed is selected once added; the smart view All articles, by its place (its name is what is checked). */
async function showAllArticles(page: Page): Promise<void> {
  await sourcesPane(page).locator('.smart-views button').first().click();
}

/** English words of the sources pane and the list header that must not show when the interface is in another language. */
// Not "articles" or "Sources": those are French words too.
const englishLabels = ['All articles', 'Unread', 'unread', 'Starred', 'starred', 'Today', 'Feeds', 'Languages', 'Mark all as read', 'Newest first', 'Oldest first', 'Refresh', 'Search', 'Loading'];

/** The next menu words the window sends, recognised by their word for Refresh all. */
function menuWordsSent(page: Page, refreshAll: string): Promise<Request> {
  return page.waitForRequest(
    (request) => new URL(request.url()).pathname === '/ipc/app:menuWords' && (request.postDataJSON() as MenuWords).commands.refresh === refreshAll,
  );
}

async function englishWordsIn(page: Page, selector: string): Promise<string[]> {
  const text = await page.locator(selector).evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText).join('\n'));
  return englishLabels.filter((word) => new RegExp(`\\b${word}\\b`).test(text));
}

test.describe('in a French browser', () => {
  test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });

  test('the interface is in French, dates included, with no English label on the main screen', async ({ page, harness }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(harness.appUrl);
    await addFeedsInEnglish(page, [harness.feeds.url('/news.xml')]);

    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // The smart views and the list header.
    await expect(sourcesPane(page).getByRole('button', { name: /^Tous les articles/ })).toBeVisible();
    await expect(sourcesPane(page).getByRole('button', { name: /^Non lus/ })).toBeVisible();
    await expect(page.locator('.articles .pane-title')).toHaveText('Tous les articles · 1 article');
    await expect(page.getByRole('button', { name: 'Tout marquer comme lu' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Afficher' }).getByRole('radio', { name: 'Non lus' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Ordre' })).toHaveValue('newest');
    await expect(searchField(page)).toHaveAttribute('placeholder', 'Rechercher');
    await expect(page.getByRole('grid', { name: 'Liste des articles' })).toBeVisible();

    // Dates in French: the row's (an article of 2024) and the reading pane's long date.
    const row = articleRows(page).filter({ hasText: frenchTitle });
    await expect(row.locator('time')).toHaveText('26 juin 2024');
    await row.click();
    const reader = page.getByRole('main', { name: 'Volet de lecture' });
    await expect(reader.locator('.reader-byline time')).toContainText('mercredi 26 juin 2024');
    await expect(reader.getByRole('toolbar', { name: 'Article' }).getByRole('button', { name: 'Marquer comme non lu' })).toBeVisible();

    expect(await englishWordsIn(page, '.pane.sources')).toEqual([]);
    expect(await englishWordsIn(page, '.articles .list-header, .articles .list-toolbar')).toEqual([]);
    await expect(listHeader(page).first()).toBeVisible();
    await saveScreen(page, 'lang-fr-light');

    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreen(page, 'lang-fr-dark');
  });

  test('switching the interface language in Preferences changes the labels at once, and is remembered', async ({ page, harness }) => {
    await page.goto(harness.appUrl);
    await addFeedsInEnglish(page, [harness.feeds.url('/news.xml')]);
    await expect(page.locator('.articles .pane-title')).toHaveText('Tous les articles · 1 article');

    await page.getByRole('button', { name: 'Préférences' }).click();
    const choice = page.getByRole('combobox', { name: 'Langue de l’interface' });
    await expect(choice).toHaveValue('system');
    const vietnameseMenus = menuWordsSent(page, 'Làm mới tất cả');
    await choice.selectOption('vi');
    // At once, without a reload: the preferences themselves, the list header, the search field.
    await expect(page.getByRole('combobox', { name: 'Ngôn ngữ giao diện' })).toHaveValue('vi');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await page.getByRole('button', { name: 'Đóng' }).click();
    await expect(page.locator('.articles .pane-title')).toHaveText('Tất cả bài viết · 1 bài viết');
    await expect(searchField(page)).toHaveAttribute('placeholder', 'Tìm kiếm');
    // The desktop menus follow; a browser has none, so the harness answers that nothing was applied.
    const sentInVietnamese = await vietnameseMenus;
    expect(sentInVietnamese.postDataJSON()).toMatchObject({ menus: { file: '&Tệp' }, standard: { quit: 'Thoát Tidings' } });
    expect(await (await sentInVietnamese.response())?.json()).toEqual({ ok: true, value: { applied: false } });

    await page.reload();
    await expect(page.locator('.articles .pane-title')).toHaveText('Tất cả bài viết · 1 bài viết');
    await expect(sourcesPane(page).getByRole('button', { name: /^Chưa đọc/ })).toBeVisible();

    // "System" follows the browser again.
    await page.getByRole('button', { name: 'Tùy chọn' }).click();
    const frenchMenus = menuWordsSent(page, 'Tout actualiser');
    await page.getByRole('combobox', { name: 'Ngôn ngữ giao diện' }).selectOption('system');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    expect((await frenchMenus).postDataJSON()).toMatchObject({
      commands: { 'mark-all-read': 'Tout marquer comme lu', 'next-article': 'Article suivant' },
      menus: { file: '&Fichier', go: 'A&ller', help: 'Aid&e' },
      standard: { edit: 'É&dition', undo: 'Annuler', selectAll: 'Tout sélectionner' },
    });
    expect(await page.evaluate((key) => localStorage.getItem(key), overrideKey)).toBeNull();
  });
});

test.describe('in a Vietnamese browser', () => {
  test.use({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });

  test('the interface is in Vietnamese', async ({ page, harness }) => {
    await page.goto(harness.appUrl);
    await addFeedsInEnglish(page, [harness.feeds.url('/news.xml')]);

    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(sourcesPane(page).getByRole('button', { name: /^Tất cả bài viết/ })).toBeVisible();
    await expect(sourcesPane(page).getByRole('button', { name: /^Chưa đọc/ })).toBeVisible();
    await expect(page.locator('.articles .pane-title')).toHaveText('Tất cả bài viết · 1 bài viết');
    await expect(page.getByRole('button', { name: 'Đánh dấu tất cả là đã đọc' })).toBeVisible();
    await expect(searchField(page)).toHaveAttribute('placeholder', 'Tìm kiếm');
    // Vietnamese short months are numbered: `26 thg 6, 2024`.
    await expect(articleRows(page).filter({ hasText: frenchTitle }).locator('time')).toContainText('thg 6');
    expect(await englishWordsIn(page, '.pane.sources')).toEqual([]);
    expect(await englishWordsIn(page, '.articles .list-header, .articles .list-toolbar')).toEqual([]);
  });
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US', timezoneId: 'Europe/London' });

  test('the interface is in English, light and dark', async ({ page, harness }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(harness.appUrl);
    await addFeed(page, harness.feeds.url('/news.xml'));
    await showAllArticles(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.articles .pane-title')).toHaveText('All articles · 1 article');
    await expect(articleRows(page).filter({ hasText: frenchTitle }).locator('time')).toHaveText('Jun 26, 2024');
    await saveScreen(page, 'lang-en-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreen(page, 'lang-en-dark');
  });
});
