import { useVirtualizer, type Virtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useCoalescedLiveQuery } from '../../app/useCoalescedLiveQuery';
import { useFeedRows } from '../../app/useFeedRows';
import { feedName } from '../../db/feeds';
import { db } from '../../db/instance';
import type { ListQuery } from '../../db/paging';
import type { ArticleRecord, FeedRecord } from '../../db/records';
import { i18n, useTranslation } from '../../i18n';
import { useUi } from '../../state/store';
import { ListHeader } from './ListHeader';
import { listEntries, type ListEntry } from './listEntries';
import { readShownPages, type ListPages, type PageRange } from './listPages';
import { useListState } from './listState';
import { RowMenu } from './RowMenu';
import { useRowWords } from './rowWords';
import { StoryRow, type MenuPlace, type RowFeed } from './StoryRow';
import { UndoToast } from './UndoToast';
import { useMarkUndo } from './undoMarks';
import { useViewOptionsOf } from './viewOptions';
import './articleList.css';

/** A row's height before it is drawn and measured: a title on one or two lines and a two-line excerpt. */
const rowEstimate = 96;
const moreEstimate = 44;
/** Rows drawn beyond each edge of the view, so that scrolling shows rows already there. */
const overscan = 6;
const loading: ListEntry[] = [{ kind: 'more', key: 'more', page: 0 }];
const noFeeds: ReadonlyMap<string, FeedRecord> = new Map();

/**
 * Middle pane: the selected source's stories, each once whatever the languages it is listed in, filtered and sorted as
 * chosen for that source. Only the rows in view are in the page; the list is read a page at a time through the
 * store's indexes, the next page as the reader scrolls near the end, and on a change in the store only the pages in
 * view are read again.
 */
export function ArticleList() {
  const source = useUi((state) => state.source);
  const { filter, sort } = useViewOptionsOf(source);
  const listResets = useMarkUndo((state) => state.listResets);
  const query = useMemo<ListQuery>(() => ({ source, filter, sort }), [source, filter, sort]);
  const identity = `${JSON.stringify(query)} ${listResets}`;
  const feeds = useFeedRows()?.byId ?? noFeeds;
  const [menu, setMenu] = useState<{ article: ArticleRecord; place: MenuPlace } | null>(null);
  const openMenu = useCallback((article: ArticleRecord, place: MenuPlace) => setMenu({ article, place }), []);
  const closeMenu = useCallback(() => setMenu(null), []);
  const { t } = useTranslation();
  return (
    <section className="pane articles" aria-label={t('list.region')}>
      <ListHeader query={query} feeds={feeds} />
      <StoryList query={query} identity={identity} feeds={feeds} onMenu={openMenu} />
      {menu && <RowMenu article={menu.article} place={menu.place} onClose={closeMenu} />}
      <UndoToast />
    </section>
  );
}

interface StoryListProps {
  query: ListQuery;
  /** Changes when the list is another one (source, filter, order) or must be read again from its top. */
  identity: string;
  feeds: ReadonlyMap<string, FeedRecord>;
  onMenu: (article: ArticleRecord, place: MenuPlace) => void;
}

function StoryList({ query, identity, feeds, onMenu }: StoryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  const [followed, setFollowed] = useState<PageRange & { identity: string }>({ identity, from: 0, to: 0 });
  // Another list is followed from its first page, not from where the last one was scrolled to.
  const inView: PageRange = followed.identity === identity ? followed : { from: 0, to: 0 };
  // The pages as last read, whether or not that answer was shown: where the next read starts from.
  const latest = useRef<ListPages | null>(null);
  const pages = useCoalescedLiveQuery(
    async () => {
      const keep = keepsOpened(query) ? useUi.getState().openedHere : [];
      const read = await readShownPages(db, query, identity, latest.current, inView, keep);
      latest.current = read;
      return read;
    },
    [identity, inView.from, inView.to],
    null as ListPages | null,
  );
  const current = pages?.identity === identity ? pages : null;
  const entries = useMemo(() => (current ? listEntries(current, query.sort) : loading), [current, query.sort]);

  const estimateSize = useCallback((index: number) => (entries[index]?.kind === 'more' ? moreEstimate : rowEstimate), [entries]);
  const getItemKey = useCallback((index: number) => entries[index]?.key ?? index, [entries]);
  // Where the list was at the last draw (not read from the page, which would lay it out in the middle of drawing).
  const scrolledDown = useRef(false);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    overscan,
    // Rows arriving or leaving above those in view leave them where they are; at the top of the list new ones show.
    anchorTo: scrolledDown.current ? 'end' : 'start',
  });
  scrolledDown.current = (virtualizer.scrollOffset ?? 0) > 0;
  const items = virtualizer.getVirtualItems();

  // The pages to follow are those the drawn rows belong to; the effect hands them to the live query above.
  const { from, to } = pagesInView(items, entries, current);
  useEffect(
    () => setFollowed((before) => (before.identity === identity && before.from === from && before.to === to ? before : { identity, from, to })),
    [identity, from, to],
  );

  // Another list starts at its top. Scrolling there asks the page for its scroll height, which lays out the list just
  // emptied in the middle of the commit: a list already at its top (as the scroll events left it) is not asked.
  const listShown = useRef(identity);
  useLayoutEffect(() => {
    if (listShown.current === identity) return;
    listShown.current = identity;
    if ((virtualizer.scrollOffset ?? 0) !== 0) virtualizer.scrollToOffset(0);
  }, [identity, virtualizer]);

  // Before paint: once a row is on screen, j and n already know it is there.
  useLayoutEffect(() => publishOrder(entries), [entries]);
  useRevealSelected(entries, virtualizer, scroller);

  const articleKey = useUi((state) => state.articleKey);
  const selectedIndex = articleKey === null ? -1 : entries.findIndex((entry) => entry.kind === 'story' && holds(entry, articleKey));
  // Tab stops at the selected row, or at the first row drawn when that one is not.
  const drawn = (index: number) => index >= (items[0]?.index ?? 0) && index <= (items.at(-1)?.index ?? -1);
  const tabbableIndex = drawn(selectedIndex) ? selectedIndex : (items.find((item) => entries[item.index]?.kind === 'story')?.index ?? -1);
  // How many rows the list has; -1 while its end is still to read.
  const rowCount = current?.complete ? entries.length : -1;
  const rowFeed = useRowFeeds(feeds);
  const words = useRowWords();
  const first = items[0];
  const last = items.at(-1);

  return (
    <>
      {current?.complete && entries.length === 0 && <p className="empty-hint">{emptyHint(query)}</p>}
      <div className="article-scroller" ref={scroller}>
        <ul
          className="article-list"
          // A grid rather than a listbox: its rows may hold buttons (star, other languages). One column, one row per story.
          role="grid"
          aria-label={t('list.listbox')}
          aria-busy={current === null}
          aria-rowcount={rowCount}
          aria-colcount={1}
          // Rows are drawn in the flow, between room for those above and below them.
          style={{ paddingTop: first?.start ?? 0, paddingBottom: Math.max(0, virtualizer.getTotalSize() - (last?.end ?? 0)) }}
        >
          {items.map((item) => {
            const entry = entries[item.index];
            if (!entry) return null;
            if (entry.kind !== 'story') {
              return (
                <li
                  key={entry.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className={entry.kind === 'more' ? 'list-more' : 'row-placeholder'}
                  aria-hidden="true"
                >
                  {entry.kind === 'more' ? t('common.loading') : null}
                </li>
              );
            }
            const selected = item.index === selectedIndex;
            return (
              <StoryRow
                key={entry.key}
                story={entry.story}
                index={item.index}
                selected={selected}
                selectedKey={selected ? articleKey : null}
                feed={rowFeed(entry.story.shown.feedId)}
                tabbable={item.index === tabbableIndex}
                measure={virtualizer.measureElement}
                onMenu={onMenu}
                words={words}
              />
            );
          })}
        </ul>
      </div>
    </>
  );
}

/** Lists of unread articles keep those opened while they are shown, so that reading one does not pull it from under the reader. */
function keepsOpened(query: ListQuery): boolean {
  return query.source.kind === 'unread' || query.filter === 'unread';
}

function holds(entry: Extract<ListEntry, { kind: 'story' }>, key: string): boolean {
  return entry.story.versions.some((version) => version.key === key);
}

function emptyHint(query: ListQuery): string {
  if (query.source.kind === 'search') return i18n.t('list.emptySearch');
  if (query.filter === 'unread' || query.source.kind === 'unread') return i18n.t('list.emptyUnread');
  if (query.filter === 'starred' || query.source.kind === 'starred') return i18n.t('list.emptyStarred');
  return i18n.t('list.empty');
}

/**
 * The pages of the drawn rows. From the top of the list when its first row is drawn, and to the end when its last is,
 * so that a page left empty (its articles read, in an unread list) is still followed and shows what arrives in it.
 */
function pagesInView(items: readonly VirtualItem[], entries: readonly ListEntry[], pages: ListPages | null): PageRange {
  const first = items[0];
  const last = items.at(-1);
  if (!pages || !first || !last) return { from: 0, to: 0 };
  const end = pages.complete ? pages.slots.length - 1 : pages.slots.length;
  const from = first.index === 0 ? 0 : (entries[first.index]?.page ?? 0);
  const to = last.index === entries.length - 1 ? end : (entries[last.index]?.page ?? end);
  return { from, to: Math.max(from, to) };
}

/** Tells the keyboard commands (j/k, n/p) what the list shows, in order, and which of it is unread. */
function publishOrder(entries: readonly ListEntry[]): void {
  const order: string[] = [];
  const unread = new Set<string>();
  for (const entry of entries) {
    if (entry.kind !== 'story') continue;
    order.push(entry.story.shown.key);
    if (entry.story.shown.read === 0) unread.add(entry.story.shown.key);
  }
  const before = useListState.getState();
  const same = before.order.length === order.length && before.order.every((key, index) => key === order[index]) && sameSet(before.unread, unread);
  if (!same) before.setShown(order, unread);
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}

/**
 * When another article is opened (from the keyboard, say), its row is brought into view, drawn first if the
 * virtualiser had not drawn it.
 */
function useRevealSelected(entries: readonly ListEntry[], virtualizer: Virtualizer<HTMLDivElement, HTMLLIElement>, scroller: RefObject<HTMLDivElement | null>): void {
  const listed = useRef(entries);
  useEffect(() => {
    listed.current = entries;
  }, [entries]);
  useEffect(
    () =>
      useUi.subscribe((state, previous) => {
        const key = state.articleKey;
        if (key === null || key === previous.articleKey) return;
        const index = listed.current.findIndex((entry) => entry.kind === 'story' && holds(entry, key));
        if (index < 0) return;
        const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
        if (!row) {
          virtualizer.scrollToIndex(index, { align: 'auto' });
          return;
        }
        const box = row.getBoundingClientRect();
        const view = scroller.current?.getBoundingClientRect();
        if (view && (box.top < view.top || box.bottom > view.bottom)) row.scrollIntoView({ block: 'nearest' });
      }),
    [virtualizer, scroller],
  );
}

/** What a row shows of its feed, looked up by id; the same answer for an unchanged feed, so rows are not re-drawn. */
function useRowFeeds(feeds: ReadonlyMap<string, FeedRecord>): (feedId: string) => RowFeed {
  return useMemo(() => {
    const byId = new Map<string, RowFeed>();
    for (const feed of feeds.values()) byId.set(feed.id, { name: feedName(feed), icon: feed.icon, keepImages: feed.cacheImages !== 0 });
    const unknown: RowFeed = { name: '', icon: null };
    return (feedId: string) => byId.get(feedId) ?? unknown;
  }, [feeds]);
}
