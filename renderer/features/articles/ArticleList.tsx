import { memo, useEffect, useRef, useState } from 'react';
import { useCounts } from '../../app/CountsContext';
import { useCoalescedLiveQuery } from '../../app/useCoalescedLiveQuery';
import type { CountSummary, Tally } from '../../db/counts';
import { sumFeeds } from '../../db/counts';
import { feedName } from '../../db/feeds';
import { db } from '../../db/instance';
import { markRead } from '../../db/marks';
import { pageSize, unreadKeysOf } from '../../db/paging';
import type { SourceId } from '../../db/queries';
import type { ArticleRecord, FeedRecord } from '../../db/records';
import { useUi } from '../../state/store';
import { ownLanguageName } from '../language/languageNames';
import type { Story } from '../stories/groupStories';
import { openArticle } from '../stories/openArticle';
import { listStories } from '../stories/storyQueries';
import { StoryLanguageTags } from '../stories/StoryLanguageTags';
import { shortDate } from './formatDate';

/**
 * Middle pane: the selected source's stories, newest first, each once whatever the languages it is listed in. The list
 * reads a page at a time through the store's indexes and reads the next page as the reader scrolls near its end.
 */
export function ArticleList() {
  const source = useUi((state) => state.source);
  const articleKey = useUi((state) => state.articleKey);
  const openedHere = useUi((state) => state.openedHere);
  const [pages, setPages] = useState({ source, count: 1 });
  const pageCount = pages.source === source ? pages.count : 1;
  const limit = pageCount * pageSize;
  const stories = useCoalescedLiveQuery(
    async () => ({ source, limit, stories: await listStories(db, source, openedHere, limit) }),
    [source, openedHere, limit],
    null as { source: SourceId; limit: number; stories: Story[] } | null,
  );
  const shown = stories?.source === source ? stories.stories : undefined;
  const feeds = useCoalescedLiveQuery(async () => new Map((await db.feeds.toArray()).map((feed) => [feed.id, feed])), [], new Map<string, FeedRecord>());
  const counts = useCounts();
  const tally = tallyOf(source, counts, feeds);
  const list = useRef<HTMLUListElement>(null);
  const end = useRef<HTMLLIElement>(null);
  const holdsSelection = (story: Story) => story.versions.some((version) => version.key === articleKey);
  const mayHaveMore = (shown?.length ?? 0) > 0 && stories?.limit === limit && countRows(shown ?? []) >= limit;

  // The next page is read when the end of the list comes within a screen of view.
  useEffect(() => {
    const target = end.current;
    if (!target || !mayHaveMore) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setPages({ source, count: pageCount + 1 });
      },
      { root: list.current, rootMargin: '100% 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [mayHaveMore, pageCount, source]);

  // j/k move through the list as in most readers, one story at a time.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!shown || shown.length === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement) return;
      const step = event.key === 'j' ? 1 : event.key === 'k' ? -1 : 0;
      if (step === 0) return;
      const index = shown.findIndex(holdsSelection);
      const next = shown[Math.min(shown.length - 1, Math.max(0, index + step))];
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
          <strong>{sourceTitle(source, feeds)}</strong>
          {tally ? ` · ${source.kind === 'unread' ? `${tally.unread} unread` : `${tally.total} article${tally.total === 1 ? '' : 's'}`}` : ''}
        </span>
        {(tally ? tally.unread > 0 : true) && (
          <button type="button" className="quiet" onClick={() => void unreadKeysOf(db, source).then((keys) => markRead(db, keys))}>
            Mark all as read
          </button>
        )}
      </header>
      {shown && shown.length === 0 && <p className="empty-hint">Nothing here yet.</p>}
      <ul className="article-list" ref={list} role="listbox" aria-label="Article list">
        {shown?.map((story) => (
          <StoryRow
            key={story.shown.key}
            story={story}
            selected={holdsSelection(story)}
            // Only the selected row needs the key, so opening an article re-draws two rows, not the list.
            selectedKey={holdsSelection(story) ? articleKey : null}
            feedTitle={feedTitle(feeds, story.shown.feedId)}
          />
        ))}
        {mayHaveMore && <li ref={end} className="list-end" aria-hidden="true" />}
      </ul>
    </section>
  );
}

/** Every re-read of the list builds new story objects: a row is re-drawn only when what it shows changed. */
const StoryRow = memo(
  StoryRowOf,
  (before, after) =>
    before.selected === after.selected &&
    before.selectedKey === after.selectedKey &&
    before.feedTitle === after.feedTitle &&
    sameVersions(before.story.versions, after.story.versions) &&
    before.story.shown.key === after.story.shown.key,
);

function sameVersions(a: readonly ArticleRecord[], b: readonly ArticleRecord[]): boolean {
  return (
    a.length === b.length &&
    a.every((version, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        version.key === other.key &&
        version.read === other.read &&
        version.starred === other.starred &&
        version.language === other.language &&
        version.title === other.title &&
        version.excerpt === other.excerpt &&
        version.sortTime === other.sortTime
      );
    })
  );
}

function StoryRowOf({ story, selected, selectedKey, feedTitle: title }: { story: Story; selected: boolean; selectedKey: string | null; feedTitle: string }) {
  const { shown } = story;
  return (
    <li
      data-key={shown.key}
      data-story-versions={story.versions.length}
      role="option"
      aria-selected={selected}
      className={`article-row${shown.read ? '' : ' unread'}${selected ? ' selected' : ''}`}
      onClick={() => openArticle(shown)}
    >
      <div className="row-meta">
        {shown.read === 0 && <span className="unread-dot" aria-label="Unread" />}
        <span className="row-feed">{title}</span>
        <StoryLanguageTags story={story} selectedKey={selectedKey} />
        <time className="row-date" dateTime={new Date(shown.sortTime).toISOString()}>
          {shortDate(shown.sortTime)}
        </time>
      </div>
      <div className="row-title">{shown.title}</div>
      {shown.excerpt && <div className="row-excerpt">{shown.excerpt}</div>}
    </li>
  );
}

/** Rows the stories were grouped from: a page is full when it holds as many rows as were asked for. */
function countRows(stories: readonly Story[]): number {
  return stories.reduce((sum, story) => sum + story.versions.length, 0);
}

function feedTitle(feeds: Map<string, FeedRecord>, feedId: string): string {
  const feed = feeds.get(feedId);
  return feed ? feedName(feed) : '';
}

/** How many articles the source holds and how many are unread, from the stored counts; null where none is kept. */
function tallyOf(source: SourceId, counts: CountSummary, feeds: Map<string, FeedRecord>): Tally | null {
  switch (source.kind) {
    case 'all':
    case 'unread':
    case 'starred':
      return counts;
    case 'feed':
      return counts.byFeed.get(source.feedId) ?? { total: 0, unread: 0, starred: 0 };
    case 'folder':
      return sumFeeds(counts, [...feeds.values()].filter((feed) => feed.folderId === source.folderId).map((feed) => feed.id));
    case 'language':
      return counts.byLanguage.get(source.language) ?? { total: 0, unread: 0, starred: 0 };
    case 'today':
    case 'search':
      return null;
  }
}

function sourceTitle(source: SourceId, feeds: Map<string, FeedRecord>): string {
  switch (source.kind) {
    case 'all':
      return 'All articles';
    case 'unread':
      return 'Unread';
    case 'starred':
      return 'Starred';
    case 'today':
      return 'Today';
    case 'feed':
      return feedTitle(feeds, source.feedId);
    case 'folder':
      return 'Folder';
    case 'language':
      return ownLanguageName(source.language);
    case 'search':
      return `“${source.query}”`;
  }
}
