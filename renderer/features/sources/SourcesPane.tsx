import { CalendarDays, CircleDot, Newspaper, PanelLeftClose, PanelLeftOpen, Plus, RefreshCw, Settings, Star, TriangleAlert } from 'lucide-react';
import { memo, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { withShortcut } from '../../commands/shortcutHint';
import { useCounts, useToday } from '../../app/CountsContext';
import { PaneSplitter } from '../../app/Splitter';
import { useCoalescedLiveQuery } from '../../app/useCoalescedLiveQuery';
import type { WindowLayout } from '../../app/windowLayout';
import { db } from '../../db/instance';
import { feedName, removeFeed } from '../../db/feeds';
import type { SourceId } from '../../db/queries';
import type { FeedRecord } from '../../db/records';
import { i18n, useTranslation } from '../../i18n';
import { sameSource, useUi } from '../../state/store';
import { FeedLanguageSelect } from '../language/FeedLanguageSelect';
import { LanguageViews } from '../language/LanguageViews';
import { AddFeedForm } from './AddFeedForm';
import { FeedIntervalSelect } from './FeedIntervalSelect';
import { FeedWarnings } from './FeedWarnings';
import { refreshAll } from './refresh';
import { SourceRow } from './SourceRow';

const sourcesPaneId = 'sources-pane';

/**
 * Left pane: smart views, language views, then every feed with its unread count and, when its last fetch failed, a
 * badge saying why. On a window too narrow for it, a slim rail with a button that opens it as a drawer over the list.
 */
export function SourcesPane({ layout }: { layout: WindowLayout }) {
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
  const failing = useMemo(() => feeds.filter((feed) => feed.error).length, [feeds]);
  const drawer = useDrawer(layout !== 'wide');
  const { t } = useTranslation();

  return (
    <nav
      className="pane sources"
      id={sourcesPaneId}
      aria-label={t('sources.pane')}
      data-drawer={drawer.open ? 'open' : 'closed'}
      onKeyDown={drawer.onKeyDown}
      onBlur={drawer.onBlur}
    >
      <div className="sources-rail">
        <button
          ref={drawer.toggleRef}
          type="button"
          className={`icon${refreshing ? ' busy' : ''}`}
          title={t('sources.showSources')}
          aria-label={t('sources.showSources')}
          aria-expanded={drawer.open}
          aria-controls={drawer.panelId}
          onClick={() => drawer.setOpen(!drawer.open)}
        >
          <PanelLeftOpen size={18} aria-hidden="true" />
        </button>
      </div>
      {drawer.open && <div className="drawer-backdrop" aria-hidden="true" onClick={() => drawer.setOpen(false)} />}
      <div className="sources-panel" id={drawer.panelId} ref={drawer.panelRef}>
        <header className="pane-header">
          <span className="brand">Tidings</span>
          <button type="button" className="icon" title={withShortcut(t('sources.addFeed'), 'add-feed')} aria-label={t('sources.addFeed')} onClick={() => setAddFeedOpen(!addFeedOpen)}>
            <Plus size={17} aria-hidden="true" />
          </button>
          <button
            type="button"
            className={`icon${refreshing ? ' spinning' : ''}`}
            title={withShortcut(t('sources.refreshAll'), 'refresh')}
            aria-label={t('sources.refresh')}
            onClick={() => void refreshAll()}
          >
            <RefreshCw size={16} aria-hidden="true" />
          </button>
          <button
            ref={settingsButton}
            type="button"
            className="icon"
            title={t('sources.preferences')}
            aria-label={t('sources.preferences')}
            aria-expanded={settingsOpen}
            onClick={() => setSettingsOpen(!settingsOpen)}
          >
            <Settings size={16} aria-hidden="true" />
          </button>
          <button type="button" className="icon close-drawer" title={t('sources.hideSources')} aria-label={t('sources.hideSources')} onClick={() => drawer.setOpen(false)}>
            <PanelLeftClose size={17} aria-hidden="true" />
          </button>
        </header>
        {addFeedOpen && <AddFeedForm />}
        <SmartViews />
        <LanguageViews counts={counts} />
        <h2 className="section-title">{t('sources.feeds')}</h2>
        {sorted.length === 0 && !addFeedOpen && (
          <p className="empty-hint">
            {t('sources.noFeedsBefore')}{' '}
            <button type="button" className="link" onClick={() => setAddFeedOpen(true)}>
              {t('sources.addAFeed')}
            </button>{' '}
            {t('sources.noFeedsAfter')}
          </p>
        )}
        <ul className="source-list" role="list" aria-label={t('sources.feeds')}>
          {sorted.map((feed) => (
            <FeedRow key={feed.id} feed={feed} count={counts.byFeed.get(feed.id)?.unread ?? 0} />
          ))}
        </ul>
      </div>
      {/* Outside the drawer, so that a refresh is announced while the drawer is shut. */}
      <RefreshStatus failing={failing} total={feeds.length} />
      <PaneSplitter pane="sourcesWidth" className="sources-splitter" label={t('sources.resize')} controls={sourcesPaneId} />
    </nav>
  );
}

/**
 * The drawer the sources become on a narrow window: opening it puts the keyboard on the selected source, Escape or
 * leaving it (by Tab, F6 or a click beside it) closes it, and closing it from inside hands the keyboard back to the
 * rail's button. It is not modal, so the app's shortcuts keep working while it is open.
 */
function useDrawer(collapsed: boolean) {
  const open = useUi((state) => state.sourcesDrawerOpen) && collapsed;
  const setOpen = useUi((state) => state.setSourcesDrawerOpen);
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current === open) return;
    wasOpen.current = open;
    if (open) {
      const panel = panelRef.current;
      const target = panel?.querySelector<HTMLElement>('.source[aria-current="true"]') ?? panel?.querySelector<HTMLElement>('button');
      target?.focus();
      return;
    }
    const active = document.activeElement;
    if (active === document.body || (active !== null && panelRef.current?.contains(active))) toggleRef.current?.focus();
  }, [open]);
  // Opened on a wide window (the add box asked for), the drawer would be found open on narrowing it: it closes instead.
  useEffect(() => {
    if (!collapsed) setOpen(false);
  }, [collapsed, setOpen]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!open || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    setOpen(false);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    // Focus going nowhere (a confirm box, the window losing focus) is not the reader leaving the drawer.
    if (open && next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
  };
  return { open, setOpen, panelId, toggleRef, panelRef, onKeyDown, onBlur };
}

/**
 * All articles (how many are kept), Unread, Today (today's unread) and Starred, counted from the stored counts and,
 * for Today, today's part of the time index: never by reading the articles.
 */
function SmartViews() {
  const counts = useCounts();
  const today = useToday();
  const { t } = useTranslation();
  return (
    <ul className="source-list smart-views" role="list" aria-label={t('sources.smartViews')}>
      <SourceRow
        source={{ kind: 'all' }}
        label={t('views.all')}
        count={counts.total}
        countNoun={t('sources.countArticles', { count: counts.total })}
        icon={<Newspaper size={15} />}
      />
      <SourceRow source={{ kind: 'unread' }} label={t('views.unread')} count={counts.unread} countNoun={t('sources.countUnread', { count: counts.unread })} icon={<CircleDot size={15} />} />
      <SourceRow
        source={{ kind: 'today' }}
        label={t('views.today')}
        count={today.unread}
        countNoun={t('sources.countUnreadToday', { count: today.unread })}
        icon={<CalendarDays size={15} />}
      />
      <SourceRow source={{ kind: 'starred' }} label={t('views.starred')} count={counts.starred} countNoun={t('sources.countStarred', { count: counts.starred })} icon={<Star size={15} />} />
    </ul>
  );
}

/** How long "Up to date" stays after a refresh: long enough to be read, then the line gives its room back. */
const doneShownMs = 3_000;

/**
 * Only this line follows the poller's progress, so a progress event re-draws it alone. A polite live region: screen
 * readers hear "Refreshing 3 of 12…" as it moves and "Up to date" at the end, without losing their place.
 */
function RefreshStatus({ failing, total }: { failing: number; total: number }) {
  const progress = useUi((state) => state.progress);
  const [finishedAt, setFinishedAt] = useState<number | null>(null);
  const [wasRunning, setWasRunning] = useState(progress.running);
  const { t } = useTranslation();
  if (wasRunning !== progress.running) {
    setWasRunning(progress.running);
    setFinishedAt(progress.running ? null : Date.now());
  }
  useEffect(() => {
    if (finishedAt === null) return;
    const timer = setTimeout(() => setFinishedAt(null), doneShownMs);
    return () => clearTimeout(timer);
  }, [finishedAt]);
  if (!progress.running && finishedAt === null) return null;
  return (
    <div className="progress" role="status" aria-live="polite">
      {progress.running ? t('sources.refreshing', { done: progress.done, total: progress.total }) : upToDate(failing, total)}
    </div>
  );
}

function upToDate(failing: number, total: number): string {
  if (failing === 0) return i18n.t('sources.upToDate');
  if (failing === total) return failing === 1 ? i18n.t('sources.feedFailed') : i18n.t('sources.allFailed');
  return i18n.t('sources.someFailed', { count: failing, total });
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
  // A hook, so that the memoised row is drawn again when the interface language changes.
  const { t } = useTranslation();
  const unsubscribe = async () => {
    if (!window.confirm(t('sources.unsubscribeConfirm', { name }))) return;
    await removeFeed(db, feed.id);
    selectSource({ kind: 'all' });
  };
  const errorId = useId();
  const title = feed.error ? undefined : [feed.details.description, feed.url].filter(Boolean).join('\n');
  return (
    <li className="feed-row" data-feed-url={feed.url}>
      <button
        type="button"
        className={`source${selected ? ' selected' : ''}${feed.error ? ' failing' : ''}`}
        aria-current={selected}
        aria-describedby={feed.error ? errorId : undefined}
        title={title}
        onClick={() => selectSource(source)}
      >
        <span className="feed-badge" aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="source-title">{name}</span>
        {feed.error && (
          <span className="error-badge">
            <TriangleAlert size={14} aria-hidden="true" />
            <span className="visually-hidden">{t('sources.couldNotBeRead')}</span>
          </span>
        )}
        {count > 0 && <span className="count">{count}</span>}
      </button>
      {/* The reason: a tooltip on hover and focus, a line under the feed while it is selected, the button's description always. */}
      {feed.error && (
        <p id={errorId} className="feed-error">
          {feed.error}
        </p>
      )}
      {selected && (
        <div className="feed-actions">
          <FeedLanguageSelect feed={feed} name={name} />
          <FeedIntervalSelect feed={feed} name={name} />
          <FeedWarnings feed={feed} />
          <button type="button" className="quiet unsubscribe" onClick={() => void unsubscribe()}>
            {t('sources.unsubscribe')}
          </button>
        </div>
      )}
    </li>
  );
}
