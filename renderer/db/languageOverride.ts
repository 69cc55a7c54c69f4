import Dexie from 'dexie';
import type { TidingsDb } from './database';

/**
 * Sets (or, with null, removes) the language a feed's articles are shown in, for feeds that declare the wrong one.
 * Stored articles change at once; removing the override gives each its detected language back.
 */
export async function setFeedLanguageOverride(db: TidingsDb, feedId: string, language: string | null): Promise<void> {
  await db.transaction('rw', db.feeds, db.articles, async () => {
    await db.feeds.update(feedId, { languageOverride: language });
    await db.articles
      .where('[feedId+sortTime]')
      .between([feedId, Dexie.minKey], [feedId, Dexie.maxKey])
      .modify((row) => {
        row.language = language ?? row.detectedLanguage;
      });
  });
}
