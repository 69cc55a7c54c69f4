import { PauseCircle, TriangleAlert } from 'lucide-react';
import { memo, useId, type CSSProperties } from 'react';
import { menuOpeners } from '../../app/ContextMenu';
import { feedName } from '../../db/feeds';
import type { SourceId } from '../../db/queries';
import type { FeedRecord } from '../../db/records';
import { formatNumber, useTranslation } from '../../i18n';
import { useUi } from '../../state/store';
import { failingForAWeek } from '../health/failingLong';
import { FeedIcon } from './FeedIcon';
import { RenameField } from './RenameField';
import { startSourceDrag, useSourceDrop } from './sourceDrag';
import { sameTarget, useSourcesEditing, type SourceTarget } from './sourcesEditing';

/** A row is drawn again only when its own feed record or count changed, not when another feed's did. */
export const FeedRow = memo(
  FeedRowOf,
  (before, after) =>
    before.count === after.count &&
    before.depth === after.depth &&
    before.tabbable === after.tabbable &&
    before.selected === after.selected &&
    (before.feed === after.feed || sameFields(before.feed, after.feed)),
);

interface FeedRowProps {
  feed: FeedRecord;
  count: number;
  depth: number;
  /** The one item of the tree that Tab reaches: the selected source, else the first row. */
  tabbable: boolean;
  /**
   * Whether it is the selected source. The tree reads the selection from the store once for all its rows: a selector
   * per row would run thousands of times on every store change, and a refresh changes the store hundreds of times.
   */
  selected: boolean;
}

/**
 * Rows scrolled out of sight are neither styled nor laid out: a tree of thousands of feeds costs a frame as long as
 * the rows in sight. The size kept for a row not drawn yet is the height of its name.
 */
const drawnWhenInSight: CSSProperties = { contentVisibility: 'auto', containIntrinsicBlockSize: 'auto 18px' };

function sameFields(a: FeedRecord, b: FeedRecord): boolean {
  return (Object.keys(a) as Array<keyof FeedRecord>).every((field) => Object.is(a[field], b[field]) || JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/**
 * One feed of the sources tree: icon, name, unread count, and a badge when its last fetch failed (flagged stronger
 * after a week of failures). The row is the tree item itself, focused by the tree's arrow keys; a click or Enter
 * selects it. Right click, the menu key or Shift+F10 open its menu; it can be dragged to another folder or place.
 */
function FeedRowOf({ feed, count, depth, tabbable, selected }: FeedRowProps) {
  const source: SourceId = { kind: 'feed', feedId: feed.id };
  const target: SourceTarget = { kind: 'feed', id: feed.id };
  const name = feedName(feed);
  const renaming = useSourcesEditing((state) => sameTarget(state.renaming, target));
  const openMenu = useSourcesEditing((state) => state.openMenu);
  // A hook, so that the memoised row is drawn again when the interface language changes.
  const { t } = useTranslation();
  const errorId = useId();
  const longFailing = feed.error !== null && failingForAWeek(feed, Date.now());
  const title = feed.error ? undefined : [feed.details.description, feed.url].filter(Boolean).join('\n');
  const opensMenu = menuOpeners((place) => openMenu(target, place));
  const drop = useSourceDrop({ folderId: feed.folderId, beforeId: feed.id });
  return (
    <li
      role="treeitem"
      aria-level={depth + 1}
      aria-selected={selected}
      aria-describedby={feed.error ? errorId : undefined}
      tabIndex={tabbable ? 0 : -1}
      title={title}
      className={`feed-row${drop.dropping ? ' drop-before' : ''}`}
      data-feed-url={feed.url}
      data-source-feed={feed.id}
      style={{ '--depth': depth } as CSSProperties}
      draggable={!renaming}
      onDragStart={(event) => startSourceDrag(event, target)}
      onClick={() => {
        if (!renaming) useUi.getState().selectSource(source);
      }}
      {...drop.handlers}
      {...opensMenu}
    >
      <div className={`source${selected ? ' selected' : ''}${feed.error ? ' failing' : ''}${feed.paused ? ' paused' : ''}${renaming ? ' renaming' : ''}`} style={drawnWhenInSight}>
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
          {longFailing ? `${t('sources.failingForAWeek')} · ${feed.error}` : feed.error}
        </p>
      )}
    </li>
  );
}
