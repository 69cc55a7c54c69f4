import { articleDigest } from '../../../shared/util/articleDigest';
import { readFeedDocument } from '../parse/readFeedDocument';
import type { DocumentReading, FeedDocument } from '../parse/documentReading';
import { articlesToText } from './articlesText';

/**
 * readFeedDocument, with each article's digest, computed here (in the parse worker, in the app) rather than by the
 * window's store, which compares it with the stored one; and the articles as text when the document asks for it.
 */
export async function readWithDigests(document: FeedDocument): Promise<DocumentReading> {
  const reading = await readFeedDocument(document);
  if (reading.kind !== 'feed') return reading;
  for (const article of reading.feed.articles) article.digest = articleDigest(article);
  if (!document.articlesAsText) return reading;
  return { ...reading, feed: { ...reading.feed, articles: [] }, articlesText: articlesToText(reading.feed.articles) };
}
