import { PauseCircle, TriangleAlert } from 'lucide-react';
import { memo, useId, type CSSProperties } from 'react';
import { menuOpeners } from '../../app/ContextMenu';
import { feedName } from '../../db/feeds';
import type { SourceId } from '../../db/queries';
import type { FeedRecord } from '../../db/records';
import { formatNumber, useTranslation } from '../../i18n';
import { sameSource, useUi } from '../../state/store';
import { failingForAWeek } from '../health/failingLong';
import { FeedLanguageSelect } from '../language/FeedLanguageSelect';
import { FeedIcon } from './FeedIcon';
import { FeedIntervalSelect } from './FeedIntervalSelect';
import { FeedWarnings } from './FeedWarnings';
import { RenameField } from './RenameField';
import { startSourceDrag, useSourceDrop } from './sourceDrag';
import { sameTarget, useSourcesEditing, type SourceTarget } from './sourcesEditing';
import { unsubscribeWithUndo } from './unsubscribe';

/** A row is drawn again only when its own feed record or count changed, not when another feed's did. */
export const FeedRow = memo(
  FeedRowOf,
  (before, after) => before.count === after.count && before.depth === after.depth && (before.feed === after.feed || sameFields(before.feed, after.feed)),
);

function sameFields(a: FeedRecord, b: FeedRecord): boolean {
  return (Object.keys(a) as Array<keyof FeedRecord>).every((field) => Object.is(a[field], b[field]) || JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/**
 * One feed: icon, name, unread count, and a badge when its last fetch failed (flagged stronger after a week of
 * failures). Right click, the menu key or Shift+F10 open its menu; it can be dragged to another folder or place.
 */
function FeedRowOf({ feed, count, depth }: { feed: FeedRecord; count: number; depth: number }) {
  const source: SourceId = { kind: 'feed', feedId: feed.id };
  const target: SourceTarget = { kind: 'feed', id: feed.id };
  const name = feedName(feed);
  const selected = useUi((state) => sameSource(state.source, source));
  const selectSource = useUi((state) => state.selectSource);
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
      className={`feed-row${drop.dropping ? ' drop-before' : ''}`}
      data-feed-url={feed.url}
      data-source-feed={feed.id}
      style={{ '--depth': depth } as CSSProperties}
      draggable={!renaming}
      onDragStart={(event) => startSourceDrag(event, target)}
      {...drop.handlers}
    >
      {renaming ? (
        <div className="source renaming">
          <FeedIcon feed={feed} size={18} />
          <RenameField target={target} name={name} />
        </div>
      ) : (
        <button
          type="button"
          className={`source${selected ? ' selected' : ''}${feed.error ? ' failing' : ''}${feed.paused ? ' paused' : ''}`}
          aria-current={selected}
          aria-describedby={feed.error ? errorId : undefined}
          title={title}
          onClick={() => selectSource(source)}
          {...opensMenu}
        >
          <FeedIcon feed={feed} size={18} />
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
        </button>
      )}
      {/* The reason: a tooltip on hover and focus, a line under the feed while it is selected, the button's description always. */}
      {feed.error && (
        <p id={errorId} className="feed-error">
          {longFailing ? `${t('sources.failingForAWeek')} · ${feed.error}` : feed.error}
        </p>
      )}
      {selected && !renaming && (
        <div className="feed-actions">
          <FeedLanguageSelect feed={feed} name={name} />
          <FeedIntervalSelect feed={feed} name={name} />
          <FeedWarnings feed={feed} />
          <button type="button" className="quiet unsubscribe" onClick={() => void unsubscribeWithUndo(feed.id)}>
            {t('sources.unsubscribe')}
          </button>
        </div>
      )}
    </li>
  );
}
