import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { ChevronDown, ChevronRight, Folder, FolderOpen } from 'lucide-react';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type DragEvent, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { menuOpeners } from '../../app/ContextMenu';
import { sumFeeds, type CountSummary } from '../../db/counts';
import { setFolderCollapsed } from '../../db/folders';
import { db } from '../../db/instance';
import { formatNumber, interfaceLanguage, useTranslation } from '../../i18n';
import { useUi } from '../../state/store';
import { FeedRow, type RowPlace } from './FeedRow';
import { RenameField } from './RenameField';
import { startSourceDrag, useSourceDrop } from './sourceDrag';
import { sameTarget, useSourcesEditing, type SourceTarget } from './sourcesEditing';
import { visibleRows, type FolderNode, type SourceNode, type TreeRow } from './sourceTree';
import { treeMove } from './treeKeys';
import { useOffsetInScroller } from './useOffsetInScroller';

/** A row's height before it is measured: one line, an 18 px icon and its padding. */
const rowEstimate = 28;
/** Rows drawn beyond each edge of the view, so that scrolling shows rows already there. */
const overscan = 10;
/** The list's own padding above its first row and below its last. */
const listPadding = 4;

/**
 * Folders and feeds, nested as the reader arranged them: an ARIA tree. Tab reaches one item (the selected source,
 * else the first); the arrow keys move through the items shown, open and shut folders (treeKeys.ts); a click or
 * Enter selects.
 *
 * Only the rows in view are in the page (a reader may follow thousands of feeds), each placed where it stands in the
 * whole list and saying so (aria-level, aria-posinset, aria-setsize). The row holding the focus, the one Tab reaches
 * and one being dragged stay drawn wherever the list is scrolled to, so that the keyboard and a drag never lose them.
 */
export const SourceTree = memo(function SourceTree({
  nodes,
  counts,
  label,
  scroller,
}: {
  nodes: readonly SourceNode[];
  counts: CountSummary;
  label: string;
  /** The panel that scrolls the tree along with the views above it. */
  scroller: RefObject<HTMLElement | null>;
}) {
  const source = useUi((state) => state.source);
  // Subscribed here once for every row: a hook per row costs more than the row itself when thousands are drawn.
  useTranslation();
  const language = interfaceLanguage();
  const rows = useMemo(() => visibleRows(nodes), [nodes]);
  const indexOf = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);
  const shown = useMemo(() => shownCounts(rows), [rows]);
  const list = useRef<HTMLUListElement>(null);
  const selectedKey = source.kind === 'feed' ? source.feedId : source.kind === 'folder' ? source.folderId : null;
  const selectedIndex = selectedKey === null ? -1 : (indexOf.get(selectedKey) ?? -1);
  const tabbableIndex = selectedIndex >= 0 ? selectedIndex : rows.length > 0 ? 0 : -1;
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [draggedKey, setDraggedKey] = useState<string | null>(null);
  const kept = useMemo(
    () => [tabbableIndex, focusedKey === null ? -1 : (indexOf.get(focusedKey) ?? -1), draggedKey === null ? -1 : (indexOf.get(draggedKey) ?? -1)].filter((index) => index >= 0),
    [tabbableIndex, focusedKey, draggedKey, indexOf],
  );
  const rangeExtractor = useCallback((range: Range) => [...new Set([...defaultRangeExtractor(range), ...kept])].sort((a, b) => a - b), [kept]);
  const scrollMargin = useOffsetInScroller(list, scroller);
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const virtualizer = useVirtualizer<HTMLElement, HTMLLIElement>({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowEstimate,
    getItemKey,
    overscan,
    scrollMargin,
    paddingStart: listPadding,
    paddingEnd: listPadding,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();

  // A row the keyboard moves to is drawn first (it is kept), then focused and brought into view.
  const focusWanted = useRef<string | null>(null);
  useEffect(() => {
    const key = focusWanted.current;
    if (key === null) return;
    focusWanted.current = null;
    const row = list.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'nearest' });
  });

  // A source selected elsewhere (a feed just added, a folder chosen from a menu) is brought into view once.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (selectedKey === revealed.current || selectedIndex < 0) return;
    revealed.current = selectedKey;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedKey, selectedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLInputElement) return; // a name being edited in place keeps its keys
    const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="treeitem"]') : null;
    const at = indexOf.get(item?.dataset.rowKey ?? '');
    if (!item || at === undefined) return;
    const move = treeMove(rows, at, event.key);
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    if (move.kind === 'expand') void setFolderCollapsed(db, move.folderId, !move.open);
    // The row's own click: a feed's is the item, a folder's its line.
    else if (move.kind === 'activate') (item.querySelector<HTMLElement>(':scope > .folder-line') ?? item).click();
    else {
      const key = rows[move.index]?.key ?? null;
      focusWanted.current = key;
      setFocusedKey(key);
    }
  };
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const key = event.target.closest<HTMLElement>('[role="treeitem"]')?.dataset.rowKey;
    if (key !== undefined) setFocusedKey(key);
  };
  const onDragStart = (event: DragEvent<HTMLElement>) => {
    const key = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="treeitem"]')?.dataset.rowKey : undefined;
    setDraggedKey(key ?? null);
  };

  return (
    <ul
      ref={list}
      className="source-list source-tree"
      role="tree"
      aria-label={label}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onDragStart={onDragStart}
      onDragEnd={() => setDraggedKey(null)}
      // What the tree lists, drawn or not: the rows a reader reaches by scrolling.
      data-folders={shown.folders}
      data-feeds={shown.feeds}
      data-failing={shown.failing}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        const place: RowPlace = { index: item.index, top: item.start - scrollMargin, position: row.position, siblings: row.siblings, measure: virtualizer.measureElement };
        const { node } = row;
        return node.kind === 'feed' ? (
          <FeedRow
            key={row.key}
            feed={node.feed}
            depth={node.depth}
            place={place}
            count={counts.byFeed.get(node.feed.id)?.unread ?? 0}
            tabbable={item.index === tabbableIndex}
            selected={item.index === selectedIndex}
            language={language}
          />
        ) : (
          <FolderRow
            key={row.key}
            node={node}
            place={place}
            unread={sumFeeds(counts, node.feedIds).unread}
            tabbable={item.index === tabbableIndex}
            selected={item.index === selectedIndex}
            language={language}
          />
        );
      })}
    </ul>
  );
});

/** The folders, feeds and failing feeds the tree lists, for whoever checks what it shows without scrolling it all. */
function shownCounts(rows: readonly TreeRow[]): { folders: number; feeds: number; failing: number } {
  let folders = 0;
  let feeds = 0;
  let failing = 0;
  for (const { node } of rows) {
    if (node.kind === 'folder') folders += 1;
    else {
      feeds += 1;
      if (node.feed.error) failing += 1;
    }
  }
  return { folders, feeds, failing };
}

/**
 * A folder: its name, which selects its articles (every feed inside, at any depth) and shows their unread count, and
 * a chevron that opens or shuts it (remembered). Feeds and folders dropped on it go in. Its feeds and subfolders are
 * the rows after it, one level deeper.
 */
const FolderRow = memo(function FolderRow({
  node,
  place,
  unread,
  tabbable,
  selected,
}: {
  node: FolderNode;
  place: RowPlace;
  unread: number;
  tabbable: boolean;
  selected: boolean;
  /** The interface language: a change draws the row again in the new one. */
  language: string;
}) {
  const { folder } = node;
  const target: SourceTarget = { kind: 'folder', id: folder.id };
  const source = { kind: 'folder', folderId: folder.id } as const;
  const renaming = useSourcesEditing((state) => sameTarget(state.renaming, target));
  const openMenu = useSourcesEditing((state) => state.openMenu);
  const { t } = useTranslation();
  const titleId = useId();
  const countId = useId();
  const open = folder.collapsed === 0;
  const opensMenu = menuOpeners((at) => openMenu(target, at));
  const drop = useSourceDrop({ folderId: folder.id });
  return (
    <li
      ref={place.measure}
      data-index={place.index}
      data-row-key={folder.id}
      role="treeitem"
      aria-level={node.depth + 1}
      aria-posinset={place.position}
      aria-setsize={place.siblings}
      aria-expanded={open}
      aria-selected={selected}
      aria-labelledby={unread > 0 ? `${titleId} ${countId}` : titleId}
      tabIndex={tabbable ? 0 : -1}
      className="folder-row"
      data-source-folder={folder.id}
      style={{ '--depth': node.depth, top: place.top } as CSSProperties}
      onKeyDown={opensMenu.onKeyDown}
    >
      <div
        className={`folder-line${drop.dropping ? ' drop-into' : ''}`}
        draggable={!renaming}
        onDragStart={(event) => startSourceDrag(event, target)}
        onClick={() => {
          if (!renaming) useUi.getState().selectSource(source);
        }}
        onContextMenu={opensMenu.onContextMenu}
        {...drop.handlers}
      >
        {/* For the pointer: the keyboard opens and shuts folders with the arrow keys, and screen readers hear aria-expanded. */}
        <span
          className="disclosure"
          aria-hidden="true"
          title={open ? t('sources.collapseFolder', { name: folder.name }) : t('sources.expandFolder', { name: folder.name })}
          onClick={(event) => {
            event.stopPropagation();
            void setFolderCollapsed(db, folder.id, open);
          }}
        >
          {open ? <ChevronDown size={14} /> : <ChevronRight size={14} />}
        </span>
        <div className={`source${selected ? ' selected' : ''}${renaming ? ' renaming' : ''}`}>
          <span className="source-icon" aria-hidden="true">
            {open ? <FolderOpen size={15} /> : <Folder size={15} />}
          </span>
          {renaming ? (
            <RenameField target={target} name={folder.name} />
          ) : (
            <span id={titleId} className="source-title">
              {folder.name}
            </span>
          )}
          {unread > 0 && (
            <span id={countId} className="count">
              {formatNumber(unread)}
            </span>
          )}
        </div>
      </div>
    </li>
  );
});
