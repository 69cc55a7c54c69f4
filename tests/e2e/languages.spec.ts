import type { Page } from '@playwright/test';
import { originalUrl } from '../fixtures/loopback/storyVersions';
import { addFeed as addFeedByAddress, expect, openFeedSettings, test } from './harness';

// The version of a story the list shows follows the reader's languages; the browser's is the default.
test.use({ locale: 'en-US' });

const addFeed = (page: Page, url: string) => addFeedByAddress(page, url, { expectClosed: true });

const frenchTitle = /Les ministres de la Défense américain et russe/;
const englishTitle = /US and Russian defence chiefs speak by phone/;
const vietnameseTitle = /Bộ trưởng Quốc phòng Mỹ điện đàm/;

test('language tags, provenance, one story across languages, language views and hidden languages', async ({ page, harness }) => {
  // The original's publisher is not on the loopback; its page is answered here so that opening it stays offline.
  await page.context().route('https://www.nguoiduatin.vn/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Original</title>' }));
  await page.goto(harness.appUrl);
  const list = page.getByRole('grid', { name: 'Article list' });
  const reader = page.getByRole('main', { name: 'Reading pane' });

  // A translation says so on its row and in the reading pane, with where it comes from.
  await addFeed(page, harness.feeds.url('/news.xml'));
  const frenchRow = list.getByRole('row', { name: frenchTitle });
  await expect(frenchRow.locator('.lang-tag').first()).toHaveText('VI → FR');
  await frenchRow.click();
  await expect(reader.getByRole('heading', { name: frenchTitle })).toBeVisible();
  await expect(reader.locator('.reader-meta .lang-tag')).toHaveText('VI → FR');
  const provenance = reader.getByRole('complementary', { name: 'Provenance' });
  await expect(provenance.getByRole('link', { name: 'nguoiduatin.vn' })).toBeVisible();
  await expect(provenance).toContainText('Vietnamese');
  await expect(provenance).toContainText('Reuters · AFP · France24 · NY Times');
  await expect(provenance).toContainText('Minh Duc');
  await expect(reader).toContainText('une relation toujours au point mort');
  await expect(reader).not.toContainText('Comment (0)');
  await expect(reader).not.toContainText('Source :');
  const popup = page.waitForEvent('popup');
  await provenance.getByRole('link', { name: 'nguoiduatin.vn' }).click();
  const original = await popup;
  expect(original.url()).toBe(originalUrl);
  expect(page.url()).toBe(harness.appUrl);
  // A page in a background tab gets few animation frames, which would slow every later click.
  await original.close();
  await page.bringToFront();

  // The same story in English and in Vietnamese, from two more feeds: listed once, in the reader's language.
  await addFeed(page, harness.feeds.url('/world.xml'));
  await addFeed(page, harness.feeds.url('/vietnam.xml'));
  await page.getByRole('button', { name: 'All articles' }).click();
  const rows = list.getByRole('row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(englishTitle);
  await expect(rows.first().locator('.story-tags')).toHaveText(/VI → EN\s*also\s*FR\s*VI/);

  // Language views, named in their own language, with unread counts (the French article was read above).
  const languages = page.getByRole('list', { name: 'Languages' });
  await expect(languages.getByRole('button')).toHaveText([/^English\s*1$/, /^Français$/, /^Tiếng Việt\s*1$/]);
  await languages.getByRole('button', { name: /Tiếng Việt/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(vietnameseTitle);
  await expect(page.locator('.articles .pane-title strong')).toHaveText('Tiếng Việt');
  await page.getByRole('button', { name: 'All articles' }).click();

  // French first among the preferred languages: the story is now listed in French.
  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('main', { name: 'Preferences' });
  await preferences.getByLabel('Add a language').selectOption('fr');
  const preferred = preferences.getByRole('list', { name: /Preferred languages/ });
  await expect(preferred.getByRole('listitem')).toHaveText([/English/, /Français/]);
  await preferences.getByRole('button', { name: 'Move French up' }).click();
  await expect(preferred.getByRole('listitem')).toHaveText([/Français/, /English/]);
  await expect(preferences.getByRole('button', { name: 'Move French down' })).toBeFocused(); // focus stays with the language moved
  await preferences.getByRole('button', { name: 'Close' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(frenchTitle);
  await expect(rows.first().locator('.story-tags')).toHaveText(/VI → FR\s*also\s*EN\s*VI/);

  // A tag opens that language's version and marks it read.
  await rows.first().getByRole('button', { name: 'Read in English' }).click();
  await expect(reader.getByRole('heading', { name: englishTitle })).toBeVisible();
  await expect(languages.getByRole('button', { name: /English/ })).not.toContainText('1');
  await expect(reader.getByRole('navigation', { name: 'Other languages' })).toHaveText(/Also in:\s*Français\s*·\s*Tiếng Việt/);
  await rows.first().getByRole('button', { name: 'Read in Vietnamese' }).click();
  await expect(reader.getByRole('heading', { name: vietnameseTitle })).toBeVisible();
  await expect(reader.getByRole('complementary', { name: 'Provenance' })).toContainText('Reuters · AFP · France24 · NY Times');

  // The reading pane offers the other versions too, looked up across every feed, not only the listed ones.
  await page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Le Courrier du Monde/ }).click();
  await list.getByRole('row', { name: frenchTitle }).click();
  const others = reader.getByRole('navigation', { name: 'Other languages' });
  await expect(others).toHaveText(/Also in:\s*English\s*·\s*Tiếng Việt/);
  await page.screenshot({ path: 'test-results/languages.png' });
  await others.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(reader.getByRole('heading', { name: vietnameseTitle })).toBeVisible();

  // Hiding Vietnamese removes its articles, its tag, its version and its view.
  await page.getByRole('button', { name: 'Preferences' }).click();
  await preferences.getByRole('checkbox', { name: /Hide Tiếng Việt/ }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Preferences' })).toBeFocused();
  await expect(languages.getByRole('button')).toHaveText([/^English$/, /^Français$/]);
  await page.getByRole('button', { name: 'All articles' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('.story-tags')).toHaveText(/VI → FR\s*also\s*EN$/);
  await rows.first().click();
  await expect(reader.getByRole('navigation', { name: 'Other languages' })).toHaveText(/Also in:\s*English$/);
  await page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Người Đưa Tin/ }).click();
  await expect(page.getByText('Nothing here yet.')).toBeVisible();
});

test('a feed’s language can be corrected from its row, and set back', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/world.xml'));
  const row = page.getByRole('grid', { name: 'Article list' }).getByRole('row', { name: englishTitle });
  await expect(row.locator('.lang-tag').first()).toHaveText('VI → EN');
  const settings = await openFeedSettings(page, /World Desk/);
  const select = settings.getByRole('combobox', { name: 'Language of World Desk' });
  await select.focus();
  await select.selectOption('de');
  await expect(row.locator('.lang-tag').first()).toHaveText('VI → DE');
  await expect(page.getByRole('list', { name: 'Languages' }).getByRole('button')).toHaveText([/^Deutsch/]);
  await select.selectOption('');
  await expect(row.locator('.lang-tag').first()).toHaveText('VI → EN');
});
