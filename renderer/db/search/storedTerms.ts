import { articleSearchTerms } from '../../../shared/search/articleTerms';
import type { ArticleRecord, BodyRecord } from '../records';

/**
 * The terms an article is found by, as stored: its title and the feed's text (or the terms the feed worker read of
 * them, `workerTerms`), and the text of its page when that was fetched, so that a word only the whole article has
 * finds it too.
 */
export function storedArticleTerms(row: Pick<ArticleRecord, 'title' | 'language'>, body: Pick<BodyRecord, 'contentHtml' | 'fullText'> | undefined, workerTerms?: string): string[] {
  const terms = (workerTerms ?? articleSearchTerms({ title: row.title, contentHtml: body?.contentHtml ?? '', language: row.language })).split(' ');
  if (!body?.fullText) return terms;
  const all = new Set(terms);
  for (const term of articleSearchTerms({ title: '', contentHtml: body.fullText.html, language: row.language }).split(' ')) all.add(term);
  return [...all];
}
