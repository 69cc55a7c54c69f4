import type { ParsedArticle } from '../../../shared/model/article';
import { picturesToKeep } from '../../media/articleImages';

/**
 * A feed's articles as JSON text, made by the parse worker: how a refresh's articles cross the main process to the
 * window. Main holds each result until the window has stored it; as objects (thousands per feed, deserialised from the
 * worker's message) they were copied by young-generation collections while they waited, its heap peaked at 200–270 MB
 * in a refresh of 1,000 feeds, and it spent seconds turning them back into JSON for the web transport. As text, the
 * bytes are handed over without a copy, wait outside the heap, and are written out as they are.
 */
export interface ArticlesText {
  /** UTF-8 JSON: an array of ParsedArticle. */
  json: Uint8Array;
  count: number;
  /** The pictures of the articles whose pictures are kept (picturesToKeep), found here rather than in main. */
  pictures: string[][];
}

export function articlesToText(articles: readonly ParsedArticle[]): ArticlesText {
  return { json: new TextEncoder().encode(JSON.stringify(articles)), count: articles.length, pictures: picturesToKeep(articles) };
}

export function articlesFromText(text: ArticlesText): ParsedArticle[] {
  return JSON.parse(new TextDecoder().decode(text.json)) as ParsedArticle[];
}
