import { folderKey, type OpmlFeed, type OpmlReading, type OpmlSkip } from '../../shared/opml/opmlTypes';
import type { TidingsDb } from './database';
import { newFeedRecord } from './feeds';
import { foldersAtPaths, sortSiblings } from './folders';
import { setFeedLanguageOverride } from './languageOverride';
import type { FeedRecord } from './records';

/** What an import did, for the reader: every outline of the file is in exactly one of these. */
export interface OpmlImportSummary {
  /** Feeds now followed that were not before (new rows, and unsubscribed ones followed again). */
  imported: number;
  /** Feeds the reader follows already: left as they are. */
  alreadyFollowed: number;
  /** Outlines left out because an earlier one in the file has the same address. */
  duplicates: number;
  /** Outlines that looked like subscriptions but could not be, with where and why. */
  skipped: OpmlSkip[];
  /** Folders the import created; those that existed already are reused. */
  folders: number;
}

export type OpmlImportOutcome = ({ kind: 'imported' } & OpmlImportSummary) | { kind: 'failed'; error: string };

export interface OpmlImportProgress {
  /** Feeds of the file handled so far, imported or not. */
  done: number;
  total: number;
}

export interface OpmlImportOptions {
  now: number;
  onProgress?: (progress: OpmlImportProgress) => void;
}

/**
 * Feeds written per step: the import's one transaction writes them a step at a time, each step a task of its own, so
 * that no task of the page grows with the file, and the progress bar moves between steps.
 */
export const importBatchSize = 200;

/**
 * Follows the feeds of an OPML reading, in its folders (created where missing, reused where they exist). Imported
 * feeds have never been fetched, so the poller fetches them at once, within its per-host limits: the import only
 * writes rows. A reading that failed writes nothing.
 *
 * Folders and feeds are stored in one transaction: every view that follows the feeds re-reads them once, when it
 * commits, rather than once per step (a cost that grew with the feeds already stored), and the poller hears of the
 * new feeds once. Should it fail (a full disk), nothing of the file is stored, and importing it again starts afresh.
 */
export async function importOpml(db: TidingsDb, reading: OpmlReading, { now, onProgress }: OpmlImportOptions): Promise<OpmlImportOutcome> {
  if (reading.kind === 'failed') return { kind: 'failed', error: reading.error };
  const total = reading.feeds.length;
  const summary: OpmlImportSummary = { imported: 0, alreadyFollowed: 0, duplicates: reading.duplicates, skipped: reading.skipped, folders: 0 };
  const overrides: StoredBatch['overrides'] = [];
  onProgress?.({ done: 0, total });
  await db.transaction('rw', db.feeds, db.folders, async () => {
    const { folderIds, created } = await storeFolders(db, reading);
    summary.folders = created;
    const places = new Placements(db);
    for (let start = 0; start < total; start += importBatchSize) {
      const batch = reading.feeds.slice(start, start + importBatchSize);
      const stored = await storeBatch(db, batch, (feed) => folderIds.get(folderKey(feed.folder)) ?? null, places, now);
      summary.imported += stored.imported;
      summary.alreadyFollowed += stored.alreadyFollowed;
      overrides.push(...stored.overrides);
      onProgress?.({ done: Math.min(start + batch.length, total), total });
    }
  });
  // A feed followed again may have articles: its language is changed the way the reader changes it, articles too.
  for (const { id, language } of overrides) await setFeedLanguageOverride(db, id, language);
  return { kind: 'imported', ...summary };
}

/** Every folder of the file, empty ones too: a file names hundreds at most. */
async function storeFolders(db: TidingsDb, reading: Extract<OpmlReading, { kind: 'opml' }>): Promise<{ folderIds: Map<string, string>; created: number }> {
  const before = await db.folders.count();
  const paths = reading.folders.map(({ path }) => path);
  const ids = await foldersAtPaths(db, paths);
  const folderIds = new Map<string, string>();
  paths.forEach((path, index) => {
    const id = ids[index];
    if (id !== undefined && id !== null) folderIds.set(folderKey(path), id);
  });
  return { folderIds, created: (await db.folders.count()) - before };
}

interface StoredBatch {
  imported: number;
  alreadyFollowed: number;
  /** Feeds followed again whose language the file corrects. */
  overrides: Array<{ id: string; language: string }>;
}

async function storeBatch(db: TidingsDb, batch: readonly OpmlFeed[], folderOf: (feed: OpmlFeed) => string | null, places: Placements, now: number): Promise<StoredBatch> {
  return db.transaction('rw', db.feeds, async () => {
    const known = await db.feeds.where('url').anyOf(batch.map((feed) => feed.url)).toArray();
    const stored: StoredBatch = { imported: 0, alreadyFollowed: 0, overrides: [] };
    const rows: FeedRecord[] = [];
    await places.prepare(batch.map(folderOf));
    for (const feed of batch) {
      const rowsAtAddress = known.filter((row) => row.url === feed.url);
      if (rowsAtAddress.some((row) => row.unsubscribedAt === null)) {
        stored.alreadyFollowed += 1;
        continue;
      }
      const folderId = folderOf(feed);
      const position = places.next(folderId);
      const unsubscribed = rowsAtAddress[0];
      if (unsubscribed) {
        rows.push(followedAgain(unsubscribed, feed, folderId, position));
        const language = feed.settings.languageOverride;
        if (language !== null && language !== unsubscribed.languageOverride) stored.overrides.push({ id: unsubscribed.id, language });
      } else {
        rows.push(importedFeed(feed, folderId, position, now));
      }
      stored.imported += 1;
    }
    await db.feeds.bulkPut(rows);
    return stored;
  });
}

/**
 * A feed as an import first stores it. The file's name is kept as the feed's own title, not as the reader's name for
 * it (`customTitle`), unless a Tidings export says the reader chose it (`tidings:renamed`): a file's name is nearly always the feed's own as it was when exported, and the first fetch
 * brings the current one, whereas a name stored as the reader's would hide every later renaming by the publisher.
 * The file's `language` is only what the feed once declared, a hint until its first fetch; a correction the reader
 * made (`tidings:language`) is kept as one.
 */
function importedFeed(feed: OpmlFeed, folderId: string | null, position: number, now: number): FeedRecord {
  const record = newFeedRecord(feed.url, { addedAt: now, lastFetchedAt: null });
  return {
    ...record,
    title: feed.title ?? record.title,
    customTitle: feed.settings.renamed ? feed.title : null,
    siteUrl: feed.siteUrl,
    language: feed.language,
    ...subscriptionFields(feed, folderId, position),
    languageOverride: feed.settings.languageOverride,
  };
}

/**
 * A feed the reader had unsubscribed from, whose row stayed for its starred articles: it is followed again with its
 * own name and what it has fetched, placed as the file says. What the file leaves unsaid (most files say nothing of
 * intervals or languages) keeps what the reader had set; its pause goes, since importing a feed asks to read it. Its
 * validators go too, so that its next fetch, due at once, brings everything the feed holds rather than "not modified".
 */
function followedAgain(row: FeedRecord, feed: OpmlFeed, folderId: string | null, position: number): FeedRecord {
  const fields = subscriptionFields(feed, folderId, position);
  return {
    ...row,
    ...fields,
    pollIntervalMinutes: fields.pollIntervalMinutes ?? row.pollIntervalMinutes,
    customTitle: feed.settings.renamed ? feed.title : row.customTitle,
    siteUrl: row.siteUrl ?? feed.siteUrl,
    unsubscribedAt: null,
    lastFetchedAt: null,
    etag: null,
    lastModified: null,
  };
}

function subscriptionFields(feed: OpmlFeed, folderId: string | null, position: number): Pick<FeedRecord, 'folderId' | 'position' | 'pollIntervalMinutes' | 'paused'> {
  return { folderId, position, pollIntervalMinutes: feed.settings.intervalMinutes, paused: feed.settings.paused ? 1 : 0 };
}

/**
 * Where imported feeds go among their folder's feeds: after those already there, in the file's order. The file's
 * order is the one its reader showed (Tidings exports write the shown order), so it is kept rather than re-sorted.
 */
class Placements {
  private readonly nextIn = new Map<string | null, number>();

  constructor(private readonly db: TidingsDb) {}

  /** Finds the first free place in each of these folders not met before. Call inside a transaction over `feeds`. */
  async prepare(folderIds: ReadonlyArray<string | null>): Promise<void> {
    for (const folderId of new Set(folderIds)) {
      if (!this.nextIn.has(folderId)) this.nextIn.set(folderId, await this.numberSiblings(folderId));
    }
  }

  /** The next place in a folder given to `prepare`. */
  next(folderId: string | null): number {
    const next = this.nextIn.get(folderId) ?? 0;
    this.nextIn.set(folderId, next + 1);
    return next;
  }

  /**
   * Feeds without a place are shown after the placed ones, so the feeds already in the folder are numbered in the
   * order shown, as moving a feed numbers them, for the imported ones to follow them all. Returns the first place free.
   */
  private async numberSiblings(folderId: string | null): Promise<number> {
    // IndexedDB does not index null: top-level feeds are found by filtering, once per import.
    const siblings = sortSiblings(
      folderId === null
        ? await this.db.feeds.filter((feed) => feed.folderId === null && feed.unsubscribedAt === null).toArray()
        : await this.db.feeds.where('folderId').equals(folderId).filter((feed) => feed.unsubscribedAt === null).toArray(),
    );
    const moved = siblings.flatMap((feed, position) => (feed.position === position ? [] : [{ ...feed, position }]));
    if (moved.length > 0) await this.db.feeds.bulkPut(moved);
    return siblings.length;
  }
}
