import { articleDigest } from '../../../shared/util/articleDigest';
import { readFeedDocument, type DocumentReading, type FeedDocument } from '../parse/readFeedDocument';

/**
 * readFeedDocument, with each article's digest, computed here (in the parse worker, in the app) rather than by the
 * window's store, which compares it with the stored one.
 */
export async function readWithDigests(document: FeedDocument): Promise<DocumentReading> {
  const reading = await readFeedDocument(document);
  if (reading.kind === 'feed') for (const article of reading.feed.articles) article.digest = articleDigest(article);
  return reading;
}
