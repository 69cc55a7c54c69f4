// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { createFolder, moveFeed, renameFeed } from '../../../renderer/db/folders';
import { exportOpml } from '../../../renderer/db/opmlExport';
import { importBatchSize, importOpml, type OpmlImportOutcome, type OpmlImportProgress } from '../../../renderer/db/opmlImport';
import type { FeedRecord } from '../../../renderer/db/records';
import { markUnsubscribed } from '../../../renderer/db/unsubscribe';
import { readOpml, readOpmlBytes } from '../../../shared/opml/readOpml';
import { writeOpml } from '../../../shared/opml/writeOpml';
import type { Opml } from './opmlFixtures';
import { parsedArticle } from '../foundation/support/fixtures';
import { feedWith } from '../renderer/support';
import { expectWellFormed } from './wellFormed';

const now = Date.UTC(2024, 5, 25, 12);
let databases: TidingsDb[] = [];
let db: TidingsDb;

function freshDatabase(): TidingsDb {
  const fresh = openDatabase(`opml-${crypto.randomUUID()}`);
  databases.push(fresh);
  return fresh;
}

beforeEach(() => {
  db = freshDatabase();
});

afterEach(async () => {
  for (const open of databases) await open.delete();
  databases = [];
});

async function imported(into: TidingsDb, reading: Opml | ReturnType<typeof readOpml>): Promise<Extract<OpmlImportOutcome, { kind: 'imported' }>> {
  const outcome = await importOpml(into, reading, { now });
  if (outcome.kind !== 'imported') expect.fail(outcome.error);
  return outcome;
}

/** `Folder/Sub: Name <url>` for every followed feed, in the order the sources pane shows them. */
async function followed(from: TidingsDb): Promise<string[]> {
  const reading = readOpml(await exportOpml(from, now));
  if (reading.kind !== 'opml') expect.fail(reading.error);
  return reading.feeds.map((feed) => `${[...feed.folder, ''].join('/')}${feed.title ?? '(none)'} <${feed.url}>`);
}

/** Every folder's path, parents first, siblings in order. */
async function folderPaths(from: TidingsDb): Promise<string[]> {
  const reading = readOpml(await exportOpml(from, now));
  if (reading.kind !== 'opml') expect.fail(reading.error);
  return reading.folders.map((folder) => folder.path.join('/'));
}

async function feedAt(from: TidingsDb, url: string): Promise<FeedRecord> {
  const feed = await from.feeds.where('url').equals(url).first();
  if (!feed) expect.fail(`no feed ${url}`);
  return feed;
}

// A path rather than a URL: jsdom, here for its DOMParser, brings a URL class that Node's file functions refuse.
const fixtureFolder = join(import.meta.dirname, '../../fixtures/opml');
const fixtures = readdirSync(fixtureFolder).filter((name) => /\.(opml|xml)$/.test(name));
const fixtureBytes = (name: string): Uint8Array => readFileSync(join(fixtureFolder, name));

describe('importing an OPML file', () => {
  it.each(fixtures)('%s: stores every feed of the reading in its folder, or nothing when the file is not usable', async (name) => {
    const reading = readOpmlBytes(fixtureBytes(name));
    const outcome = await importOpml(db, reading, { now });
    if (reading.kind === 'failed') {
      expect(outcome).toEqual({ kind: 'failed', error: reading.error });
      expect(await db.feeds.count()).toBe(0);
      expect(await db.folders.count()).toBe(0);
      return;
    }
    expect(outcome).toMatchObject({ kind: 'imported', imported: reading.feeds.length, alreadyFollowed: 0, duplicates: reading.duplicates, skipped: reading.skipped });
    const expected = reading.feeds.map((feed) => `${[...feed.folder, ''].join('/')}${feed.title ?? new URL(feed.url).hostname} <${feed.url}>`);
    expect((await followed(db)).sort()).toEqual(expected.sort());
    expect(new Set(await folderPaths(db))).toEqual(new Set(reading.folders.map((folder) => folder.path.join('/'))));
    const stored = await db.feeds.toArray();
    // Never fetched: the poller fetches each at once.
    expect(stored.every((feed) => feed.lastFetchedAt === null && feed.customTitle === null && feed.unsubscribedAt === null)).toBe(true);
  });

  it('makes nested folders, reusing one of the same name, and keeps the file’s order within each', async () => {
    const existing = await createFolder(db, 'World');
    const outcome = await imported(db, readOpmlBytes(fixtureBytes('nested-3-levels.opml')));
    expect(outcome).toMatchObject({ imported: 7, folders: 5 });
    expect(await db.folders.count()).toBe(6);
    expect((await feedAt(db, 'https://globewire.example/rss')).folderId).toBe(existing.id);
    expect(await folderPaths(db)).toEqual(['World', 'World/Europe', 'World/Europe/France', 'World/Europe/Portugal', 'World/Asia', 'World/Asia/Vietnam']);
    expect(await followed(db)).toEqual([
      'Top Level <https://toplevel.example/rss>',
      'World/Globe Wire <https://globewire.example/rss>',
      'World/Europe/Continental Post <https://continentalpost.example/rss>',
      'World/Europe/Baltic Brief <https://balticbrief.example/rss>',
      'World/Europe/France/Le Courrier de Lyon <https://courrierdelyon.example/rss>',
      'World/Europe/France/Bretagne Hebdo <https://bretagnehebdo.example/rss>',
      'World/Asia/Vietnam/Hà Nội Ngày Nay <https://hanoingaynay.example/rss>',
    ]);
  });

  it('takes the file’s name and site, and its language as a hint; settings only from Tidings’ own attributes', async () => {
    const reading = readOpml(`<?xml version="1.0"?>
<opml version="2.0" xmlns:tidings="https://tidings.app/opml"><body>
  <outline type="rss" text="Le Monde" xmlUrl="https://lemonde.example/rss" htmlUrl="https://lemonde.example/" language="fr-FR"/>
  <outline type="rss" text="Mislabelled" xmlUrl="https://mislabelled.example/rss" language="en" tidings:language="pt" tidings:interval="90" tidings:paused="true"/>
</body></opml>`);
    await imported(db, reading);
    expect(await feedAt(db, 'https://lemonde.example/rss')).toMatchObject({
      title: 'Le Monde',
      customTitle: null,
      siteUrl: 'https://lemonde.example/',
      language: 'fr',
      languageOverride: null,
      pollIntervalMinutes: null,
      paused: 0,
      folderId: null,
    });
    expect(await feedAt(db, 'https://mislabelled.example/rss')).toMatchObject({ language: 'en', languageOverride: 'pt', pollIntervalMinutes: 90, paused: 1 });
  });

  it('names a feed after its host when the file gives no name', async () => {
    await imported(db, readOpml('<opml><body><outline type="rss" xmlUrl="https://nameless.example/feed"/></body></opml>'));
    expect((await feedAt(db, 'https://nameless.example/feed')).title).toBe('nameless.example');
  });

  it('leaves feeds already followed as they are, counts them, and follows again one the reader had left', async () => {
    const kept = await addFeed(db, 'https://signalpath.example/feed', now - 1000);
    await renameFeed(db, kept.id, 'My signal');
    const left = await addFeed(db, 'https://root.example/', now - 1000);
    await db.feeds.update(left.id, { etag: '"old"', title: 'Root News' });
    await markUnsubscribed(db, [left.id], now - 500);

    const outcome = await imported(db, readOpmlBytes(fixtureBytes('duplicates.opml')));
    expect(outcome).toMatchObject({ alreadyFollowed: 1, imported: 4, duplicates: 5 });
    expect(outcome.skipped.map((skip) => skip.line)).toEqual([15, 16, 17, 18, 19, 20, 21]);
    expect(await feedAt(db, 'https://signalpath.example/feed')).toMatchObject({ customTitle: 'My signal', lastFetchedAt: now - 1000 });
    // The same row, with its name, followed again and due at once, its validators dropped so that it is read in full.
    expect(await feedAt(db, 'https://root.example/')).toMatchObject({ id: left.id, title: 'Root News', unsubscribedAt: null, lastFetchedAt: null, etag: null });
    expect(await db.feeds.where('url').equals('https://root.example/').count()).toBe(1);

    const again = await imported(db, readOpmlBytes(fixtureBytes('duplicates.opml')));
    expect(again).toMatchObject({ imported: 0, alreadyFollowed: 5, folders: 0 });
  });

  it('keeps what the reader had set on a feed followed again unless the file says otherwise, articles and all', async () => {
    const left = await feedWith(db, 'https://left.example/feed', [parsedArticle('a1', { language: 'en' })]);
    await db.feeds.update(left.id, { pollIntervalMinutes: 240, paused: 1 });
    await markUnsubscribed(db, [left.id], now);
    await imported(db, readOpml('<opml><body><outline text="Left" xmlUrl="https://left.example/feed" tidings:language="de"/></body></opml>'));
    expect(await feedAt(db, 'https://left.example/feed')).toMatchObject({ pollIntervalMinutes: 240, paused: 0, languageOverride: 'de' });
    expect((await db.articles.where('feedId').equals(left.id).toArray()).map((article) => article.language)).toEqual(['de']);
  });

  it('puts imported feeds after those already in the folder, wherever the reader had placed them', async () => {
    const news = await createFolder(db, 'News');
    const zeta = await addFeed(db, 'https://zeta.example/feed', now);
    const alpha = await addFeed(db, 'https://alpha.example/feed', now);
    await db.feeds.update(zeta.id, { title: 'Zeta' });
    await db.feeds.update(alpha.id, { title: 'Alpha' });
    await moveFeed(db, zeta.id, { folderId: news.id });
    await db.feeds.update(alpha.id, { folderId: news.id });
    await imported(db, readOpml('<opml><body><outline text="News"><outline text="Beta" xmlUrl="https://beta.example/feed"/><outline text="Aardvark" xmlUrl="https://aardvark.example/feed"/></outline></body></opml>'));
    expect(await followed(db)).toEqual([
      'News/Zeta <https://zeta.example/feed>',
      'News/Alpha <https://alpha.example/feed>',
      'News/Beta <https://beta.example/feed>',
      'News/Aardvark <https://aardvark.example/feed>',
    ]);
  });

  it('writes nothing for a damaged file', async () => {
    const reading = readOpmlBytes(fixtureBytes('truncated.opml'));
    expect(reading.kind).toBe('failed');
    expect(await importOpml(db, reading, { now })).toMatchObject({ kind: 'failed', error: expect.stringMatching(/damaged at line \d+/) });
    expect(await db.feeds.count()).toBe(0);
  });

  it('stores a file of thousands of feeds in bounded batches, telling how far it has come', async () => {
    const outlines = Array.from({ length: 2050 }, (_, index) => `<outline text="Feed ${index}" xmlUrl="https://host-${index % 40}.example/feed/${index}"/>`);
    const reading = readOpml(`<opml><body><outline text="Many">${outlines.join('\n')}</outline></body></opml>`);
    const progress: OpmlImportProgress[] = [];
    const outcome = await importOpml(db, reading, { now, onProgress: (step) => progress.push(step) });
    expect(outcome).toMatchObject({ kind: 'imported', imported: 2050 });
    expect(progress[0]).toEqual({ done: 0, total: 2050 });
    expect(progress.at(-1)).toEqual({ done: 2050, total: 2050 });
    expect(progress).toHaveLength(Math.ceil(2050 / importBatchSize) + 1);
    expect(await db.feeds.count()).toBe(2050);
  });
});

describe('exporting subscriptions', () => {
  it('writes every followed feed with its folder, shown name, site, language and settings, and empty folders', async () => {
    const tech = await createFolder(db, 'Tech');
    const linux = await createFolder(db, 'Linux', tech.id);
    await createFolder(db, 'Later');
    const kernel = await addFeed(db, 'https://kernel.example/feed', now);
    await db.feeds.update(kernel.id, { title: 'Kernel News', siteUrl: 'https://kernel.example/', language: 'en', pollIntervalMinutes: 120, paused: 1, languageOverride: 'fr' });
    await moveFeed(db, kernel.id, { folderId: linux.id });
    const renamed = await addFeed(db, 'https://renamed.example/feed', now);
    await renameFeed(db, renamed.id, 'My name for it');
    const gone = await addFeed(db, 'https://unfollowed.example/feed', now);
    await markUnsubscribed(db, [gone.id], now);

    const text = await exportOpml(db, now);
    expectWellFormed(text);
    expect(text).toContain('<outline type="rss" text="My name for it" title="My name for it" xmlUrl="https://renamed.example/feed" tidings:renamed="true"/>');
    expect(text).toContain(
      '<outline type="rss" text="Kernel News" title="Kernel News" xmlUrl="https://kernel.example/feed" htmlUrl="https://kernel.example/" language="en" tidings:interval="120" tidings:language="fr" tidings:paused="true"/>',
    );
    expect(text).toContain('<outline text="Later" title="Later"></outline>');
    expect(text).not.toContain('unfollowed.example');
    expect(await folderPaths(db)).toEqual(['Tech', 'Tech/Linux', 'Later']);
  });

  it('leaves user names and passwords out of addresses', async () => {
    const secret = await addFeed(db, 'https://reader:s3cret@private.example/feed', now);
    await db.feeds.update(secret.id, { siteUrl: 'https://reader:s3cret@private.example/' });
    const text = await exportOpml(db, now);
    expect(text).not.toMatch(/reader|s3cret/);
    expect(text).toContain('xmlUrl="https://private.example/feed"');
  });

  it('writes well-formed OPML whatever the names hold', async () => {
    const hostile = ['<script>alert(1)</script>', 'A & B "quoted" \'single\'', ']]> <!-- -->', 'bad\u0000control\u0008chars', 'lone \uD800 surrogate', '\u202eright-to-left', '   '];
    let parentId: string | null = null;
    for (const [index, name] of hostile.entries()) {
      const folder = await createFolder(db, name, parentId);
      if (index < 2) parentId = folder.id;
      const feed = await addFeed(db, `https://hostile-${index}.example/?a=1&b=${index}`, now);
      await db.feeds.update(feed.id, { title: name, folderId: folder.id });
    }
    const text = await exportOpml(db, now);
    const document = expectWellFormed(text);
    const feeds = Array.from(document.querySelectorAll('outline[xmlUrl]'));
    expect(feeds).toHaveLength(hostile.length);
    expect(feeds.find((feed) => feed.getAttribute('xmlUrl') === 'https://hostile-0.example/?a=1&b=0')?.getAttribute('title')).toBe('<script>alert(1)</script>');
    expect(await imported(freshDatabase(), readOpml(text))).toMatchObject({ imported: hostile.length, skipped: [] });
  });
});

describe('a round trip, export then import into a new store', () => {
  it('loses no feed, folder, name, place or setting', async () => {
    await imported(db, readOpmlBytes(fixtureBytes('nested-3-levels.opml')));
    await imported(db, readOpmlBytes(fixtureBytes('rss-guard.opml')));
    await imported(
      db,
      readOpml(`<opml xmlns:tidings="https://tidings.app/opml"><body><outline text="Set">
        <outline text="Every two hours, paused" xmlUrl="https://set.example/a" tidings:interval="120" tidings:paused="true"/>
        <outline text="Portuguese really" xmlUrl="https://set.example/b" language="es" tidings:language="pt"/>
      </outline><outline text="Nothing yet"></outline></body></opml>`),
    );
    const renamed = await feedAt(db, 'https://toplevel.example/rss');
    await renameFeed(db, renamed.id, 'Renamed by the reader');

    const first = await exportOpml(db, now);
    const copy = freshDatabase();
    const outcome = await imported(copy, readOpml(first));
    expect(outcome.skipped).toEqual([]);
    expect(await exportOpml(copy, now)).toBe(first);

    const settings = (feeds: FeedRecord[]) =>
      feeds
        .map((feed) => [feed.url, feed.customTitle, feed.customTitle ?? feed.title, feed.siteUrl, feed.language, feed.languageOverride, feed.pollIntervalMinutes, feed.paused, feed.position])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(settings(await copy.feeds.toArray())).toEqual(settings(await db.feeds.toArray()));
    expect(await folderPaths(copy)).toEqual(await folderPaths(db));
  });

  it('keeps every outline of a generated export with hostile names', async () => {
    const text = writeOpml({
      title: 'Hostile',
      dateCreated: new Date(now),
      folders: [{ path: ['A & <B>'] }, { path: ['A & <B>', '"C"'] }, { path: ['Empty ]]>'] }],
      feeds: [
        { url: 'https://x.example/?a=1&b=2', title: '</outline><outline xmlUrl="https://evil.example/">', folder: ['A & <B>', '"C"'], settings: { paused: true } },
        { url: 'https://y.example/', title: null, folder: [] },
      ],
    });
    await imported(db, readOpml(text));
    expect(await followed(db)).toEqual(['y.example <https://y.example/>', 'A & <B>/"C"/</outline><outline xmlUrl="https://evil.example/"> <https://x.example/?a=1&b=2>']);
    expect(await folderPaths(db)).toEqual(['A & <B>', 'A & <B>/"C"', 'Empty ]]>']);
    expect(await db.feeds.count()).toBe(2);
  });
});
