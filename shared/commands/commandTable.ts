/**
 * Every command a reader can give, declared once: its label, default keys and place in the desktop menu. The renderer
 * registers what each one does (renderer/commands/commandHandlers.ts) and dispatches keys by this table; the cheat
 * sheet is generated from it; electron/main builds the application menu from it. Pure data, so both sides import it.
 * Keys are written as shared/commands/keyNotation.ts reads them.
 */

/**
 * Conditions a key binding needs beyond the one every binding has: a key that types (no Cmd/Ctrl or Alt) never fires
 * while focus is in a text field, a select or editable content.
 */
export type KeyCondition =
  /** Focus is in the article list: arrow keys there move through it, elsewhere they scroll as usual. */
  | 'listFocused'
  /** Focus is not in a text field even for a chord with Cmd/Ctrl, which the field would otherwise use (undo). */
  | 'notTyping'
  /** Focus is not on a button, link or similar control, which Enter and Space activate. */
  | 'notOnControl';

export interface KeyBinding {
  keys: string;
  when?: readonly KeyCondition[];
}

export type MenuName = 'file' | 'view' | 'go' | 'article' | 'help';

export type CheatSheetGroup = 'Moving through articles' | 'Going to' | 'The open article' | 'Tidings';

export interface CommandSpec<Id extends string = string> {
  id: Id;
  /** English, read by the desktop menu until the window sends it the interface language's (`commands.<id>`). */
  label: string;
  group: CheatSheetGroup;
  /** Default keys. The menu shows one: a Cmd/Ctrl chord if there is one, else the first that always applies. */
  bindings: readonly KeyBinding[];
  /** Commands of one menu keep the table's order; a change of section draws a separator. */
  menu?: { in: MenuName; section: string };
}

const unlessOnControl = ['notOnControl'] as const;
const moving = 'Moving through articles';
const goingTo = 'Going to';
const theOpenArticle = 'The open article';
const app = 'Tidings';

export const commandTable = [
  {
    id: 'next-article', label: 'Next article', group: moving,
    bindings: [{ keys: 'j' }, { keys: 'ArrowDown', when: ['listFocused'] }],
    menu: { in: 'go', section: 'article' },
  },
  {
    id: 'previous-article', label: 'Previous article', group: moving,
    bindings: [{ keys: 'k' }, { keys: 'ArrowUp', when: ['listFocused'] }],
    menu: { in: 'go', section: 'article' },
  },
  { id: 'next-unread', label: 'Next unread', group: moving, bindings: [{ keys: 'n' }], menu: { in: 'go', section: 'unread' } },
  { id: 'previous-unread', label: 'Previous unread', group: moving, bindings: [{ keys: 'p' }], menu: { in: 'go', section: 'unread' } },
  {
    id: 'page-down-or-next-unread', label: 'Page down, then next unread', group: moving,
    bindings: [{ keys: 'Space', when: unlessOnControl }],
    menu: { in: 'go', section: 'unread' },
  },
  { id: 'go-all', label: 'All articles', group: goingTo, bindings: [{ keys: 'g a' }], menu: { in: 'go', section: 'views' } },
  { id: 'go-unread', label: 'Unread', group: goingTo, bindings: [{ keys: 'g u' }], menu: { in: 'go', section: 'views' } },
  { id: 'go-starred', label: 'Starred', group: goingTo, bindings: [{ keys: 'g s' }], menu: { in: 'go', section: 'views' } },
  // In the View menu, where the panes are, so that F6 can be found without the shortcut sheet.
  { id: 'next-pane', label: 'Next pane', group: goingTo, bindings: [{ keys: 'F6' }], menu: { in: 'view', section: 'panes' } },
  { id: 'previous-pane', label: 'Previous pane', group: goingTo, bindings: [{ keys: 'Shift+F6' }], menu: { in: 'view', section: 'panes' } },
  { id: 'search', label: 'Search', group: goingTo, bindings: [{ keys: '/' }, { keys: 'CmdOrCtrl+F' }], menu: { in: 'go', section: 'search' } },
  { id: 'toggle-star', label: 'Star or unstar', group: theOpenArticle, bindings: [{ keys: 's' }], menu: { in: 'article', section: 'marks' } },
  { id: 'toggle-read', label: 'Mark read or unread', group: theOpenArticle, bindings: [{ keys: 'm' }], menu: { in: 'article', section: 'marks' } },
  {
    id: 'open-original', label: 'Open original', group: theOpenArticle,
    bindings: [{ keys: 'o' }, { keys: 'Enter', when: unlessOnControl }],
    menu: { in: 'article', section: 'open' },
  },
  { id: 'mark-all-read', label: 'Mark all as read', group: theOpenArticle, bindings: [{ keys: 'Shift+A' }], menu: { in: 'article', section: 'all' } },
  {
    // In a text field Cmd/Ctrl+Z undoes typing, so there it stays the field's.
    id: 'undo-mark', label: 'Undo mark all as read', group: theOpenArticle,
    bindings: [{ keys: 'CmdOrCtrl+Z', when: ['notTyping'] }],
    menu: { in: 'article', section: 'all' },
  },
  { id: 'add-feed', label: 'Add feed…', group: app, bindings: [{ keys: 'CmdOrCtrl+N' }], menu: { in: 'file', section: 'feeds' } },
  { id: 'refresh', label: 'Refresh all', group: app, bindings: [{ keys: 'r' }, { keys: 'CmdOrCtrl+R' }], menu: { in: 'file', section: 'feeds' } },
  // No keys: moving a whole list of subscriptions is rare, and the File menu is where readers look for it.
  { id: 'import-opml', label: 'Import subscriptions…', group: app, bindings: [], menu: { in: 'file', section: 'subscriptions' } },
  { id: 'export-opml', label: 'Export subscriptions…', group: app, bindings: [], menu: { in: 'file', section: 'subscriptions' } },
  // A key as well as the menu: a browser window has no menu, and the view is a place to go, like the views above.
  { id: 'show-health', label: 'Feed health…', group: goingTo, bindings: [{ keys: 'g h' }], menu: { in: 'view', section: 'feeds' } },
  // No keys: Cmd/Ctrl with plus, minus and zero stay the window's zoom.
  { id: 'reading-font-bigger', label: 'Bigger reading text', group: app, bindings: [], menu: { in: 'view', section: 'reading' } },
  { id: 'reading-font-smaller', label: 'Smaller reading text', group: app, bindings: [], menu: { in: 'view', section: 'reading' } },
  { id: 'reading-font-reset', label: 'Default reading text size', group: app, bindings: [], menu: { in: 'view', section: 'reading' } },
  // No keys: a theme is chosen once in a while, as in the preferences' Appearance.
  { id: 'theme-system', label: 'System theme', group: app, bindings: [], menu: { in: 'view', section: 'theme' } },
  { id: 'theme-light', label: 'Light theme', group: app, bindings: [], menu: { in: 'view', section: 'theme' } },
  { id: 'theme-dark', label: 'Dark theme', group: app, bindings: [], menu: { in: 'view', section: 'theme' } },
  { id: 'show-shortcuts', label: 'Keyboard shortcuts', group: app, bindings: [{ keys: '?' }], menu: { in: 'help', section: 'help' } },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof commandTable)[number]['id'];

/** The table, typed for code that walks every command alike. */
export const commands: readonly CommandSpec<CommandId>[] = commandTable;

export const commandIds: readonly CommandId[] = commands.map((command) => command.id);

/** Command ids arrive over IPC and HTTP as plain strings; this keeps an unknown one from reaching a handler. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (commandIds as readonly string[]).includes(value);
}
