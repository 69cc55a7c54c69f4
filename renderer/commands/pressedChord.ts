import { isNonLetterCharacter, type Chord, type Platform } from '../../shared/commands/keyNotation';

/** What the dispatcher reads of a keydown; a KeyboardEvent is one. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const modifierKeys = new Set(['Shift', 'Control', 'Meta', 'Alt', 'AltGraph', 'CapsLock', 'Fn', 'Hyper', 'Super', 'OS']);
// Keys that are half of something: a dead key's accent, an input method's composition.
const unfinishedKeys = new Set(['Dead', 'Process', 'Unidentified']);

/**
 * The chord a keydown is, in the table's notation; null for a press that no binding could name, such as Shift on its
 * own (which must not cancel a sequence in progress) or Ctrl on macOS, where Cmd is the command key.
 */
export function pressedChord(press: KeyPress, platform: Platform): Chord | null {
  if (modifierKeys.has(press.key) || unfinishedKeys.has(press.key)) return null;
  const otherCommandKey = platform === 'mac' ? press.ctrlKey : press.metaKey;
  if (otherCommandKey) return null;
  const key = keyName(press);
  return {
    key,
    cmdOrCtrl: platform === 'mac' ? press.metaKey : press.ctrlKey,
    alt: press.altKey,
    // The layout already spent Shift on typing `?` or `!`: it is part of the character, not a modifier of it.
    shift: isNonLetterCharacter(key) ? false : press.shiftKey,
  };
}

function keyName({ key, code }: KeyPress): string {
  if (key === ' ') return 'Space';
  if ([...key].length !== 1) return key;
  // On a Cyrillic or Greek layout, or with macOS's Option composing `å`, the key's place names the letter, so `j`
  // still moves down wherever the reader's J key is.
  const place = /^Key([A-Z])$/.exec(code)?.[1];
  if (place && !/^[\x20-\x7e]$/.test(key)) return place.toLowerCase();
  return key.toLowerCase();
}
