import { commands, type CommandId, type CommandSpec, type KeyBinding, type MenuName } from '../../shared/commands/commandTable';
import { isTypeable, parseKeySequence, toAccelerator, type KeySequence } from '../../shared/commands/keyNotation';
import type { MenuWords, StandardMenuWord } from '../../shared/commands/menuWords';

/**
 * The part of Electron's MenuItemConstructorOptions the application menu uses, written out here so that the template
 * is built and tested without Electron; menu.ts hands it to Menu.buildFromTemplate, which checks it against the real type.
 */
export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  registerAccelerator?: boolean;
  click?: (item: unknown, window: unknown, event?: { triggeredByAccelerator?: boolean }) => void;
  submenu?: MenuItemTemplate[];
}

type MenuRole =
  | ('appMenu' | 'editMenu' | 'windowMenu' | 'help' | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'close')
  | ('undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'delete' | 'selectAll' | 'startSpeaking' | 'stopSpeaking')
  | ('resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'minimize' | 'zoom' | 'front');

export interface TrayActions {
  show: () => void;
  refresh: () => void;
  quit: () => void;
  /** Pausing and resuming checking, where the shell offers it; `label` is the item's words for the state it is in. */
  checking?: { paused: () => boolean; toggle: () => void; label: (paused: boolean) => string };
}

export interface MenuShell {
  isMac: boolean;
  /** Present while developing: the View menu then offers the developer tools. */
  toggleDevTools?: () => void;
  /** The Help menu's own items, done by the shell: showing the log file's folder, and reporting a problem. */
  openLogFolder?: () => void;
  reportProblem?: () => void;
  /** Present where the app updates itself (an installed release that is not a deb). */
  checkForUpdates?: () => void;
}

const separator: MenuItemTemplate = { type: 'separator' };

/** What the menu reads until the window sends its words; Electron names the items that have a role itself. */
const englishMenus: Record<MenuName, string> = { file: '&File', view: '&View', go: '&Go', article: '&Article', help: '&Help' };
const englishItems = {
  developerTools: 'Developer tools',
  speech: 'Speech',
  showTidings: 'Show Tidings',
  quit: 'Quit',
  openLogFolder: 'Open log folder',
  reportProblem: 'Report a problem…',
  checkForUpdates: 'Check for updates…',
} as const satisfies Partial<
  Record<StandardMenuWord, string>
>;

/**
 * Labels for the shell's items. Electron names a role's item in English whatever the interface language, so an item
 * with a role gets its label from the words; without words it keeps Electron's own.
 */
function wording(words: MenuWords | undefined) {
  return {
    menu: (name: MenuName) => words?.menus[name] ?? englishMenus[name],
    command: (command: CommandSpec<CommandId>) => words?.commands[command.id] ?? command.label,
    item: (word: keyof typeof englishItems) => words?.standard[word] ?? englishItems[word],
    role: (role: MenuRole, word: StandardMenuWord): MenuItemTemplate => (words ? { role, label: words.standard[word] } : { role }),
  };
}

type Wording = ReturnType<typeof wording>;

/**
 * The application menu, generated from the command table; choosing a command sends its id to the renderer. `words`
 * are the interface language's, once the window has sent them.
 */
export function buildMenuTemplate(
  table: readonly CommandSpec<CommandId>[],
  send: (command: CommandId) => void,
  shell: MenuShell,
  words?: MenuWords,
): MenuItemTemplate[] {
  const say = wording(words);
  const items = (menu: MenuName) => commandItems(table, menu, send, say);
  const { isMac, toggleDevTools } = shell;
  return [
    ...(isMac ? [{ role: 'appMenu' as const, submenu: appItems(say) }] : []),
    { label: say.menu('file'), submenu: [...items('file'), separator, isMac ? say.role('close', 'closeWindow') : say.role('quit', 'quit')] },
    { ...say.role('editMenu', 'edit'), submenu: editItems(say, isMac) },
    {
      label: say.menu('view'),
      submenu: [
        ...items('view'),
        separator,
        say.role('resetZoom', 'actualSize'),
        say.role('zoomIn', 'zoomIn'),
        say.role('zoomOut', 'zoomOut'),
        separator,
        say.role('togglefullscreen', 'toggleFullScreen'),
        ...(toggleDevTools ? [{ label: say.item('developerTools'), accelerator: 'F12', click: toggleDevTools }] : []),
      ],
    },
    { label: say.menu('go'), submenu: items('go') },
    { label: say.menu('article'), submenu: items('article') },
    { ...say.role('windowMenu', 'window'), submenu: windowItems(say, isMac) },
    { label: say.menu('help'), role: 'help', submenu: helpItems(items('help'), say, shell) },
  ];
}

/** The tray icon's menu: the few things worth doing without the window. */
export function buildTrayTemplate(actions: TrayActions, words?: MenuWords): MenuItemTemplate[] {
  const say = wording(words);
  const refresh = commands.find((command) => command.id === 'refresh');
  return [
    { label: say.item('showTidings'), click: actions.show },
    ...(refresh ? [{ label: say.command(refresh), click: actions.refresh }] : []),
    ...(actions.checking ? [{ label: actions.checking.label(actions.checking.paused()), click: actions.checking.toggle }] : []),
    separator,
    { label: say.item('quit'), click: actions.quit },
  ];
}

// The role menus' submenus are written out, as Electron builds them, only so that each item can be given its label.
function appItems(say: Wording): MenuItemTemplate[] {
  const hiding = [say.role('hide', 'hide'), say.role('hideOthers', 'hideOthers'), say.role('unhide', 'showAll')];
  return [say.role('about', 'about'), separator, say.role('services', 'services'), separator, ...hiding, separator, say.role('quit', 'quit')];
}

/** macOS adds Paste and Match Style and, for reading articles aloud, Speech. */
function editItems(say: Wording, isMac: boolean): MenuItemTemplate[] {
  const history = [say.role('undo', 'undo'), say.role('redo', 'redo'), separator];
  const matchStyle = isMac ? [say.role('pasteAndMatchStyle', 'pasteAndMatchStyle')] : [];
  const clipboard = [say.role('cut', 'cut'), say.role('copy', 'copy'), say.role('paste', 'paste'), ...matchStyle, say.role('delete', 'delete')];
  const selectAll = say.role('selectAll', 'selectAll');
  if (!isMac) return [...history, ...clipboard, separator, selectAll];
  const speech = { label: say.item('speech'), submenu: [say.role('startSpeaking', 'startSpeaking'), say.role('stopSpeaking', 'stopSpeaking')] };
  return [...history, ...clipboard, selectAll, separator, speech];
}

/** The help commands, then the shell's items; About is in the app menu on macOS, at the foot of Help elsewhere. */
function helpItems(commandsOfHelp: MenuItemTemplate[], say: Wording, shell: MenuShell): MenuItemTemplate[] {
  const { openLogFolder, reportProblem, checkForUpdates } = shell;
  const support = [
    ...(checkForUpdates ? [{ label: say.item('checkForUpdates'), click: checkForUpdates }] : []),
    ...(openLogFolder ? [{ label: say.item('openLogFolder'), click: openLogFolder }] : []),
    ...(reportProblem ? [{ label: say.item('reportProblem'), click: reportProblem }] : []),
  ];
  const about = shell.isMac ? [] : [say.role('about', 'about')];
  return [commandsOfHelp, support, about].filter((group) => group.length > 0).flatMap((group, index) => (index === 0 ? group : [separator, ...group]));
}

function windowItems(say: Wording, isMac: boolean): MenuItemTemplate[] {
  if (!isMac) return [say.role('minimize', 'minimize'), say.role('close', 'closeWindow')];
  return [say.role('minimize', 'minimize'), say.role('zoom', 'zoom'), separator, say.role('front', 'bringAllToFront')];
}

/** One menu's commands in table order, a separator wherever the section changes. */
function commandItems(table: readonly CommandSpec<CommandId>[], menu: MenuName, send: (command: CommandId) => void, say: Wording): MenuItemTemplate[] {
  const items: MenuItemTemplate[] = [];
  let section: string | undefined;
  for (const command of table) {
    if (command.menu?.in !== menu) continue;
    if (section !== undefined && command.menu.section !== section) items.push(separator);
    section = command.menu.section;
    const keys = acceleratorOf(command);
    // macOS ignores registerAccelerator: a key the page left alone (a letter typed in a field) still reaches the
    // menu there. The page has already dispatched that key itself if it applied, so such a trigger is dropped.
    const displayOnly = keys.registerAccelerator === false;
    const click: MenuItemTemplate['click'] = (_item, _window, event) => {
      if (!(displayOnly && event?.triggeredByAccelerator)) send(command.id);
    };
    items.push({ label: say.command(command), ...keys, click });
  }
  return items;
}

/**
 * The key a menu item shows: a Cmd/Ctrl chord if the command has one, else its first unconditional single key.
 * Electron registers an accelerator for the whole window, blind to focus; so a key that types, or one that applies only
 * with some focus, is shown but left to the renderer's dispatcher, which knows where focus is.
 */
function acceleratorOf(command: CommandSpec): Pick<MenuItemTemplate, 'accelerator' | 'registerAccelerator'> {
  const shown = command.bindings
    .map((binding) => ({ binding, sequence: parseKeySequence(binding.keys) }))
    .filter(({ sequence }) => sequence.length === 1)
    .sort((a, b) => rank(a) - rank(b))[0];
  const chord = shown?.sequence[0];
  if (!shown || !chord) return {};
  const accelerator = toAccelerator(shown.sequence);
  if (!accelerator) return {};
  const global = !isTypeable(chord) && (shown.binding.when ?? []).length === 0;
  return global ? { accelerator } : { accelerator, registerAccelerator: false };
}

/** Cmd/Ctrl chords first, since the menu can register them; among equals, a key that always applies. */
function rank({ binding, sequence }: { binding: KeyBinding; sequence: KeySequence }): number {
  const chord = sequence[0];
  const conditional = (binding.when ?? []).length > 0 ? 1 : 0;
  return (chord && !isTypeable(chord) ? 0 : 2) + conditional;
}
