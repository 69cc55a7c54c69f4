import Dexie from 'dexie';
import { withIndexedFlags } from './articleFlags';
import { CountDeltas } from './countDeltas';
import type { TidingsDb } from './database';

/**
 * Sets (or, with null, removes) the language a feed's articles are shown in, for feeds that declare the wrong one.
 * Stored articles change at once, with their counts; removing the override gives each its detected language back.
 */
export async function setFeedLanguageOverride(db: TidingsDb, feedId: string, language: string | null): Promise<void> {
  await db.transaction('rw', db.feeds, db.articles, db.counts, async () => {
    await db.feeds.update(feedId, { languageOverride: language });
    const rows = await db.articles.where('[feedId+sortTime]').between([feedId, Dexie.minKey], [feedId, Dexie.maxKey]).toArray();
    const counts = new CountDeltas();
    const changed = rows.flatMap((row) => {
      const next = withIndexedFlags({ ...row, language: language ?? row.detectedLanguage });
      if (next.language === row.language) return [];
      counts.change(row, next);
      return [next];
    });
    await Promise.all([db.articles.bulkPut(changed), counts.applyTo(db.counts)]);
  });
}
