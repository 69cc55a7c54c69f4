import { useEffect } from 'react';
import { db } from '../db/instance';
import { useUi } from '../state/store';

/**
 * The source and article restored from the last session may be gone since (unsubscribed, expired): then the window
 * opens on what is left of them, the feed without the article, or All articles without the feed.
 */
export function useRestoredSelection(): void {
  useEffect(() => {
    const { source, articleKey } = useUi.getState();
    void (async () => {
      const feedGone = source.kind === 'feed' && (await db.feeds.get(source.feedId)) === undefined;
      const articleGone = articleKey !== null && (await db.articles.get(articleKey)) === undefined;
      const now = useUi.getState();
      // Whatever the reader chose meanwhile wins over the check's answer.
      if (now.source !== source || now.articleKey !== articleKey) return;
      if (feedGone) now.selectSource({ kind: 'all' });
      else if (articleGone) now.selectArticle(null);
    })().catch((error: unknown) => console.error('Could not check the restored selection', error));
  }, []);
}
