/**
 * The words of the desktop shell's menus, in the interface language. The window sends them (its locales are the
 * renderer's), the main process builds the application menu and the tray's menu from them. Until they arrive the menus
 * read the command table's English labels.
 */
import { commandIds, type CommandId, type MenuName } from './commandTable';

export const menuNames = ['file', 'view', 'go', 'article', 'help'] as const satisfies readonly MenuName[];

/** The shell's own items, which are not commands: the Edit and Window menus, zoom, the macOS app menu, the tray. */
export const standardMenuWords = [
  'edit',
  'window',
  'about',
  'services',
  'hide',
  'hideOthers',
  'showAll',
  'quit',
  'closeWindow',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'pasteAndMatchStyle',
  'delete',
  'selectAll',
  'speech',
  'startSpeaking',
  'stopSpeaking',
  'actualSize',
  'zoomIn',
  'zoomOut',
  'toggleFullScreen',
  'developerTools',
  'minimize',
  'zoom',
  'bringAllToFront',
  'showTidings',
  'openLogFolder',
  'reportProblem',
  'checkForUpdates',
] as const;

export type StandardMenuWord = (typeof standardMenuWords)[number];

export interface MenuWords {
  commands: Record<CommandId, string>;
  /** Names in the menu bar; `&` marks the letter that opens a menu with Alt on Windows and Linux. */
  menus: Record<MenuName, string>;
  standard: Record<StandardMenuWord, string>;
}

// Compile-time check that the list above names every menu of the command table.
const everyMenuListed: Exclude<MenuName, (typeof menuNames)[number]> extends never ? true : never = true;
void everyMenuListed;

/** Long enough for any label; a longer one is not a menu word. */
const longestWord = 200;

/**
 * The words as sent, or null unless every one is there and is a short, non-empty string: they arrive as plain data,
 * and a menu is better left in English than given a blank or a missing item.
 */
export function readMenuWords(value: unknown): MenuWords | null {
  if (!isRecord(value)) return null;
  const commands = wordsFor(value.commands, commandIds);
  const menus = wordsFor(value.menus, menuNames);
  const standard = wordsFor(value.standard, standardMenuWords);
  return commands && menus && standard ? { commands, menus, standard } : null;
}

function wordsFor<Key extends string>(value: unknown, keys: readonly Key[]): Record<Key, string> | null {
  if (!isRecord(value)) return null;
  const words: Partial<Record<Key, string>> = {};
  for (const key of keys) {
    const word = Object.hasOwn(value, key) ? value[key] : undefined;
    if (typeof word !== 'string' || word.trim() === '' || word.length > longestWord) return null;
    words[key] = word;
  }
  return words as Record<Key, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
