import type { CommandId } from '../../shared/commands/commandTable';
import { db } from '../db/instance';
import { setRead, setStarred } from '../db/marks';
import type { ArticleRecord } from '../db/records';
import { markAllReadWithUndo, undoLastMark } from '../features/articles/undoMarks';
import { openExternal } from '../features/reader/openExternal';
import { pageDownReader } from '../features/reader/readerScroll';
import { changeReadingFontSize } from '../features/reader/readingFont';
import { focusSearch } from '../features/search/focusSearch';
import { exportSubscriptions } from '../features/opml/exportSubscriptions';
import { startOpmlImport } from '../features/opml/importSubscriptions';
import { useHealthView } from '../features/health/healthViewState';
import { refreshAll } from '../features/sources/refresh';
import { focusNextPane } from '../app/paneFocus';
import { setThemeChoice } from '../app/theme';
import { useUi } from '../state/store';
import { useCheatSheet } from './cheatSheetState';
import { openNeighbour, openUnreadNeighbour } from './listNavigation';

// A handler may return a promise; runCommand reports its failure.
type Handler = () => unknown;

/** What each command of the table does; a command missing here fails to compile. */
export const commandHandlers: Record<CommandId, Handler> = {
  'next-article': () => openNeighbour(1),
  'previous-article': () => openNeighbour(-1),
  'next-unread': () => openUnreadNeighbour(1),
  'previous-unread': () => openUnreadNeighbour(-1),
  'page-down-or-next-unread': () => {
    if (!pageDownReader()) openUnreadNeighbour(1);
  },
  'go-all': () => useUi.getState().selectSource({ kind: 'all' }),
  'go-unread': () => useUi.getState().selectSource({ kind: 'unread' }),
  'go-starred': () => useUi.getState().selectSource({ kind: 'starred' }),
  'next-pane': () => focusNextPane(1, document),
  'previous-pane': () => focusNextPane(-1, document),
  search: () => focusSearch(),
  'toggle-star': () => withOpenArticle((article) => setStarred(db, article.key, article.starred === 0)),
  'toggle-read': () => withOpenArticle((article) => setRead(db, article.key, article.read === 0)),
  'open-original': () => withOpenArticle(async (article) => (article.url ? openExternal(article.url) : undefined)),
  'mark-all-read': () => markAllReadWithUndo(),
  'undo-mark': () => undoLastMark(),
  'add-feed': () => useUi.getState().setAddFeedOpen(true),
  refresh: () => refreshAll(),
  'import-opml': () => startOpmlImport(),
  'export-opml': () => exportSubscriptions(),
  'reading-font-bigger': () => changeReadingFontSize(1),
  'reading-font-smaller': () => changeReadingFontSize(-1),
  'reading-font-reset': () => changeReadingFontSize(0),
  'theme-system': () => setThemeChoice('system'),
  'theme-light': () => setThemeChoice('light'),
  'theme-dark': () => setThemeChoice('dark'),
  'show-shortcuts': () => useCheatSheet.getState().setOpen(true),
  'show-health': () => useHealthView.getState().setOpen(true),
};

/** Runs a command from a key or the desktop menu; a failure is reported, never left as an unhandled rejection. */
export function runCommand(id: CommandId): void {
  const report = (error: unknown) => console.error(`The command "${id}" failed`, error);
  try {
    const result = commandHandlers[id]();
    if (result instanceof Promise) result.catch(report);
  } catch (error) {
    report(error);
  }
}

async function withOpenArticle(action: (article: ArticleRecord) => Promise<unknown>): Promise<void> {
  const key = useUi.getState().articleKey;
  const article = key === null ? undefined : await db.articles.get(key);
  if (article) await action(article);
}
