import type { Page } from '@playwright/test';
import { privateLogin } from '../fixtures/loopback/feedServer';
import { addFeed, expect, test } from './harness';

const frenchTitle = /Les ministres de la Défense américain et russe/;

const form = (page: Page) => page.getByRole('form', { name: 'Add feed' });
const feedRows = (page: Page) => page.getByRole('tree', { name: 'Feeds' }).locator('.feed-row');

/** Types an address into the add box and presses Enter, leaving whatever it gives on screen. */
async function readAddress(page: Page, address: string): Promise<void> {
  await page.getByRole('button', { name: 'Add feed' }).first().click();
  const field = page.getByLabel('Feed address');
  await field.fill(address);
  await field.press('Enter');
}

test('a feed is previewed before it is followed: title, language, description and latest articles; Cancel stores nothing', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await expect(page.getByText('No feeds yet.')).toBeVisible();
  await readAddress(page, harness.feeds.url('/news.xml'));

  const preview = page.getByRole('region', { name: 'Feed preview' });
  await expect(preview.getByRole('heading', { name: 'Le Courrier du Monde' })).toBeVisible();
  await expect(preview).toContainText('French');
  await expect(preview.locator('.lang-tag')).toHaveText('FR');
  await expect(preview).toContainText('Fixture feed');
  const latest = preview.getByRole('list', { name: 'Latest articles' }).getByRole('listitem');
  await expect(latest).toHaveCount(1);
  await expect(latest.first()).toContainText(frenchTitle);
  await expect(latest.first().locator('time')).toHaveAttribute('datetime', /^2024-06-26/);
  // No icon in this feed: its first letter stands in.
  await expect(preview.locator('.feed-preview-badge')).toHaveText('L');
  await expect(form(page).getByRole('button', { name: 'Subscribe' })).toBeFocused();

  await form(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Feed address')).toHaveCount(0);
  await expect(page.getByText('No feeds yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No feeds yet.')).toBeVisible();
});

test('Subscribe follows the feed and shows its articles at once, without fetching it again', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await readAddress(page, harness.feeds.url('/news.xml'));
  await expect(page.getByRole('region', { name: 'Feed preview' })).toBeVisible();
  const fetches = harness.feeds.hits.get('/news.xml');
  // The preview puts the focus on Subscribe, so Enter, Enter subscribes.
  await expect(page.getByRole('button', { name: 'Subscribe' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('Feed address')).toHaveCount(0);
  await expect(page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Le Courrier du Monde/ })).toBeVisible();
  await expect(page.getByRole('row', { name: frenchTitle })).toBeVisible();
  await page.waitForTimeout(500); // time enough for the poller to fetch it, if it thought it should
  expect(harness.feeds.hits.get('/news.xml')).toBe(fetches);
});

test('a feed’s picture that does not load gives way to its first letter', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await readAddress(page, harness.feeds.url('/podcast.xml'));
  const preview = page.getByRole('region', { name: 'Feed preview' });
  await expect(preview.getByRole('heading', { name: 'Loopback Talk' })).toBeVisible();
  // Its picture (itunes:image) is not served by the fixture: the letter badge replaces it.
  await expect(preview.locator('.feed-preview-badge')).toHaveText('L');
  expect(harness.feeds.hits.get('/talk/cover.jpg')).toBeGreaterThan(0);
});

test('an address without a scheme is tried over https, then http, and says which worked', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  const started = Date.now();
  await readAddress(page, harness.feeds.url('/news.xml').replace(/^http:\/\//, ''));
  const preview = page.getByRole('region', { name: 'Feed preview' });
  await expect(preview).toContainText('Found over http; https did not answer');
  // A plain-http port refuses the TLS handshake at once; no timeout was waited for.
  expect(Date.now() - started).toBeLessThan(8_000);
  await expect(preview).toContainText(harness.feeds.url('/news.xml'));
  await form(page).getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('tree', { name: 'Feeds' }).locator(`[data-feed-url="${harness.feeds.url('/news.xml')}"]`)).toBeVisible();
});

test('a feed: address works', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, `feed:${harness.feeds.url('/science.xml')}`, { expectClosed: true });
  await expect(page.getByRole('tree', { name: 'Feeds' }).locator(`[data-feed-url="${harness.feeds.url('/science.xml')}"]`)).toBeVisible();
  await expect(page.getByRole('row', { name: /A comet returns/ })).toBeVisible();

  await addFeed(page, harness.feeds.url('/news.xml').replace(/^http:/, 'feed:'), { expectClosed: true });
  await expect(page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Le Courrier du Monde/ })).toBeVisible();
});

const noFeedHere: Array<[string, (origin: string) => string, RegExp]> = [
  ['words', () => 'hello world', /“hello world” is not a web address/],
  ['a 404', (origin) => `${origin}/missing.xml`, /Not found: .* has nothing at this address \(404/],
  ['a web page without feeds', (origin) => `${origin}/page.html`, /Not a feed: this is a web page, and it names no feed/],
  ['an OPML file', (origin) => `${origin}/subscriptions.opml`, /This is a list of subscriptions \(OPML\); import it instead/],
  ['plain text', (origin) => `${origin}/notes.txt`, /plain text/],
  ['a host that does not exist', () => 'https://no-such-host.invalid/feed.xml', /Could not reach no-such-host\.invalid/],
];

for (const [what, address, message] of noFeedHere) {
  test(`${what} gives a clear message and no subscription`, async ({ page, harness }) => {
    await page.goto(harness.appUrl);
    await readAddress(page, address(harness.feeds.origin));
    // A host that does not exist may take the resolver a while to say so.
    await expect(form(page).getByRole('alert')).toHaveText(message, { timeout: 30_000 });
    await expect(form(page).getByRole('button', { name: 'Subscribe' })).toHaveCount(0);
    await expect(page.getByLabel('Feed address')).toBeFocused();
    await form(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('No feeds yet.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('No feeds yet.')).toBeVisible();
  });
}

test('a feed already followed is refused by name, also when the address given leads to it', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'), { expectClosed: true });

  await readAddress(page, harness.feeds.url('/news.xml'));
  await expect(form(page).getByRole('alert')).toHaveText('You already follow “Le Courrier du Monde”');
  await form(page).getByRole('button', { name: 'Cancel' }).click();

  // A page whose one feed is that feed, and the feed's own address without its scheme.
  for (const address of [harness.feeds.url('/one-feed.html'), harness.feeds.url('/news.xml').replace(/^http:\/\//, '')]) {
    await readAddress(page, address);
    await expect(form(page).getByRole('alert')).toHaveText('You already follow “Le Courrier du Monde”');
    await form(page).getByRole('button', { name: 'Cancel' }).click();
  }
  await expect(feedRows(page)).toHaveCount(1);
});

test('a feed whose own (self) address is followed already is refused, whatever address served it', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/podcast.xml'), { expectClosed: true });
  // The same document under another address: its atom:link rel="self" names the one followed.
  await readAddress(page, harness.feeds.url('/podcast.xml?from=a-newsletter'));
  await expect(form(page).getByRole('alert')).toHaveText('You already follow “Loopback Talk”');
  await form(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(feedRows(page)).toHaveCount(1);
});

test('editing the address drops the preview of the one before', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await readAddress(page, harness.feeds.url('/news.xml'));
  await expect(page.getByRole('region', { name: 'Feed preview' })).toBeVisible();
  await page.getByLabel('Feed address').fill(harness.feeds.url('/science.xml'));
  await expect(page.getByRole('region', { name: 'Feed preview' })).toHaveCount(0);
  await page.getByLabel('Feed address').press('Enter');
  await expect(page.getByRole('region', { name: 'Feed preview' }).getByRole('heading', { name: 'Science Weekly' })).toBeVisible();
});

test('a feed behind a password asks for it in the add box; the login is kept for its checks, never stored in the window', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await readAddress(page, harness.feeds.url('/private.xml'));
  await expect(form(page).getByRole('alert')).toHaveText('The feed asks for a user name and password (401 Unauthorized)');
  const username = form(page).getByRole('textbox', { name: 'User name' });
  await expect(username).toBeFocused();
  await username.fill(privateLogin.username);
  await form(page).getByLabel('Password').fill('a guess');
  await page.keyboard.press('Enter');
  await expect(form(page).getByRole('alert')).toContainText('did not accept the user name and password');
  expect(harness.feeds.signedIn).toEqual([]);

  await form(page).getByLabel('Password').fill(privateLogin.password);
  await page.keyboard.press('Enter');
  const preview = page.getByRole('region', { name: 'Feed preview' });
  await expect(preview.getByRole('heading', { name: 'Members’ Letter' })).toBeVisible();
  await form(page).getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('row', { name: /Minutes of the members’ meeting/ })).toBeVisible();
  expect(harness.feeds.signedIn).toHaveLength(1);

  // The next check of the feed signs in with what main kept.
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => harness.feeds.signedIn.length).toBe(2);
  await expect(feedRows(page).filter({ hasText: 'Members’ Letter' }).locator('.error-badge')).toHaveCount(0);
  // Neither the password nor the user name reached the window's database.
  const stored = await page.evaluate(async () => {
    const open = indexedDB.open('tidings');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
      });
    const everything = JSON.stringify(await Promise.all(['feeds', 'settings'].filter((name) => db.objectStoreNames.contains(name)).map(read)));
    db.close();
    return everything;
  });
  expect(stored).toContain('private.xml');
  expect(stored).not.toContain(privateLogin.password);
});
