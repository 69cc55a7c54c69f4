import { useState, type DragEvent } from 'react';
import { moveFeed, moveFolder, type Placement } from '../../db/folders';
import { db } from '../../db/instance';
import type { SourceTarget } from './sourcesEditing';

/** Drags within the sources pane carry the feed's or folder's id under a type of their own, never as text. */
const dragTypes = { feed: 'application/x-tidings-feed', folder: 'application/x-tidings-folder' } as const;

export function startSourceDrag(event: DragEvent, target: SourceTarget): void {
  event.dataTransfer.setData(dragTypes[target.kind], target.id);
  event.dataTransfer.effectAllowed = 'move';
}

/** Whether a drag brings a feed or folder of the pane (dragover cannot read the id, only the type). */
export function carriesSource(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(dragTypes.feed) || event.dataTransfer.types.includes(dragTypes.folder);
}

/** What a drop means where it lands: a feed takes the place given; a folder goes into the same folder, last. */
export async function dropSource(event: DragEvent, place: Placement): Promise<SourceTarget | null> {
  const feedId = event.dataTransfer.getData(dragTypes.feed);
  if (feedId) {
    await moveFeed(db, feedId, place);
    return { kind: 'feed', id: feedId };
  }
  const folderId = event.dataTransfer.getData(dragTypes.folder);
  if (folderId && (await moveFolder(db, folderId, { folderId: place.folderId }))) return { kind: 'folder', id: folderId };
  return null;
}

/**
 * A row that takes dropped feeds and folders: `dropping` while one is dragged over it, for the mark of where it would
 * land, and the handlers that place it. Drags of anything else (text, files) pass through to the window.
 */
export function useSourceDrop(place: Placement) {
  const [dropping, setDropping] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent) => {
      if (!carriesSource(event)) return;
      event.preventDefault();
      event.stopPropagation();
      setDropping(true);
    },
    onDragLeave: () => setDropping(false),
    onDrop: (event: DragEvent) => {
      setDropping(false);
      if (!carriesSource(event)) return;
      event.preventDefault();
      event.stopPropagation();
      void dropSource(event, place);
    },
  };
  return { dropping, handlers };
}
