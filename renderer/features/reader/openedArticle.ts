import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { bodyOf } from '../../db/bodies';
import { db } from '../../db/instance';
import type { ArticleRecord, BodyRecord } from '../../db/records';

/** The article the reading pane shows: its list row, its body, and whether its feed keeps its pictures. */
export interface OpenedArticle {
  key: string;
  row: ArticleRecord | undefined;
  body: BodyRecord | undefined;
  keepImages: boolean;
}

/**
 * The article `key`, read live. The row and the body are read by two queries: marking the article read, starring it
 * or a new count changes its row, and must not read and copy its body again (a body may weigh 16 MB). The two are
 * shown together only once both belong to `key`, so that the header and the text never belong to different
 * articles; the article being left stays until then (a few milliseconds), rather than blinking out between them.
 */
export function useOpenedArticle(key: string | null): OpenedArticle | undefined {
  const head = useLiveQuery(async () => {
    if (!key) return undefined;
    const row = await db.articles.get(key);
    // Read with the article, not after it: the text's picture addresses say whether its feed keeps them.
    const keepImages = row ? (await db.feeds.get(row.feedId))?.cacheImages !== 0 : true;
    return { key, row, keepImages };
  }, [key]);
  const text = useLiveQuery(async () => {
    if (!key) return undefined;
    const stored = await db.bodies.get(key);
    return { key, body: stored && bodyOf(stored) };
  }, [key]);
  const paired = useMemo(() => (head && text && head.key === text.key ? { ...head, body: text.body } : undefined), [head, text]);
  const [last, setLast] = useState<OpenedArticle | undefined>(undefined);
  // Kept from render to render (React's pattern for state derived from earlier renders), for the moments between two articles.
  if (paired && paired !== last) setLast(paired);
  return key ? (paired ?? last) : undefined;
}
