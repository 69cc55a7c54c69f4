import type { ParsedArticle } from '../model/article';

/**
 * A digest of everything the feed said of an article that Tidings stores. Two fetches that say the same give the same
 * digest, so storing the second writes nothing. Not cryptographic: a collision only delays an edit until the next one.
 */
export function articleDigest(article: ParsedArticle): string {
  const text = [
    article.title,
    article.url ?? '',
    article.published ?? '',
    article.updated ?? '',
    article.author ?? '',
    article.language ?? '',
    article.baseUrl ?? '',
    article.excerpt,
    article.contentHtml,
    article.summaryHtml ?? '',
    article.imageUrl ?? '',
    JSON.stringify([
      article.enclosures,
      article.categories,
      article.alternates,
      article.translation,
      article.sourceLinks,
      article.credits,
      article.authors,
      article.contributors,
      article.comments,
      article.geo,
    ]),
  ].join('\u0000');
  return digestText(text);
}

/** Two 32-bit FNV-1a lanes with different offsets, over UTF-16 code units: 16 hex digits. */
export function digestText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
