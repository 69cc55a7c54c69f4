import { mainMessageText } from '../../i18n/mainMessageText';
import { PauseCircle, TriangleAlert } from 'lucide-react';
import { memo, type CSSProperties } from 'react';
import { menuOpeners } from '../../app/ContextMenu';
import { feedName } from '../../db/feeds';
import type { SourceId } from '../../db/queries';
import type { FeedRecord } from '../../db/records';
import type { MainMessage } from '../../../shared/model/mainMessage';
import { formatNumber, i18n } from '../../i18n';
import { useUi } from '../../state/store';
import { failingForAWeek } from '../health/failingLong';
import { FeedIcon } from './FeedIcon';
import { RenameField } from './RenameField';
import { startSourceDrag, useSourceDrop } from './sourceDrag';
import { sameTarget, useSourcesEditing, type SourceTarget } from './sourcesEditing';

/**
 * A row is drawn again only when what it shows of its own feed, its count or its place changed: the pane re-reads every
 * feed on a change, and a comparison of whole records (or a hook per row) would cost thousands of rows each time.
 */
export const FeedRow = memo(
  FeedRowOf,
  (before, after) =>
    before.count === after.count &&
    before.depth === after.depth &&
    samePlace(before.place, after.place) &&
    before.tabbable === after.tabbable &&
    before.selected === after.selected &&
    before.language === after.language &&
    (before.feed === after.feed || sameShownFields(before.feed, after.feed)),
);

/** Where a row of the tree stands: only the rows in view are drawn, each placed and measured on its own. */
export interface RowPlace {
  /** Its index in the rows listed. */
  index: number;
  /** From the top of the list, in pixels. */
  top: number;
  /** 1-based, among its siblings, and how many they are. */
  position: number;
  siblings: number;
  /** Measures the drawn row, which is taller than estimated while it shows its failure under it. */
  measure: (element: HTMLLIElement | null) => void;
}

function samePlace(a: RowPlace, b: RowPlace): boolean {
  return a.index === b.index && a.top === b.top && a.position === b.position && a.siblings === b.siblings && a.measure === b.measure;
}

interface FeedRowProps {
  feed: FeedRecord;
  place: RowPlace;
  count: number;
  depth: number;
  /** The one item of the tree that Tab reaches: the selected source, else the first row. */
  tabbable: boolean;
  /**
   * Whether it is the selected source. The tree reads the selection from the store once for all its rows: a selector
   * per row would run thousands of times on every store change, and a refresh changes the store hundreds of times.
   */
  selected: boolean;
  /** The interface language: a change draws the row again in the new one. */
  language: string;
}

/** A failure's words, compared only when the feed is failing: a re-read gives every record new objects. */
function sameMessage(a: MainMessage | null | undefined, b: MainMessage | null | undefined): boolean {
  return a === b || (a != null && b != null && JSON.stringify(a) === JSON.stringify(b));
}

/** The fields a row draws, and those its tooltip, flags and drop place are made of. */
function sameShownFields(a: FeedRecord, b: FeedRecord): boolean {
  return (
    a.id === b.id &&
    a.url === b.url &&
    a.title === b.title &&
    a.customTitle === b.customTitle &&
    a.icon === b.icon &&
    a.folderId === b.folderId &&
    a.paused === b.paused &&
    a.error === b.error &&
    sameMessage(a.errorMessage, b.errorMessage) &&
    a.failures === b.failures &&
    a.lastSucceededAt === b.lastSucceededAt &&
    a.addedAt === b.addedAt &&
    a.details.description === b.details.description
  );
}

/**
 * One feed of the sources tree: icon, name, unread count, and a badge when its last fetch failed (flagged stronger
 * after a week of failures). The row is the tree item itself, focused by the tree's arrow keys; a click or Enter
 * selects it. Right click, the menu key or Shift+F10 open its menu; it can be dragged to another folder or place.
 */
function FeedRowOf({ feed, place, count, depth, tabbable, selected }: FeedRowProps) {
  const { t } = i18n;
  const source: SourceId = { kind: 'feed', feedId: feed.id };
  const target: SourceTarget = { kind: 'feed', id: feed.id };
  const name = feedName(feed);
  const renaming = useSourcesEditing((state) => sameTarget(state.renaming, target));
  const openMenu = useSourcesEditing((state) => state.openMenu);
  const errorId = `feed-error-${feed.id}`;
  const longFailing = feed.error !== null && failingForAWeek(feed, Date.now());
  const title = feed.error ? undefined : [feed.details.description, feed.url].filter(Boolean).join('\n');
  const opensMenu = menuOpeners((place) => openMenu(target, place));
  const drop = useSourceDrop({ folderId: feed.folderId, beforeId: feed.id });
  return (
    <li
      ref={place.measure}
      data-index={place.index}
      data-row-key={feed.id}
      role="treeitem"
      aria-level={depth + 1}
      aria-posinset={place.position}
      aria-setsize={place.siblings}
      aria-selected={selected}
      aria-describedby={feed.error ? errorId : undefined}
      tabIndex={tabbable ? 0 : -1}
      title={title}
      className={`feed-row${drop.dropping ? ' drop-before' : ''}`}
      data-feed-url={feed.url}
      data-source-feed={feed.id}
      style={{ '--depth': depth, top: place.top } as CSSProperties}
      draggable={!renaming}
      onDragStart={(event) => startSourceDrag(event, target)}
      onClick={() => {
        if (!renaming) useUi.getState().selectSource(source);
      }}
      {...drop.handlers}
      {...opensMenu}
    >
      <div className={`source${selected ? ' selected' : ''}${feed.error ? ' failing' : ''}${feed.paused ? ' paused' : ''}${renaming ? ' renaming' : ''}`}>
        <FeedIcon feed={feed} size={18} />
        {renaming ? (
          <RenameField target={target} name={name} />
        ) : (
          <>
            <span className="source-title">{name}</span>
            {feed.paused === 1 && (
              <span className="paused-badge" title={t('sources.paused')}>
                <PauseCircle size={14} aria-hidden="true" />
                <span className="visually-hidden">{t('sources.paused')}</span>
              </span>
            )}
            {feed.error && (
              <span className={`error-badge${longFailing ? ' long' : ''}`}>
                <TriangleAlert size={14} aria-hidden="true" />
                <span className="visually-hidden">{longFailing ? t('sources.failingForAWeek') : t('sources.couldNotBeRead')}</span>
              </span>
            )}
            {count > 0 && <span className="count">{formatNumber(count)}</span>}
          </>
        )}
      </div>
      {/* The reason: a tooltip on hover and focus, a line under the feed while it is selected, the row's description always. */}
      {feed.error && (
        <p id={errorId} className="feed-error">
          {longFailing ? `${t('sources.failingForAWeek')} · ${mainMessageText(feed.errorMessage, feed.error)}` : mainMessageText(feed.errorMessage, feed.error)}
        </p>
      )}
    </li>
  );
}
