import { CalendarDays, CircleDot, FolderPlus, Newspaper, PanelLeftClose, PanelLeftOpen, Plus, RefreshCw, Settings, Star } from 'lucide-react';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { withShortcut } from '../../commands/shortcutHint';
import { useCounts, useToday } from '../../app/CountsContext';
import { PaneSplitter } from '../../app/Splitter';
import { useCoalescedLiveQuery } from '../../app/useCoalescedLiveQuery';
import { useFeedRows } from '../../app/useFeedRows';
import type { WindowLayout } from '../../app/windowLayout';
import { db } from '../../db/instance';
import type { FeedRecord, FolderRecord } from '../../db/records';
import { i18n, useTranslation } from '../../i18n';
import { useUi } from '../../state/store';
import { LanguageViews } from '../language/LanguageViews';
import { useConnectivity } from '../connectivity/connectivityState';
import { OfflineIndicator } from '../connectivity/OfflineIndicator';
import { ImportSubscriptionsButton } from '../opml/ImportSubscriptionsButton';
import { AddFeedForm } from './AddFeedForm';
import { refreshAll } from './refresh';
import { SourceRow } from './SourceRow';
import { SourceMenu } from './SourceMenu';
import { SourcesDialogs } from './SourcesDialogs';
import { SourceTree } from './SourceTree';
import { buildSourceTree } from './sourceTree';
import { useSourceDrop } from './sourceDrag';
import { useSourcesEditing } from './sourcesEditing';
import './sourceTree.css';

const sourcesPaneId = 'sources-pane';
/** Until the feeds are read: one array, so that what is built from it is not built again at every render. */
const noFeeds: readonly FeedRecord[] = [];

/**
 * Left pane: smart views, language views, then every feed with its unread count and, when its last fetch failed, a
 * badge saying why. On a window too narrow for it, a slim rail with a button that opens it as a drawer over the list.
 */
export function SourcesPane({ layout }: { layout: WindowLayout }) {
  const feeds = useFeedRows()?.list ?? noFeeds;
  const folders = useCoalescedLiveQuery(() => db.folders.toArray(), [], [] as FolderRecord[]);
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
  // The tree follows the store in the background: a render of thousands of rows (an import, a refresh's failures
  // coming in) is then split into slices that leave the page free, and a newer answer replaces one not yet drawn.
  const treeFeeds = useDeferredValue(feeds);
  const treeFolders = useDeferredValue(folders);
  const treeCounts = useDeferredValue(counts);
  const tree = useMemo(() => buildSourceTree(treeFeeds, treeFolders), [treeFeeds, treeFolders]);
  const followed = useMemo(() => feeds.filter((feed) => feed.unsubscribedAt === null), [feeds]);
  const failing = useMemo(() => followed.filter((feed) => feed.error).length, [followed]);
  const openDialog = useSourcesEditing((state) => state.openDialog);
  const topLevelDrop = useSourceDrop({ folderId: null });
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
        {/* A feed or folder dropped on the heading, or below the last row, goes to the top level, last. */}
        <div className={`feeds-section${topLevelDrop.dropping ? ' drop-into' : ''}`} {...topLevelDrop.handlers}>
          <div className="section-heading">
            <h2 className="section-title">{t('sources.feeds')}</h2>
            <button type="button" className="icon" title={t('sources.newFolder')} aria-label={t('sources.newFolder')} onClick={() => openDialog({ kind: 'new-folder', parentId: null })}>
              <FolderPlus size={15} aria-hidden="true" />
            </button>
          </div>
          {followed.length === 0 && folders.length === 0 && !addFeedOpen && (
            <p className="empty-hint">
              {t('sources.noFeedsBefore')}{' '}
              <button type="button" className="link" onClick={() => setAddFeedOpen(true)}>
                {t('sources.addAFeed')}
              </button>{' '}
              {t('sources.noFeedsAfter')} <ImportSubscriptionsButton />
            </p>
          )}
          <SourceTree nodes={tree} counts={treeCounts} label={t('sources.feeds')} scroller={drawer.panelRef} />
        </div>
      </div>
      <SourceMenu />
      <SourcesDialogs />
      {/* Outside the drawer, so that a refresh is announced while the drawer is shut. */}
      <OfflineIndicator />
      <RefreshStatus failing={failing} total={followed.length} />
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
      const target =
        panel?.querySelector<HTMLElement>('.source[aria-current="true"], [role="treeitem"][aria-selected="true"]') ?? panel?.querySelector<HTMLElement>('button');
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
  const offline = useConnectivity((state) => state.connectivity.state === 'offline');
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
  // Offline, the indicator above says all there is to say: "Up to date" would not be true.
  if (!progress.running && (finishedAt === null || offline)) return null;
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
