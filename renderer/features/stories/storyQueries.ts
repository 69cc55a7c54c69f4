import type { TidingsDb } from '../../db/database';
import { isHiddenLanguage, readPreferences } from '../../db/preferences';
import { listArticlesKeeping, type SourceId } from '../../db/queries';
import type { ArticleRecord } from '../../db/records';
import { groupStories, otherLanguages, type Story } from './groupStories';

/**
 * A source's list as stories. Grouping happens after the indexed, capped list query, so a story is only grouped
 * with the versions listed beside it.
 */
export async function listStories(db: TidingsDb, source: SourceId, keep: readonly string[], limit?: number): Promise<Story[]> {
  const [articles, { preferredLanguages }] = await Promise.all([listArticlesKeeping(db, source, keep, limit), readPreferences(db)]);
  return groupStories(articles, preferredLanguages);
}

/** The other languages an article's story exists in, across every feed, one version each; hidden languages left out. */
export async function versionsInOtherLanguages(db: TidingsDb, article: ArticleRecord): Promise<ArticleRecord[]> {
  if (article.storyKey === null) return [];
  const [versions, { hiddenLanguages }] = await Promise.all([db.articles.where('storyKey').equals(article.storyKey).toArray(), readPreferences(db)]);
  const hidden = new Set(hiddenLanguages);
  const visible = versions.filter((version) => !isHiddenLanguage(version.language, hidden)).sort((a, b) => b.sortTime - a.sortTime);
  return otherLanguages(article, visible);
}
