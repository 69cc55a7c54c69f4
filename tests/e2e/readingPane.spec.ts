import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addFeed, expect, test } from './harness';
import { newerFrenchItem } from '../fixtures/loopback/feedServer';

const frenchTitle = /Les ministres de la Défense américain et russe/;

/** Long enough, and Arabic enough, for the detector to overrule the feed's French. */
const arabicTitle = 'وزيرا الدفاع الأمريكي والروسي يجريان أول اتصال هاتفي بينهما منذ أكثر من عام';
const arabicParagraphs = [
  'أجرى وزير الدفاع الأمريكي لويد أوستن اتصالا هاتفيا مع نظيره الروسي أندريه بيلوسوف، في أول محادثة بين الرجلين منذ تولي الأخير منصبه في شهر مايو الماضي.',
  'وقالت وزارة الدفاع الأمريكية في بيان إن الوزير شدد على أهمية إبقاء قنوات الاتصال مفتوحة في ظل استمرار الحرب في أوكرانيا، بينما لم تكشف موسكو عن تفاصيل إضافية.',
  'ويرى مراقبون أن الاتصال لا يعني تحسنا في العلاقات بين البلدين، التي ما زالت في أدنى مستوياتها منذ سنوات طويلة.',
];

function openReader(page: Page) {
  return page.getByRole('main', { name: 'Reading pane' });
}

test('an episode plays its audio in place, fetching nothing until play is pressed', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/podcast.xml'));
  await page.getByRole('row', { name: /Episode 12: Feeds that say everything/ }).click();
  const reader = openReader(page);

  const attached = reader.getByRole('region', { name: 'Attached files' });
  const audio = attached.locator('audio');
  await expect(audio).toHaveCount(1);
  await expect(audio).toHaveAttribute('preload', 'none');
  await expect(audio).toHaveAttribute('controls', '');
  await expect(audio).toHaveAttribute('src', harness.feeds.url('/talk/episode-12.mp3'));
  await expect(audio).not.toHaveAttribute('poster', /.*/);
  // Still listed as a file, with its facts.
  await expect(attached).toContainText('audio · 1:02:03 · 12.3 MB');
  await page.waitForTimeout(500); // time for any eager fetch to arrive
  expect(harness.feeds.hits.get('/talk/episode-12.mp3')).toBeUndefined();
  expect((await new AxeBuilder({ page }).include('main.reader').analyze()).violations).toEqual([]);

  // Pressing play fetches it: the page's CSP lets media come from the publisher. (The fixture answers 404.)
  await audio.evaluate((element: HTMLAudioElement) => element.play().catch(() => undefined));
  await expect.poll(() => harness.feeds.hits.get('/talk/episode-12.mp3') ?? 0).toBeGreaterThan(0);
});

test('a French article reads left to right in its own language', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await page.getByRole('row', { name: frenchTitle }).click();
  const reader = openReader(page);
  const content = reader.locator('.reader-content');
  await expect(content).toHaveAttribute('lang', 'fr');
  await expect(content).not.toHaveAttribute('dir', /.*/);
  expect(await content.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  await expect(reader.getByRole('heading', { name: frenchTitle })).not.toHaveAttribute('dir', /.*/);

  // The margins give way before the text column goes under 320 px.
  await page.setViewportSize({ width: 1000, height: 800 });
  expect(await content.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThanOrEqual(320);
});

test('an Arabic article runs right to left: title, byline and text', async ({ page, harness }) => {
  harness.feeds.publish({
    guid: 'arabic',
    title: arabicTitle,
    html: arabicParagraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n') + '\n<p>انتهى.</p>',
    published: new Date('2024-06-28T09:00:00Z'),
    path: '/articles/arabic',
  });
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await page.getByRole('row', { name: new RegExp(arabicTitle.slice(0, 20)) }).click();
  const reader = openReader(page);

  const title = reader.getByRole('heading', { name: arabicTitle });
  const content = reader.locator('.reader-content');
  await expect(title).toHaveAttribute('dir', 'rtl');
  await expect(title).toHaveAttribute('lang', 'ar');
  await expect(content).toHaveAttribute('dir', 'rtl');
  await expect(reader.locator('.reader-byline')).toHaveAttribute('dir', 'rtl');
  expect(await content.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

  // Right-aligned: a one-word paragraph ends at the column's right edge, far from its left one.
  const placement = await content.evaluate((element) => {
    const paragraph = element.querySelector('p:last-of-type');
    if (!paragraph?.firstChild) throw new Error('no short paragraph');
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    const text = range.getBoundingClientRect();
    const column = element.getBoundingClientRect();
    return { fromRight: column.right - text.right, fromLeft: text.left - column.left };
  });
  expect(placement.fromRight).toBeLessThan(2);
  expect(placement.fromLeft).toBeGreaterThan(100);

  // The French article in the same feed stays left to right.
  await page.getByRole('row', { name: frenchTitle }).click();
  await expect(reader.locator('.reader-content')).not.toHaveAttribute('dir', /.*/);
});

test('starring from the toolbar puts the article in the Starred view', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await page.getByRole('row', { name: frenchTitle }).click();
  const star = openReader(page).getByRole('button', { name: 'Star', exact: true });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: /Starred/ }).click();
  const starredRow = page.getByRole('grid', { name: 'Article list' }).getByRole('row', { name: frenchTitle });
  await expect(starredRow).toBeVisible();

  await starredRow.click();
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'false');
});

test('mark unread and read from the toolbar', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await page.getByRole('row', { name: frenchTitle }).click();
  const reader = openReader(page);
  const row = page.getByRole('row', { name: frenchTitle });
  await expect(row).not.toHaveClass(/unread/);
  await reader.getByRole('button', { name: 'Mark as unread' }).click();
  await expect(row).toHaveClass(/unread/);
  await reader.getByRole('button', { name: 'Mark as read' }).click();
  await expect(row).not.toHaveClass(/unread/);
});

test('copy link puts the article’s address on the clipboard', async ({ page, context, harness }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(harness.appUrl).origin });
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await page.getByRole('row', { name: frenchTitle }).click();
  const reader = openReader(page);
  await reader.getByRole('button', { name: 'Copy link' }).click();
  await expect(reader.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(harness.feeds.url('/articles/austin-belousov'));
  await expect(reader.getByText('Copied')).toHaveCount(0, { timeout: 5000 });
});

test('previous and next move through the list, marking what they open as read', async ({ page, harness }) => {
  harness.feeds.publish(newerFrenchItem());
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  const rows = page.getByRole('grid', { name: 'Article list' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await rows.first().click();
  const reader = openReader(page);
  await expect(reader.getByRole('heading')).toHaveText('Un article plus récent');
  const previous = reader.getByRole('button', { name: 'Previous' });
  const next = reader.getByRole('button', { name: 'Next' });
  await expect(previous).toBeDisabled();

  await next.click();
  await expect(reader.getByRole('heading', { name: frenchTitle })).toBeVisible();
  await expect(page.getByRole('row', { name: frenchTitle })).not.toHaveClass(/unread/);
  await expect(next).toBeDisabled();

  await previous.click();
  await expect(reader.getByRole('heading')).toHaveText('Un article plus récent');
});

test('the reading size set in Preferences changes the article text, and is remembered', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await page.getByRole('row', { name: frenchTitle }).click();
  const fontSize = () => openReader(page).locator('.reader-content').evaluate((element) => getComputedStyle(element).fontSize);
  expect(await fontSize()).toBe('16px');

  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('main', { name: 'Preferences' });
  const slider = preferences.getByRole('slider', { name: 'Text size' });
  await expect(slider).toHaveValue('16');
  await preferences.getByRole('button', { name: 'Larger text' }).click();
  await preferences.getByRole('button', { name: 'Larger text' }).click();
  await expect(slider).toHaveValue('18');
  await slider.fill('20');
  await expect(preferences.getByText('20 px')).toBeVisible();
  expect((await new AxeBuilder({ page }).include('main.settings').analyze()).violations).toEqual([]);
  await preferences.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('row', { name: frenchTitle }).click();
  await expect.poll(fontSize).toBe('20px');

  await page.reload();
  await page.getByRole('row', { name: frenchTitle }).click();
  await expect.poll(fontSize).toBe('20px');
});

test('space pages down a long article, in its own scrolling box below the toolbar', async ({ page, harness }) => {
  harness.feeds.publish({
    guid: 'long',
    title: 'Un très long article',
    html: Array.from({ length: 60 }, (_, index) => `<p>Paragraphe ${index + 1} : ${'du texte pour remplir la page. '.repeat(6)}</p>`).join('\n'),
    published: new Date('2024-06-30T09:00:00Z'),
    path: '/articles/long',
  });
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await page.getByRole('row', { name: 'Un très long article' }).click();
  const scroller = openReader(page).locator('.reader-scroller');
  await expect(scroller).toContainText('Paragraphe 60');
  const height = await scroller.evaluate((element) => element.clientHeight);

  await page.keyboard.press(' ');
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(height * 0.8);
  // The toolbar stays in view.
  await expect(openReader(page).getByRole('button', { name: 'Next' })).toBeInViewport();
});
