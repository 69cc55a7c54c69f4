import type { CommandId, CommandSpec, KeyBinding, MenuName } from '../../shared/commands/commandTable';
import { isTypeable, parseKeySequence, toAccelerator, type KeySequence } from '../../shared/commands/keyNotation';

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

type MenuRole = 'appMenu' | 'editMenu' | 'windowMenu' | 'help' | 'quit' | 'close' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen';

export interface MenuShell {
  isMac: boolean;
  /** Present while developing: the View menu then offers the developer tools. */
  toggleDevTools?: () => void;
}

const separator: MenuItemTemplate = { type: 'separator' };

/** The application menu, generated from the command table; choosing a command sends its id to the renderer. */
export function buildMenuTemplate(table: readonly CommandSpec<CommandId>[], send: (command: CommandId) => void, shell: MenuShell): MenuItemTemplate[] {
  const items = (menu: MenuName) => commandItems(table, menu, send);
  const { isMac, toggleDevTools } = shell;
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: '&File', submenu: [...items('file'), separator, isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...items('view'),
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...(toggleDevTools ? [{ label: 'Developer tools', accelerator: 'F12', click: toggleDevTools }] : []),
      ],
    },
    { label: '&Go', submenu: items('go') },
    { label: '&Article', submenu: items('article') },
    { role: 'windowMenu' },
    { label: '&Help', role: 'help', submenu: items('help') },
  ];
}

/** One menu's commands in table order, a separator wherever the section changes. */
function commandItems(table: readonly CommandSpec<CommandId>[], menu: MenuName, send: (command: CommandId) => void): MenuItemTemplate[] {
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
    items.push({ label: command.label, ...keys, click });
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
