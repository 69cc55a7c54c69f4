import { Plus, RefreshCw, Settings } from 'lucide-react';
import { withShortcut } from '../../commands/shortcutHint';
import { CalendarDays, CircleDot, Newspaper, Star } from 'lucide-react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useCounts, useToday } from '../../app/CountsContext';
import { useCoalescedLiveQuery } from '../../app/useCoalescedLiveQuery';
import { db } from '../../db/instance';
import { feedName, removeFeed } from '../../db/feeds';
import type { SourceId } from '../../db/queries';
import type { FeedRecord } from '../../db/records';
import { sameSource, useUi } from '../../state/store';
import { FeedLanguageSelect } from '../language/FeedLanguageSelect';
import { LanguageViews } from '../language/LanguageViews';
import { AddFeedForm } from './AddFeedForm';
import { FeedIntervalSelect } from './FeedIntervalSelect';
import { FeedWarnings } from './FeedWarnings';
import { refreshAll } from './refresh';
import { SourceRow } from './SourceRow';

/** Left pane: smart views, language views, then every feed with its unread count and, when its last fetch failed, the error. */
export function SourcesPane() {
  const feeds = useCoalescedLiveQuery(() => db.feeds.toArray(), [], [] as FeedRecord[]);
  const counts = useCounts();
  const addFeedOpen = useUi((state) => state.addFeedOpen);
  const setAddFeedOpen = useUi((state) => state.setAddFeedOpen);
  const settingsOpen = useUi((state) => state.settingsOpen);
  const setSettingsOpen = useUi((state) => state.setSettingsOpen);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const wasSettingsOpen = useRef(settingsOpen);
  // Closing the preferences hands the keyboard back to the button that opened them, not to the top of the page.
  useEffect(() => {
    if (wasSettingsOpen.current && !settingsOpen && document.activeElement === document.body) settingsButton.current?.focus();
    wasSettingsOpen.current = settingsOpen;
  }, [settingsOpen]);
  const refreshing = useUi((state) => state.progress.running);
  const sorted = useMemo(() => [...feeds].sort((a, b) => feedName(a).localeCompare(feedName(b))), [feeds]);

  return (
    <nav className="pane sources" aria-label="Sources">
      <header className="pane-header">
        <span className="brand">Tidings</span>
        <button type="button" className="icon" title={withShortcut('Add feed', 'add-feed')} aria-label="Add feed" onClick={() => setAddFeedOpen(!addFeedOpen)}>
          <Plus size={17} aria-hidden="true" />
        </button>
        <button
          type="button"
          className={`icon${refreshing ? ' spinning' : ''}`}
          title={withShortcut('Refresh all', 'refresh')}
          aria-label="Refresh"
          onClick={() => void refreshAll()}
        >
          <RefreshCw size={16} aria-hidden="true" />
        </button>
        <button
          ref={settingsButton}
          type="button"
          className="icon"
          title="Reading preferences"
          aria-label="Preferences"
          aria-expanded={settingsOpen}
          onClick={() => setSettingsOpen(!settingsOpen)}
        >
          <Settings size={16} aria-hidden="true" />
        </button>
      </header>
      {addFeedOpen && <AddFeedForm />}
      <RefreshProgress />
      <SmartViews />
      <LanguageViews counts={counts} />
      <h2 className="section-title">Feeds</h2>
      {sorted.length === 0 && !addFeedOpen && (
        <p className="empty-hint">
          No feeds yet. <button type="button" className="link" onClick={() => setAddFeedOpen(true)}>Add a feed</button> to start reading.
        </p>
      )}
      <ul className="source-list" role="list" aria-label="Feeds">
        {sorted.map((feed) => (
          <FeedRow key={feed.id} feed={feed} count={counts.byFeed.get(feed.id)?.unread ?? 0} />
        ))}
      </ul>
    </nav>
  );
}

/**
 * All articles (how many are kept), Unread, Today (today's unread) and Starred, counted from the stored counts and,
 * for Today, today's part of the time index: never by reading the articles.
 */
function SmartViews() {
  const counts = useCounts();
  const today = useToday();
  return (
    <ul className="source-list smart-views" role="list" aria-label="Smart views">
      <SourceRow source={{ kind: 'all' }} label="All articles" count={counts.total} countNoun={counts.total === 1 ? 'article' : 'articles'} icon={<Newspaper size={15} />} />
      <SourceRow source={{ kind: 'unread' }} label="Unread" count={counts.unread} countNoun="unread" icon={<CircleDot size={15} />} />
      <SourceRow source={{ kind: 'today' }} label="Today" count={today.unread} countNoun="unread today" icon={<CalendarDays size={15} />} />
      <SourceRow source={{ kind: 'starred' }} label="Starred" count={counts.starred} countNoun="starred" icon={<Star size={15} />} />
    </ul>
  );
}

/** Only this line follows the poller's progress, so a progress event re-draws it alone. */
function RefreshProgress() {
  const progress = useUi((state) => state.progress);
  if (!progress.running) return null;
  return (
    <div className="progress" role="status">
      Refreshing {progress.done} of {progress.total}…
    </div>
  );
}

/** A row is drawn again only when its own feed record or count changed, not when another feed's did. */
const FeedRow = memo(FeedRowOf, (before, after) => before.count === after.count && (before.feed === after.feed || sameFields(before.feed, after.feed)));

function sameFields(a: FeedRecord, b: FeedRecord): boolean {
  return (Object.keys(a) as Array<keyof FeedRecord>).every((field) => Object.is(a[field], b[field]) || JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

function FeedRowOf({ feed, count }: { feed: FeedRecord; count: number }) {
  const source: SourceId = { kind: 'feed', feedId: feed.id };
  const name = feedName(feed);
  const selected = useUi((state) => sameSource(state.source, source));
  const selectSource = useUi((state) => state.selectSource);
  const unsubscribe = async () => {
    if (!window.confirm(`Unsubscribe from “${name}”? Its articles are removed too.`)) return;
    await removeFeed(db, feed.id);
    selectSource({ kind: 'all' });
  };
  return (
    <li className="feed-row" data-feed-url={feed.url}>
      <button
        type="button"
        className={`source${selected ? ' selected' : ''}${feed.error ? ' failing' : ''}`}
        aria-current={selected}
        title={[feed.details.description, feed.url, feed.error].filter(Boolean).join('\n')}
        onClick={() => selectSource(source)}
      >
        <span className="feed-badge" aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="source-title">{name}</span>
        {feed.error && (
          <span className="error-mark" aria-label="This feed failed to load">
            !
          </span>
        )}
        {count > 0 && <span className="count">{count}</span>}
      </button>
      {feed.error && <p className="feed-error">{feed.error}</p>}
      {selected && (
        <div className="feed-actions">
          <FeedLanguageSelect feed={feed} name={name} />
          <FeedIntervalSelect feed={feed} name={name} />
          <FeedWarnings feed={feed} />
          <button type="button" className="quiet unsubscribe" onClick={() => void unsubscribe()}>
            Unsubscribe
          </button>
        </div>
      )}
    </li>
  );
}
