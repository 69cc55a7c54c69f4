/**
 * How the command table writes keys, read once for every consumer: the renderer's dispatcher, the cheat sheet and the
 * desktop menu's accelerators.
 *
 * A chord is modifiers and one key joined by `+` (`CmdOrCtrl+Z`, `Shift+A`, `j`, `?`, `Space`, `ArrowDown`); a sequence
 * is chords separated by a space (`g a`). Letters are case-insensitive and Shift is always written out, so `A` alone is
 * the `a` key. Shift is not part of a punctuation key (`?` is whatever the layout types `?` with).
 */

export interface Chord {
  /** A lower-case letter, a digit, a punctuation character, or a named key (`Space`, `Enter`, `ArrowDown`…). */
  key: string;
  /** Cmd on macOS, Ctrl elsewhere. */
  cmdOrCtrl: boolean;
  alt: boolean;
  shift: boolean;
}

export type KeySequence = readonly Chord[];

export type Platform = 'mac' | 'other';

const namedKeys = new Set([
  'Space',
  'Enter',
  'Escape',
  'Tab',
  'Backspace',
  'Delete',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  ...Array.from({ length: 12 }, (_, index) => `F${index + 1}`),
]);

/** Reads one binding as the table writes it; a key the dispatcher could never see is a mistake in the table. */
export function parseKeySequence(text: string): KeySequence {
  const chords = text.trim().split(/\s+/).map(parseChord);
  if (chords.length === 0) throw new Error(`No keys in "${text}"`);
  return chords;
}

function parseChord(text: string): Chord {
  // A trailing "+" is the plus key itself (`CmdOrCtrl++`), not a separator.
  const parts = text.endsWith('++') ? [...text.slice(0, -2).split('+'), '+'] : text.split('+');
  const written = parts.pop();
  if (!written) throw new Error(`No key in "${text}"`);
  const chord = keyChord(written);
  for (const modifier of parts) {
    if (modifier === 'CmdOrCtrl') chord.cmdOrCtrl = true;
    else if (modifier === 'Alt') chord.alt = true;
    else if (modifier === 'Shift') chord.shift = true;
    else throw new Error(`Unknown modifier "${modifier}" in "${text}"`);
  }
  if (chord.shift && isNonLetterCharacter(chord.key)) throw new Error(`Write the character Shift types, not Shift, in "${text}"`);
  return chord;
}

function keyChord(written: string): Chord {
  const plain = { cmdOrCtrl: false, alt: false, shift: false };
  if (namedKeys.has(written)) return { key: written, ...plain };
  if ([...written].length === 1) return { key: written.toLowerCase(), ...plain };
  throw new Error(`Unknown key "${written}"`);
}

/** One printable character other than a letter (a digit, punctuation): the layout decides which Shift state types it. */
export function isNonLetterCharacter(key: string): boolean {
  return [...key].length === 1 && key.toLowerCase() === key.toUpperCase() && key !== ' ';
}

export function sameChord(a: Chord, b: Chord): boolean {
  return a.key === b.key && a.cmdOrCtrl === b.cmdOrCtrl && a.alt === b.alt && a.shift === b.shift;
}

/**
 * A chord that types a character or activates a control when focus is on one: it has no Cmd/Ctrl or Alt, and is not a
 * function key (F6 moves between panes from a field as from anywhere).
 */
export function isTypeable(chord: Chord): boolean {
  return !chord.cmdOrCtrl && !chord.alt && !/^F\d{1,2}$/.test(chord.key);
}

const acceleratorKeys: Record<string, string> = {
  Space: 'Space',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  '+': 'Plus',
};

/** Electron's accelerator for a chord; a sequence has none, since a menu accelerator is one chord. */
export function toAccelerator(sequence: KeySequence): string | undefined {
  const [chord, ...rest] = sequence;
  if (!chord || rest.length > 0) return undefined;
  const key = acceleratorKeys[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return [...modifierNames(chord, ['CmdOrCtrl', 'Alt', 'Shift']), key].join('+');
}

const shownKeys: Record<string, string> = { Space: 'Space', ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };

/**
 * Each chord of a sequence as the reader presses it: `⌘Z` on macOS and `Ctrl+Z` elsewhere, a plain letter in lower
 * case (what the key types), a shifted one in upper case.
 */
export function describeKeySequence(sequence: KeySequence, platform: Platform): string[] {
  return sequence.map((chord) => {
    const key = shownKeys[chord.key] ?? (chord.key.length === 1 && (chord.shift || !isTypeable(chord)) ? chord.key.toUpperCase() : chord.key);
    return platform === 'mac'
      ? [...modifierNames(chord, ['⌘', '⌥', '⇧']), key].join('')
      : [...modifierNames(chord, ['Ctrl', 'Alt', 'Shift']), key].join('+');
  });
}

function modifierNames(chord: Chord, [cmdOrCtrl, alt, shift]: readonly [string, string, string]): string[] {
  return [chord.cmdOrCtrl ? cmdOrCtrl : '', chord.alt ? alt : '', chord.shift ? shift : ''].filter(Boolean);
}
