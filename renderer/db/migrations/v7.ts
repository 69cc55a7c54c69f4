import type { SchemaVersion } from './schemaVersion';

/**
 * Sources the reader organises: folders nest (a parent per folder) and fold shut; feeds keep a place among their
 * folder's feeds, can be paused, and stay a while after unsubscribing (for undo, and for their starred articles).
 * Feeds remember their health (the last fetch that worked, failures in a row and of what kind) and their icon, and
 * take the reader's choices for reading offline: whole articles from their pages, images kept, how many to keep. Both
 * tables are small (thousands of rows), so the upgrade is one transaction; articles are not touched.
 */
export const v7: SchemaVersion = {
  version: 7,
  stores: { folders: 'id, position, parentId' },
  upgrade: async (transaction) => {
    await transaction
      .table('folders')
      .toCollection()
      .modify((folder: { parentId?: unknown; collapsed?: unknown }) => {
        folder.parentId ??= null;
        folder.collapsed ??= 0;
      });
    await transaction
      .table('feeds')
      .toCollection()
      .modify((feed: Record<string, unknown>) => {
        feed.position ??= null;
        feed.paused ??= 0;
        feed.unsubscribedAt ??= null;
        // A feed whose last fetch worked last succeeded then; one that failed did so at least once.
        feed.lastSucceededAt ??= feed.error === null || feed.error === undefined ? (feed.lastFetchedAt ?? null) : null;
        feed.failures ??= feed.error === null || feed.error === undefined ? 0 : 1;
        feed.errorKind ??= feed.error === null || feed.error === undefined ? null : feed.gone === 1 ? 'gone' : 'network';
        feed.icon ??= null;
        feed.iconCheckedAt ??= null;
        feed.fullText ??= 'auto';
        feed.cacheImages ??= 1;
        feed.keepLast ??= null;
      });
  },
};
