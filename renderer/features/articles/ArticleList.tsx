import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { feedName } from '../../db/feeds';
import { db } from '../../db/instance';
import { markAllRead, type SourceId } from '../../db/queries';
import { useUi } from '../../state/store';
import { ownLanguageName } from '../language/languageNames';
import type { Story } from '../stories/groupStories';
import { openArticle } from '../stories/openArticle';
import { listStories } from '../stories/storyQueries';
import { StoryLanguageTags } from '../stories/StoryLanguageTags';
import { shortDate } from './formatDate';

/** Middle pane: the selected source's stories, newest first, each once whatever the languages it is listed in. */
export function ArticleList() {
  const source = useUi((state) => state.source);
  const articleKey = useUi((state) => state.articleKey);
  const openedHere = useUi((state) => state.openedHere);
  const stories = useLiveQuery(() => listStories(db, source, openedHere), [source, openedHere]);
  const feedTitles = useLiveQuery(async () => new Map((await db.feeds.toArray()).map((feed) => [feed.id, feedName(feed)])), [], new Map<string, string>());
  const list = useRef<HTMLUListElement>(null);
  const unreadKeys = (stories ?? []).flatMap((story) => story.versions.filter((version) => version.read === 0).map((version) => version.key));
  const holdsSelection = (story: Story) => story.versions.some((version) => version.key === articleKey);

  // j/k move through the list as in most readers, one story at a time.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!stories || stories.length === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement) return;
      const step = event.key === 'j' ? 1 : event.key === 'k' ? -1 : 0;
      if (step === 0) return;
      const index = stories.findIndex(holdsSelection);
      const next = stories[Math.min(stories.length - 1, Math.max(0, index + step))];
      if (next) {
        openArticle(next.shown);
        list.current?.querySelector(`[data-key="${CSS.escape(next.shown.key)}"]`)?.scrollIntoView({ block: 'nearest' });
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
          {stories ? ` · ${stories.length} article${stories.length === 1 ? '' : 's'}` : ''}
        </span>
        {unreadKeys.length > 0 && (
          <button type="button" className="quiet" onClick={() => void markAllRead(db, unreadKeys)}>
            Mark all as read
          </button>
        )}
      </header>
      {stories && stories.length === 0 && <p className="empty-hint">Nothing here yet.</p>}
      <ul className="article-list" ref={list} role="listbox" aria-label="Article list">
        {stories?.map((story) => {
          const { shown } = story;
          const selected = holdsSelection(story);
          return (
            <li
              key={shown.key}
              data-key={shown.key}
              data-story-versions={story.versions.length}
              role="option"
              aria-selected={selected}
              className={`article-row${shown.read ? '' : ' unread'}${selected ? ' selected' : ''}`}
              onClick={() => openArticle(shown)}
            >
              <div className="row-meta">
                {shown.read === 0 && <span className="unread-dot" aria-label="Unread" />}
                <span className="row-feed">{feedTitles.get(shown.feedId) ?? ''}</span>
                <StoryLanguageTags story={story} selectedKey={articleKey} />
                <time className="row-date" dateTime={new Date(shown.sortTime).toISOString()}>
                  {shortDate(shown.sortTime)}
                </time>
              </div>
              <div className="row-title">{shown.title}</div>
              {shown.excerpt && <div className="row-excerpt">{shown.excerpt}</div>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function sourceTitle(source: SourceId, feedTitles: Map<string, string>): string {
  switch (source.kind) {
    case 'all':
      return 'All articles';
    case 'unread':
      return 'Unread';
    case 'feed':
      return feedTitles.get(source.feedId) ?? '';
    case 'language':
      return ownLanguageName(source.language);
  }
}
