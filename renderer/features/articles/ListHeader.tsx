import { CheckCheck } from 'lucide-react';
import { useId } from 'react';
import { useCounts, useToday } from '../../app/CountsContext';
import { useCoalescedLiveQuery } from '../../app/useCoalescedLiveQuery';
import type { CountSummary, Tally } from '../../db/counts';
import { sumFeeds } from '../../db/counts';
import { feedName } from '../../db/feeds';
import { feedsInFolder } from '../../db/folders';
import { db } from '../../db/instance';
import { withShortcut } from '../../commands/shortcutHint';
import { i18n, useTranslation } from '../../i18n';
import type { ListFilter, ListQuery, ListSort, SourceId } from '../../db/paging';
import type { FeedRecord } from '../../db/records';
import { ownLanguageName } from '../language/languageNames';
import { markAllReadWithUndo } from './undoMarks';
import { useViewOptions } from './viewOptions';

/** The list's name and tally, its filter and order, and "Mark all as read". */
export function ListHeader({ query, feeds }: { query: ListQuery; feeds: ReadonlyMap<string, FeedRecord> }) {
  const { source, filter } = query;
  const counts = useCounts();
  const today = useToday();
  // A folder's name, and its feeds at any depth, whose counts are its tally.
  const folder = useCoalescedLiveQuery(
    async () =>
      source.kind === 'folder' ? { name: (await db.folders.get(source.folderId))?.name ?? null, feedIds: await feedsInFolder(db, source.folderId) } : null,
    [source.kind === 'folder' ? source.folderId : null],
    null as FolderShown | null,
  );
  const folderName = folder?.name ?? null;
  const tally = tallyOf(source, counts, today, folder?.feedIds ?? []);
  const { t } = useTranslation();
  return (
    <>
      <header className="pane-header list-header">
        <span className="pane-title">
          <strong>{sourceTitle(source, feeds, folderName)}</strong>
          {tally ? ` · ${tallyText(source, filter, tally)}` : ''}
        </span>
        {(tally ? tally.unread > 0 : true) && (
          <button type="button" className="quiet mark-all" title={withShortcut(t('list.markAllRead'), 'mark-all-read')} onClick={() => void markAllReadWithUndo()}>
            <CheckCheck size={15} aria-hidden="true" />
            <span className="mark-all-label">{t('list.markAllRead')}</span>
          </button>
        )}
      </header>
      <ViewControls query={query} />
    </>
  );
}

const filterChoices = [
  { value: 'all', label: 'list.filterAll' },
  { value: 'unread', label: 'list.filterUnread' },
  { value: 'starred', label: 'list.filterStarred' },
] as const satisfies ReadonlyArray<{ value: ListFilter; label: string }>;

/** Which articles and in which order, remembered for each source. */
function ViewControls({ query }: { query: ListQuery }) {
  const change = useViewOptions((state) => state.change);
  const name = useId();
  const { source, filter, sort } = query;
  const { t } = useTranslation();
  return (
    <div className="list-toolbar">
      <fieldset className="list-filter">
        <legend className="visually-hidden">{t('list.show')}</legend>
        {filterChoices.map((choice) => (
          <label key={choice.value}>
            <input type="radio" name={name} value={choice.value} checked={filter === choice.value} onChange={() => change(source, { filter: choice.value })} />
            {t(choice.label)}
          </label>
        ))}
      </fieldset>
      {source.kind !== 'search' && (
        <select className="list-sort" aria-label={t('list.order')} value={sort} onChange={(event) => change(source, { sort: event.target.value === 'oldest' ? 'oldest' : 'newest' })}>
          <option value={'newest' satisfies ListSort}>{t('list.newestFirst')}</option>
          <option value={'oldest' satisfies ListSort}>{t('list.oldestFirst')}</option>
        </select>
      )}
    </div>
  );
}

/** How many articles the source holds, unread and starred, from the stored counts; null where none is kept (a search). */
interface FolderShown {
  name: string | null;
  feedIds: string[];
}

function tallyOf(source: SourceId, counts: CountSummary, today: Tally, folderFeeds: readonly string[]): Tally | null {
  switch (source.kind) {
    case 'all':
    case 'unread':
    case 'starred':
      return counts;
    case 'today':
      return today;
    case 'feed':
      return counts.byFeed.get(source.feedId) ?? { total: 0, unread: 0, starred: 0 };
    case 'folder':
      return sumFeeds(counts, folderFeeds);
    case 'language':
      return counts.byLanguage.get(source.language) ?? { total: 0, unread: 0, starred: 0 };
    case 'search':
      return null;
  }
}

/** What the header counts: the articles the list can show with its filter, in the interface language's digits. */
function tallyText(source: SourceId, filter: ListFilter, tally: Tally): string {
  if (source.kind === 'unread' || filter === 'unread') return i18n.t('list.tallyUnread', { count: tally.unread });
  if (source.kind === 'starred' || filter === 'starred') return i18n.t('list.tallyStarred', { count: tally.starred });
  return i18n.t('list.tallyArticles', { count: tally.total });
}

export function sourceTitle(source: SourceId, feeds: ReadonlyMap<string, FeedRecord>, folderName: string | null = null): string {
  switch (source.kind) {
    case 'all':
      return i18n.t('views.all');
    case 'unread':
      return i18n.t('views.unread');
    case 'starred':
      return i18n.t('views.starred');
    case 'today':
      return i18n.t('views.today');
    case 'feed': {
      const feed = feeds.get(source.feedId);
      return feed ? feedName(feed) : '';
    }
    case 'folder':
      return folderName ?? i18n.t('views.folder');
    case 'language':
      return ownLanguageName(source.language);
    case 'search':
      return i18n.t('views.search', { query: source.query });
  }
}
