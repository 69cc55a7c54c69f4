import { ChevronDown, ChevronRight, Folder, FolderOpen } from 'lucide-react';
import { memo, useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { menuOpeners } from '../../app/ContextMenu';
import { sumFeeds, type CountSummary } from '../../db/counts';
import { setFolderCollapsed } from '../../db/folders';
import { db } from '../../db/instance';
import type { SourceId } from '../../db/paging';
import { formatNumber, useTranslation } from '../../i18n';
import { sameSource, useUi } from '../../state/store';
import { FeedRow } from './FeedRow';
import { RenameField } from './RenameField';
import { startSourceDrag, useSourceDrop } from './sourceDrag';
import { sameTarget, useSourcesEditing, type SourceTarget } from './sourcesEditing';
import { visibleNodes, type FolderNode, type SourceNode } from './sourceTree';
import { onTreeKeyDown } from './treeKeys';

/**
 * Folders and feeds, nested as the reader arranged them: an ARIA tree. Tab reaches one item (the selected source,
 * else the first); the arrow keys move through the items shown, open and shut folders (treeKeys.ts); a click or
 * Enter selects.
 */
export function SourceTree({ nodes, counts, label }: { nodes: readonly SourceNode[]; counts: CountSummary; label: string }) {
  const source = useUi((state) => state.source);
  const shown = visibleNodes(nodes);
  const tabbable = shown.find((node) => sameSource(source, sourceOf(node))) ?? shown[0];
  const tabbableId = tabbable ? idOf(tabbable) : null;
  const drawnCount = useDrawnCount(shown.length);
  const drawn = drawnCount >= shown.length ? null : new Set(shown.slice(0, drawnCount).map(idOf));
  return (
    <ul className="source-list source-tree" role="tree" aria-label={label} onKeyDown={onTreeKeyDown}>
      <Branch nodes={nodes} counts={counts} tabbableId={tabbableId} source={source} drawn={drawn} />
    </ul>
  );
}

/** What one step of drawing may take: well under the 50 ms that make a long task. */
const stepMs = 30;
/** Items in the first step, before the machine's pace is known, and the bounds of a step. */
const firstStep = 200;
const smallestStep = 50;
const largestStep = 2_000;
/** New items drawn as they come, without steps: a batch of an import (200 feeds) and its folders. */
const drawnAtOnce = 250;

/**
 * How many items of the tree are drawn. When many more arrive at once than were drawn (the whole tree at the start,
 * an import's batches bunched while a refresh holds the pane to a read a second), a step of them per task, each step
 * sized from the time the one before took, so that no task holds the page for long; a few, as they come.
 */
function useDrawnCount(total: number): number {
  const [drawn, setDrawn] = useState(0);
  const step = useRef(firstStep);
  if (drawn !== total && total - drawn <= drawnAtOnce) setDrawn(total);
  useEffect(() => {
    if (drawn >= total) return;
    const next = setTimeout(() => {
      const started = performance.now();
      // Drawn at once, so that the time taken is this step's own.
      flushSync(() => setDrawn((count) => Math.min(total, count + step.current)));
      const took = Math.max(1, performance.now() - started);
      step.current = Math.round(Math.min(largestStep, Math.max(smallestStep, (step.current * stepMs) / took)));
    }, 0);
    return () => clearTimeout(next);
  }, [drawn, total]);
  return Math.min(drawn, total);
}

interface BranchProps {
  nodes: readonly SourceNode[];
  counts: CountSummary;
  tabbableId: string | null;
  /** The selected source, read from the store once for the whole tree. */
  source: SourceId;
  /** The items drawn so far, while some are still to come (see useDrawnCount); null once all are. */
  drawn: ReadonlySet<string> | null;
}

/** Memoised: the tree's root is drawn again on every change of counts or selection, its items only as they change. */
const Branch = memo(function Branch({ nodes, counts, tabbableId, source, drawn }: BranchProps) {
  return (drawn ? nodes.filter((node) => drawn.has(idOf(node))) : nodes).map((node) =>
    node.kind === 'feed' ? (
      <FeedRow
        key={node.feed.id}
        feed={node.feed}
        depth={node.depth}
        count={counts.byFeed.get(node.feed.id)?.unread ?? 0}
        tabbable={tabbableId === node.feed.id}
        selected={source.kind === 'feed' && source.feedId === node.feed.id}
      />
    ) : (
      <FolderRow key={node.folder.id} node={node} counts={counts} tabbableId={tabbableId} source={source} drawn={drawn} />
    ),
  );
});

function sourceOf(node: SourceNode): SourceId {
  return node.kind === 'feed' ? { kind: 'feed', feedId: node.feed.id } : { kind: 'folder', folderId: node.folder.id };
}

function idOf(node: SourceNode): string {
  return node.kind === 'feed' ? node.feed.id : node.folder.id;
}

/**
 * A folder: its name, which selects its articles (every feed inside, at any depth) and shows their unread count, and
 * a chevron that opens or shuts it (remembered). Feeds and folders dropped on it go in.
 */
function FolderRow({ node, counts, tabbableId, source: selectedSource, drawn }: { node: FolderNode } & Omit<BranchProps, 'nodes'>) {
  const { folder } = node;
  const target: SourceTarget = { kind: 'folder', id: folder.id };
  const source = { kind: 'folder', folderId: folder.id } as const;
  const selected = sameSource(selectedSource, source);
  const renaming = useSourcesEditing((state) => sameTarget(state.renaming, target));
  const openMenu = useSourcesEditing((state) => state.openMenu);
  const { t } = useTranslation();
  const titleId = useId();
  const countId = useId();
  const open = folder.collapsed === 0;
  const unread = sumFeeds(counts, node.feedIds).unread;
  const opensMenu = menuOpeners((place) => openMenu(target, place));
  const drop = useSourceDrop({ folderId: folder.id });
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // The folder's own keys, not those of the items inside it, which bubble through it.
    if (event.target === event.currentTarget) opensMenu.onKeyDown(event);
  };
  return (
    <li
      role="treeitem"
      aria-level={node.depth + 1}
      aria-expanded={open}
      aria-selected={selected}
      aria-labelledby={unread > 0 ? `${titleId} ${countId}` : titleId}
      tabIndex={tabbableId === folder.id ? 0 : -1}
      className="folder-row"
      data-source-folder={folder.id}
      style={{ '--depth': node.depth } as CSSProperties}
      onKeyDown={onKeyDown}
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
      {open && node.children.length > 0 && (
        <ul role="group" className="source-list source-tree">
          <Branch nodes={node.children} counts={counts} tabbableId={tabbableId} source={selectedSource} drawn={drawn} />
        </ul>
      )}
    </li>
  );
}
