import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import type { CommandId } from '../../shared/commands/commandTable';
import { startWebApp } from '../../electron/web/webApp';
import { startFeedServer, type FeedServer } from '../fixtures/loopback/feedServer';

type WebApp = Awaited<ReturnType<typeof startWebApp>>;

/**
 * As the harness, with a hold on the app itself: commands are sent the way the desktop menu sends them, as
 * `app:command` events, since importing and exporting subscriptions are File menu commands without keys.
 */
const test = base.extend<{ feeds: FeedServer; app: WebApp }>({
  feeds: async ({}, use) => {
    const feeds = await startFeedServer();
    await use(feeds);
    await feeds.close();
  },
  app: async ({}, use) => {
    const app = await startWebApp({ port: 0, backend: { poller: { intervalMs: 60 * 60_000 } } });
    await use(app);
    await app.close();
  },
});

const frenchTitle = /Les ministres de la Défense américain et russe/;

/** Another reader's export: two folders, a setting, a duplicate, and an outline that cannot be followed (line 13). */
function anotherReadersExport(feeds: FeedServer): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>From another reader</title></head>
  <body>
    <outline text="News">
      <outline type="rss" text="Courrier (old name)" xmlUrl="${feeds.url('/news.xml')}"/>
      <outline text="Science">
        <outline type="rss" text="Science Weekly" xmlUrl="${feeds.url('/science.xml')}" tidings:interval="120"/>
      </outline>
    </outline>
    <outline type="rss" text="World Desk" xmlUrl="${feeds.url('/world.xml')}"/>
    <outline type="rss" text="World Desk again" xmlUrl="${feeds.url('/world.xml')}"/>
    <outline type="rss" text="Old blog" htmlUrl="https://old.example/"/>
  </body>
</opml>
`;
}

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import subscriptions' });
const feedRow = (page: Page, url: string) => page.locator(`[data-feed-url="${url}"]`);

/** The page's event stream may not be open yet when the test first sends: the command is sent until it shows. */
async function runCommand(app: WebApp, command: CommandId, until: () => Promise<void>): Promise<void> {
  await expect(async () => {
    app.emit('app:command', { command });
    await until();
  }).toPass({ timeout: 15_000 });
}

async function importThroughChooser(page: Page, app: WebApp, name: string, text: string): Promise<Locator> {
  await runCommand(app, 'import-opml', () => expect(importDialog(page)).toBeVisible({ timeout: 1_000 }));
  const dialog = importDialog(page);
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/x-opml', buffer: Buffer.from(text) });
  return dialog;
}

test('an OPML file is imported through the File menu command: folders, feeds with their articles, and what was left out', async ({ page, app, feeds }) => {
  await page.goto(app.url);
  await expect(page.getByText('No feeds yet.')).toBeVisible();
  // The file is read in a worker, not in the page: a long list would hold the window while it is read.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const dialog = await importThroughChooser(page, app, 'subscriptions.opml', anotherReadersExport(feeds));

  await expect(dialog.getByRole('status')).toHaveText('3 feeds imported, 2 new folders, 1 duplicate left out, 1 skipped:');
  const skipped = dialog.getByRole('list', { name: 'Skipped entries' }).getByRole('listitem');
  await expect(skipped).toHaveCount(1);
  await expect(skipped.first()).toHaveText(/^Line 13\s*“Old blog”: no feed address$/);
  // Read in a worker of its own (the writer's storing worker runs beside it).
  expect(workers.filter((url) => /opmlReaderWorker/.test(url))).toHaveLength(1);
  const { violations } = await new AxeBuilder({ page }).include('.opml-dialog').analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // The poller fetches each new feed at once: the first fetch names it and brings its articles.
  await expect(feedRow(page, feeds.url('/news.xml'))).toContainText('Le Courrier du Monde', { timeout: 20_000 });
  await expect(feedRow(page, feeds.url('/science.xml'))).toContainText('Science Weekly');
  await expect(feedRow(page, feeds.url('/world.xml'))).toContainText('World Desk');
  await expect(page.getByRole('row', { name: /A comet returns after 80,000 years/ })).toBeVisible();
  await feedRow(page, feeds.url('/news.xml')).click();
  await expect(page.getByRole('row', { name: frenchTitle })).toBeVisible();
  expect(feeds.hits.get('/news.xml')).toBe(1);
});

test('a damaged file imports nothing and says where it is damaged', async ({ page, app, feeds }) => {
  await page.goto(app.url);
  const whole = anotherReadersExport(feeds);
  const dialog = await importThroughChooser(page, app, 'cut-short.opml', whole.slice(0, whole.indexOf('World Desk again') + 12));
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported from “cut-short.opml”.');
  await expect(dialog.getByRole('alert')).toContainText(/damaged at line 12/);
  await expect(dialog.getByRole('button', { name: 'Choose another file…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('No feeds yet.')).toBeVisible();
});

test('a file dropped on the window is imported', async ({ page, app, feeds }) => {
  await page.goto(app.url);
  await expect(page.getByText('No feeds yet.')).toBeVisible();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.opml', { type: 'text/x-opml' }));
    return transfer;
  }, anotherReadersExport(feeds));
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(importDialog(page).getByRole('status')).toHaveText(/^3 feeds imported/);
  await expect(feedRow(page, feeds.url('/news.xml'))).toBeVisible();
});

test('subscriptions are exported as a file that a new profile imports to the same feeds, folders and settings', async ({ page, app, feeds, browser }) => {
  await page.goto(app.url);
  const dialog = await importThroughChooser(page, app, 'subscriptions.opml', anotherReadersExport(feeds));
  await expect(dialog.getByRole('status')).toHaveText(/^3 feeds imported/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(feedRow(page, feeds.url('/news.xml'))).toContainText('Le Courrier du Monde', { timeout: 20_000 });

  const download = page.waitForEvent('download');
  app.emit('app:command', { command: 'export-opml' });
  const file = await download;
  expect(file.suggestedFilename()).toBe('tidings-subscriptions.opml');
  const exported = await readFile(await file.path(), 'utf8');
  expect(exported).toContain(`<outline text="News" title="News">`);
  expect(exported).toContain(`text="Le Courrier du Monde" title="Le Courrier du Monde" xmlUrl="${feeds.url('/news.xml')}"`);
  expect(exported).toMatch(new RegExp(`xmlUrl="${feeds.url('/science.xml')}"[^>]* tidings:interval="120"`));

  // A new browser profile: its own, empty database.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(app.url);
  await expect(other.getByText('No feeds yet.')).toBeVisible();
  const again = await importThroughChooser(other, app, 'tidings-subscriptions.opml', exported);
  await expect(again.getByRole('status')).toHaveText('3 feeds imported, 2 new folders.');
  await again.getByRole('button', { name: 'Close' }).click();
  for (const path of ['/news.xml', '/science.xml', '/world.xml']) await expect(feedRow(other, feeds.url(path))).toBeVisible();
  await expect(feedRow(other, feeds.url('/news.xml'))).toContainText('Le Courrier du Monde');

  const copy = other.waitForEvent('download');
  app.emit('app:command', { command: 'export-opml' });
  const reexported = await readFile(await (await copy).path(), 'utf8');
  const body = (text: string) => text.replace(/<dateCreated>.*<\/dateCreated>/, '');
  expect(body(reexported)).toBe(body(exported));
  await fresh.close();
});

test('the sources pane offers to import subscriptions while no feed is followed', async ({ page, app, feeds }) => {
  await page.goto(app.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import subscriptions…' }).click();
  await (await chooser).setFiles({ name: 'subscriptions.opml', mimeType: 'text/x-opml', buffer: Buffer.from(anotherReadersExport(feeds)) });
  await expect(importDialog(page).getByRole('status')).toHaveText(/^3 feeds imported/);
});

// `npm run web` has no command line to read: what a launch asks to open is sent as main sends it in the desktop shell.
test('an address given to a launch opens the add box on its preview; an OPML file opens the import', async ({ page, app, feeds }) => {
  await page.goto(app.url);
  const addBox = page.getByRole('form', { name: 'Add feed' });
  // The page's event stream may not be open yet when the test first sends: sent until it shows.
  await expect(async () => {
    app.emit('app:launch', { kind: 'add-feed', address: feeds.url('/world.xml') });
    await expect(addBox.getByRole('textbox', { name: 'Feed address' })).toHaveValue(feeds.url('/world.xml'), { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(addBox.getByRole('button', { name: 'Subscribe' })).toBeVisible();
  await addBox.getByRole('button', { name: 'Cancel' }).click();

  const text = `<?xml version="1.0" encoding="ISO-8859-1"?><opml version="2.0"><body><outline type="rss" text="Café" xmlUrl="${feeds.url('/world.xml')}"/></body></opml>`;
  app.emit('app:launch', { kind: 'import-opml', fileName: 'cafe.opml', text });
  const dialog = page.getByRole('dialog', { name: 'Import subscriptions' });
  await expect(dialog).toContainText('cafe.opml');
  await expect(page.getByRole('navigation', { name: 'Sources' })).toContainText('Café');
});
