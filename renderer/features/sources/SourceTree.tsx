import { ChevronDown, ChevronRight, Folder, FolderOpen } from 'lucide-react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { menuOpeners } from '../../app/ContextMenu';
import { sumFeeds, type CountSummary } from '../../db/counts';
import { setFolderCollapsed } from '../../db/folders';
import { db } from '../../db/instance';
import { formatNumber, useTranslation } from '../../i18n';
import { sameSource, useUi } from '../../state/store';
import { FeedRow } from './FeedRow';
import { RenameField } from './RenameField';
import { startSourceDrag, useSourceDrop } from './sourceDrag';
import { sameTarget, useSourcesEditing, type SourceTarget } from './sourcesEditing';
import type { FolderNode, SourceNode } from './sourceTree';

/** Folders and feeds, nested as the reader arranged them. */
export function SourceTree({ nodes, counts, label }: { nodes: readonly SourceNode[]; counts: CountSummary; label?: string }) {
  return (
    <ul className="source-list source-tree" role="list" aria-label={label}>
      {nodes.map((node) =>
        node.kind === 'feed' ? (
          <FeedRow key={node.feed.id} feed={node.feed} depth={node.depth} count={counts.byFeed.get(node.feed.id)?.unread ?? 0} />
        ) : (
          <FolderRow key={node.folder.id} node={node} counts={counts} />
        ),
      )}
    </ul>
  );
}

/**
 * A folder: a disclosure button that opens or shuts it (remembered), and the folder itself, which selects its
 * articles (every feed inside, at any depth) and shows their unread count. Feeds and folders dropped on it go in.
 */
function FolderRow({ node, counts }: { node: FolderNode; counts: CountSummary }) {
  const { folder } = node;
  const target: SourceTarget = { kind: 'folder', id: folder.id };
  const source = { kind: 'folder', folderId: folder.id } as const;
  const selected = useUi((state) => sameSource(state.source, source));
  const selectSource = useUi((state) => state.selectSource);
  const renaming = useSourcesEditing((state) => sameTarget(state.renaming, target));
  const openMenu = useSourcesEditing((state) => state.openMenu);
  const { t } = useTranslation();
  const open = folder.collapsed === 0;
  const unread = sumFeeds(counts, node.feedIds).unread;
  const childrenId = `folder-${folder.id}`;
  const opensMenu = menuOpeners((place) => openMenu(target, place));
  // As in a tree: right opens a shut folder, left shuts an open one.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    opensMenu.onKeyDown(event);
    if ((event.key === 'ArrowRight' && !open) || (event.key === 'ArrowLeft' && open)) {
      event.preventDefault();
      void setFolderCollapsed(db, folder.id, open);
    }
  };
  const drop = useSourceDrop({ folderId: folder.id });
  return (
    <li className="folder-row" data-source-folder={folder.id} style={{ '--depth': node.depth } as CSSProperties}>
      <div
        className={`folder-line${drop.dropping ? ' drop-into' : ''}`}
        draggable={!renaming}
        onDragStart={(event) => startSourceDrag(event, target)}
        {...drop.handlers}
      >
        <button
          type="button"
          className="icon disclosure"
          aria-expanded={open}
          aria-controls={childrenId}
          aria-label={open ? t('sources.collapseFolder', { name: folder.name }) : t('sources.expandFolder', { name: folder.name })}
          onClick={() => void setFolderCollapsed(db, folder.id, open)}
        >
          {open ? <ChevronDown size={14} aria-hidden="true" /> : <ChevronRight size={14} aria-hidden="true" />}
        </button>
        {renaming ? (
          <div className="source renaming">
            <RenameField target={target} name={folder.name} />
          </div>
        ) : (
          <button
            type="button"
            className={`source${selected ? ' selected' : ''}`}
            aria-current={selected}
            onClick={() => selectSource(source)}
            onContextMenu={opensMenu.onContextMenu}
            onKeyDown={onKeyDown}
          >
            <span className="source-icon" aria-hidden="true">
              {open ? <FolderOpen size={15} /> : <Folder size={15} />}
            </span>
            <span className="source-title">{folder.name}</span>
            {unread > 0 && <span className="count">{formatNumber(unread)}</span>}
          </button>
        )}
      </div>
      <div id={childrenId} hidden={!open}>
        {open && node.children.length > 0 && <SourceTree nodes={node.children} counts={counts} />}
      </div>
    </li>
  );
}
