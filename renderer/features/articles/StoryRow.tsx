import { isMenuKey, placeUnder, type MenuPlace } from '../../app/ContextMenu';
import { Star } from 'lucide-react';
import { memo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { textDirection } from '../../../shared/lang/direction';
import { db } from '../../db/instance';
import { setStarred } from '../../db/marks';
import type { ArticleRecord } from '../../db/records';
import { FeedIcon } from '../sources/FeedIcon';
import type { Story } from '../stories/groupStories';
import { openArticle } from '../stories/openArticle';
import { StoryLanguageTags } from '../stories/StoryLanguageTags';
import { localImageAddress } from '../../security/localImages';
import { RelativeTime } from './RelativeTime';
import type { RowWords } from './rowWords';

/** What a row shows of its feed. */
export interface RowFeed {
  name: string;
  /** The feed's stored icon (a `data:` address), when one was found. */
  icon: string | null;
  /** Whether the feed's pictures are kept for reading offline; absent, they are. */
  keepImages?: boolean;
}

/** Where a row's menu opens: at the pointer, or under the row when asked for from the keyboard. */
export type { MenuPlace };

export interface StoryRowProps {
  story: Story;
  /** Position in the list, for the virtualiser's measuring and for screen readers ("row 12 of 1,500"). */
  index: number;
  selected: boolean;
  /** Only the selected row gets the key, so that opening an article re-draws two rows, not the list. */
  selectedKey: string | null;
  feed: RowFeed;
  /** The one row the Tab key stops at. */
  tabbable: boolean;
  measure: (element: HTMLLIElement | null) => void;
  /** The list's words, read once for every row. */
  words: RowWords;
  onMenu: (article: ArticleRecord, place: MenuPlace) => void;
}

/** Every re-read of the list builds new story objects: a row is re-drawn only when what it shows changed. */
export const StoryRow = memo(
  StoryRowOf,
  (before, after) =>
    before.index === after.index &&
    before.selected === after.selected &&
    before.selectedKey === after.selectedKey &&
    before.tabbable === after.tabbable &&
    before.feed.name === after.feed.name &&
    before.feed.icon === after.feed.icon &&
    before.feed.keepImages === after.feed.keepImages &&
    before.measure === after.measure &&
    before.onMenu === after.onMenu &&
    before.words === after.words &&
    before.story.shown.key === after.story.shown.key &&
    sameVersions(before.story.versions, after.story.versions),
);

function sameVersions(a: readonly ArticleRecord[], b: readonly ArticleRecord[]): boolean {
  return (
    a.length === b.length &&
    a.every((version, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        version.key === other.key &&
        version.read === other.read &&
        version.starred === other.starred &&
        version.language === other.language &&
        version.translationFrom === other.translationFrom &&
        version.title === other.title &&
        version.excerpt === other.excerpt &&
        version.imageUrl === other.imageUrl &&
        version.sortTime === other.sortTime
      );
    })
  );
}

function StoryRowOf({ story, index, selected, selectedKey, feed, tabbable, measure, onMenu, words }: StoryRowProps) {
  const { shown } = story;
  // Known languages set the direction; text of unknown language is left to the browser, from its first letters.
  const direction = shown.language ? textDirection(shown.language) : 'auto';
  const lang = shown.language ?? undefined;
  const openMenu = (event: MouseEvent<HTMLLIElement>) => {
    event.preventDefault();
    // The menu key raises this event too, with no pointer to open at.
    onMenu(shown, event.button === 2 ? { x: event.clientX, y: event.clientY } : placeUnder(event.currentTarget));
  };
  const openMenuFromKeys = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (!isMenuKey(event)) return;
    event.preventDefault();
    onMenu(shown, placeUnder(event.currentTarget));
  };
  return (
    <li
      ref={measure}
      data-index={index}
      data-key={shown.key}
      data-story-versions={story.versions.length}
      role="row"
      aria-selected={selected}
      aria-rowindex={index + 1}
      tabIndex={tabbable ? 0 : -1}
      className={`article-row${shown.read ? '' : ' unread'}${shown.starred ? ' starred' : ''}${selected ? ' selected' : ''}${shown.imageUrl ? ' with-thumb' : ''}`}
      onClick={() => openArticle(shown)}
      onContextMenu={openMenu}
      onKeyDown={openMenuFromKeys}
    >
      {/* One cell holds the whole row: a grid's cells may hold buttons, an option may not. */}
      <div role="gridcell" className="row-cell">
        {shown.read === 0 && <span className="unread-dot" role="img" aria-label={words.unread} />}
        <div className="row-meta">
          <FeedIcon feed={feed} size={16} />
          <span className="row-feed">{feed.name}</span>
          <StoryLanguageTags story={story} selectedKey={selectedKey} words={words} />
          <RelativeTime time={shown.sortTime} />
          <StarButton article={shown} words={words} />
        </div>
        <div className="row-title" dir={direction} lang={lang}>
          {shown.title}
        </div>
        {shown.excerpt && (
          <div className="row-excerpt" dir={direction} lang={lang}>
            {shown.excerpt}
          </div>
        )}
        {shown.imageUrl && <Thumbnail url={shown.imageUrl} keep={feed.keepImages !== false} />}
      </div>
    </li>
  );
}

/**
 * The article's picture, through the app's route as the reading pane's are (kept, so it shows offline too); a picture
 * that fails to load leaves no broken-image mark.
 */
function Thumbnail({ url, keep }: { url: string; keep: boolean }) {
  const [broken, setBroken] = useState<string | null>(null);
  const local = localImageAddress(url, { keep });
  if (broken === url || !local) return null;
  return <img className="row-thumb" src={local} alt="" loading="lazy" decoding="async" width={64} height={64} onError={() => setBroken(url)} />;
}

/**
 * Stars or unstars without opening the article. Out of the Tab order, as a row holds one per article: from the
 * keyboard, the row's menu (or the star command) does the same.
 */
function StarButton({ article, words }: { article: ArticleRecord; words: RowWords }) {
  const starred = article.starred === 1;
  const label = starred ? words.unstar : words.star;
  return (
    <button
      type="button"
      className="icon row-star"
      tabIndex={-1}
      aria-pressed={starred}
      aria-label={label}
      title={label}
      onClick={(event) => {
        event.stopPropagation(); // the row would open the article
        setStarred(db, article.key, !starred).catch((error: unknown) => console.error('Could not star the article', error));
      }}
    >
      <Star size={14} aria-hidden="true" fill={starred ? 'currentColor' : 'none'} />
    </button>
  );
}
