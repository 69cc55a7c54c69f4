import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { feedName } from '../../db/feeds';
import { db } from '../../db/instance';
import { listArticlesKeeping, markAllRead, setRead, type SourceId } from '../../db/queries';
import type { ArticleRecord } from '../../db/records';
import { useUi } from '../../state/store';
import { LanguageTag } from '../language/LanguageTag';
import { shortDate } from './formatDate';

/** Middle pane: the selected source's articles, newest first. */
export function ArticleList() {
  const source = useUi((state) => state.source);
  const articleKey = useUi((state) => state.articleKey);
  const selectArticle = useUi((state) => state.selectArticle);
  const openedHere = useUi((state) => state.openedHere);
  const articles = useLiveQuery(() => listArticlesKeeping(db, source, openedHere), [source, openedHere]);
  const feedTitles = useLiveQuery(async () => new Map((await db.feeds.toArray()).map((feed) => [feed.id, feedName(feed)])), [], new Map<string, string>());
  const list = useRef<HTMLUListElement>(null);
  const unreadKeys = (articles ?? []).filter((article) => article.read === 0).map((article) => article.key);

  const open = (article: ArticleRecord) => {
    selectArticle(article.key);
    if (article.read === 0) void setRead(db, article.key, true);
  };

  // j/k (and the arrow keys while the list has focus) move through the list as in most readers.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!articles || articles.length === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      const step = event.key === 'j' ? 1 : event.key === 'k' ? -1 : 0;
      if (step === 0) return;
      const index = articles.findIndex((article) => article.key === articleKey);
      const next = articles[Math.min(articles.length - 1, Math.max(0, index + step))];
      if (next) {
        open(next);
        list.current?.querySelector(`[data-key="${CSS.escape(next.key)}"]`)?.scrollIntoView({ block: 'nearest' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  return (
    <section className="pane articles" aria-label="Articles">
      <header className="pane-header">
        <span className="pane-title">
          <strong>{sourceTitle(source, feedTitles)}</strong>
          {articles ? ` · ${articles.length} article${articles.length === 1 ? '' : 's'}` : ''}
        </span>
        {unreadKeys.length > 0 && (
          <button type="button" className="quiet" onClick={() => void markAllRead(db, unreadKeys)}>
            Mark all as read
          </button>
        )}
      </header>
      {articles && articles.length === 0 && <p className="empty-hint">Nothing here yet.</p>}
      <ul className="article-list" ref={list} role="listbox" aria-label="Article list">
        {articles?.map((article) => (
          <li
            key={article.key}
            data-key={article.key}
            role="option"
            aria-selected={article.key === articleKey}
            className={`article-row${article.read ? '' : ' unread'}${article.key === articleKey ? ' selected' : ''}`}
            onClick={() => open(article)}
          >
            <div className="row-meta">
              {article.read === 0 && <span className="unread-dot" aria-label="Unread" />}
              <span className="row-feed">{feedTitles.get(article.feedId) ?? ''}</span>
              <LanguageTag language={article.language} from={article.translationFrom} />
              <time className="row-date" dateTime={new Date(article.sortTime).toISOString()}>
                {shortDate(article.sortTime)}
              </time>
            </div>
            <div className="row-title">{article.title}</div>
            {article.excerpt && <div className="row-excerpt">{article.excerpt}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function sourceTitle(source: SourceId, feedTitles: Map<string, string>): string {
  if (source.kind === 'all') return 'All articles';
  if (source.kind === 'unread') return 'Unread';
  return feedTitles.get(source.feedId) ?? '';
}
