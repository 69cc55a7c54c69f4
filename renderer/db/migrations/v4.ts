import type { SchemaVersion } from './schemaVersion';
import { countArticles } from '../countDeltas';
import { withIndexedFlags } from '../articleFlags';
import type { ArticleRecord } from '../records';

/**
 * The store at scale. Counts live in `counts`, kept by deltas in the same transaction as every article write, so no
 * write ever counts the store. Unread and starred are indexed sparsely (`unreadTime`, `starredTime` exist only on
 * unread or starred rows), so the indexes shrink as articles are read instead of holding every row; the three
 * `…+read` indexes, whose only use was counting, are gone.
 *
 * Building the new fields and the counts for a store of a million articles cannot be one transaction: the upgrade
 * only changes the indexes, and `backfill` walks the rows after opening, in bounded, resumable batches.
 */
export const v4: SchemaVersion = {
  version: 4,
  stores: {
    articles: 'key, sortTime, [feedId+sortTime], unreadTime, [feedId+unreadTime], starredTime, storyKey, [language+sortTime], [language+unreadTime]',
    counts: 'key, feedId',
    backfills: 'version',
  },
  backfill: {
    table: 'articles',
    writes: ['counts'],
    step: async (rows, table) => {
      const fresh = (rows as Array<Omit<ArticleRecord, 'digest'> & { digest?: string }>).map((row) =>
        withIndexedFlags({ ...row, digest: row.digest ?? '' }),
      );
      await table('articles').bulkPut(fresh);
      await countArticles(fresh, 1).applyTo(table('counts'));
    },
  },
};
