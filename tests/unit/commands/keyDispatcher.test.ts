import { describe, expect, it } from 'vitest';
import { commands } from '../../../shared/commands/commandTable';
import { parseKeySequence, type Chord, type Platform } from '../../../shared/commands/keyNotation';
import { compileBindings, createKeyDispatcher, type FocusContext } from '../../../renderer/commands/keyDispatcher';
import { pressedChord, type KeyPress } from '../../../renderer/commands/pressedChord';

const nowhere: FocusContext = { typing: false, onControl: false, listFocused: false, inModalOrMenu: false };
const typing: FocusContext = { ...nowhere, typing: true };

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '';
  return { key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers };
}

function chord(text: string): Chord {
  const [first] = parseKeySequence(text);
  if (!first) throw new Error(text);
  return first;
}

/** A dispatcher over the real table with a clock the test moves. */
function dispatcher() {
  let time = 0;
  const dispatch = createKeyDispatcher({ bindings: compileBindings(commands), sequenceTimeoutMs: 1000, now: () => time });
  return {
    press: (key: KeyPress, platform: Platform = 'other', context: FocusContext = nowhere) => {
      const pressed = pressedChord(key, platform);
      return pressed ? dispatch(pressed, context) : null;
    },
    wait: (ms: number) => {
      time += ms;
    },
  };
}

describe('reading a keydown', () => {
  it('names letters in lower case, with Shift apart', () => {
    expect(pressedChord(press('j'), 'other')).toEqual(chord('j'));
    expect(pressedChord(press('A', { shiftKey: true }), 'other')).toEqual(chord('Shift+A'));
    // Caps Lock types an upper-case letter without Shift: still the plain key.
    expect(pressedChord(press('J'), 'other')).toEqual(chord('j'));
  });

  it('takes Shift as part of a punctuation character', () => {
    expect(pressedChord(press('?', { shiftKey: true, code: 'Slash' }), 'other')).toEqual(chord('?'));
    expect(pressedChord(press('/', { code: 'Slash' }), 'other')).toEqual(chord('/'));
  });

  it('reads Cmd on macOS and Ctrl elsewhere as the command key', () => {
    expect(pressedChord(press('z', { metaKey: true }), 'mac')).toEqual(chord('CmdOrCtrl+Z'));
    expect(pressedChord(press('z', { ctrlKey: true }), 'other')).toEqual(chord('CmdOrCtrl+Z'));
    // The other platform's command key is no command key: Ctrl+Z on macOS, the Windows key elsewhere.
    expect(pressedChord(press('z', { ctrlKey: true }), 'mac')).toBeNull();
    expect(pressedChord(press('z', { metaKey: true }), 'other')).toBeNull();
  });

  it('names a letter by its place on layouts that type other scripts', () => {
    expect(pressedChord(press('о', { code: 'KeyJ' }), 'other')).toEqual(chord('j'));
    expect(pressedChord(press('å', { code: 'KeyA', altKey: true }), 'mac')).toEqual(chord('Alt+A'));
  });

  it('ignores modifiers pressed alone and keys still composing', () => {
    expect(pressedChord(press('Shift', { shiftKey: true }), 'other')).toBeNull();
    expect(pressedChord(press('Dead'), 'other')).toBeNull();
    expect(pressedChord(press(' '), 'other')).toEqual(chord('Space'));
  });
});

describe('dispatching keys to commands', () => {
  it('runs single keys and chords', () => {
    const keys = dispatcher();
    expect(keys.press(press('j'))).toBe('next-article');
    expect(keys.press(press('k'))).toBe('previous-article');
    expect(keys.press(press('A', { shiftKey: true }))).toBe('mark-all-read');
    expect(keys.press(press('a'))).toBeNull();
    expect(keys.press(press('?', { shiftKey: true }))).toBe('show-shortcuts');
    expect(keys.press(press('r', { ctrlKey: true }))).toBe('refresh');
    expect(keys.press(press('r', { metaKey: true }), 'mac')).toBe('refresh');
    expect(keys.press(press('f', { ctrlKey: true }))).toBe('search');
    expect(keys.press(press('z', { ctrlKey: true }))).toBe('undo-mark');
  });

  it('holds the first key of a sequence and runs it with the second', () => {
    const keys = dispatcher();
    expect(keys.press(press('g'))).toBe('pending');
    expect(keys.press(press('a'))).toBe('go-all');
    expect(keys.press(press('g'))).toBe('pending');
    expect(keys.press(press('Shift', { shiftKey: true }))).toBeNull(); // no chord: the sequence waits on
    expect(keys.press(press('u'))).toBe('go-unread');
    expect(keys.press(press('g'))).toBe('pending');
    expect(keys.press(press('s'))).toBe('go-starred');
  });

  it('reads a key that does not continue a sequence on its own', () => {
    const keys = dispatcher();
    keys.press(press('g'));
    expect(keys.press(press('j'))).toBe('next-article');
    expect(keys.press(press('s'))).toBe('toggle-star'); // not g s: the g was spent
  });

  it('forgets the first key of a sequence after a pause', () => {
    const keys = dispatcher();
    keys.press(press('g'));
    keys.wait(1500);
    expect(keys.press(press('s'))).toBe('toggle-star');
  });

  it('never fires a key that types while focus is in a field, but does fire Cmd/Ctrl chords there', () => {
    const keys = dispatcher();
    for (const key of ['j', 'k', 'n', 'p', 'm', 's', 'o', 'r', '/', '?', ' ', 'Enter', 'g']) {
      expect(keys.press(press(key), 'other', typing), key).toBeNull();
    }
    expect(keys.press(press('A', { shiftKey: true }), 'other', typing)).toBeNull();
    expect(keys.press(press('r', { ctrlKey: true }), 'other', typing)).toBe('refresh');
    expect(keys.press(press('f', { ctrlKey: true }), 'other', typing)).toBe('search');
    // Cmd/Ctrl+Z in a field undoes the typing.
    expect(keys.press(press('z', { ctrlKey: true }), 'other', typing)).toBeNull();
  });

  it('does not finish a sequence begun outside a field once focus is in one', () => {
    const keys = dispatcher();
    expect(keys.press(press('g'))).toBe('pending');
    expect(keys.press(press('a'), 'other', typing)).toBeNull();
  });

  it('moves with the arrow keys only while the list has focus', () => {
    const keys = dispatcher();
    expect(keys.press(press('ArrowDown'))).toBeNull();
    expect(keys.press(press('ArrowDown'), 'other', { ...nowhere, listFocused: true })).toBe('next-article');
    expect(keys.press(press('ArrowUp'), 'other', { ...nowhere, listFocused: true })).toBe('previous-article');
  });

  it('leaves Enter and Space to a focused button or link', () => {
    const keys = dispatcher();
    const onButton = { ...nowhere, onControl: true };
    expect(keys.press(press(' '), 'other', onButton)).toBeNull();
    expect(keys.press(press('Enter'), 'other', onButton)).toBeNull();
    expect(keys.press(press(' '))).toBe('page-down-or-next-unread');
    expect(keys.press(press('Enter'))).toBe('open-original');
    expect(keys.press(press('j'), 'other', onButton)).toBe('next-article');
  });

  it('leaves every key to an open modal dialog', () => {
    const keys = dispatcher();
    const inModalOrMenu = { ...nowhere, inModalOrMenu: true };
    expect(keys.press(press('j'), 'other', inModalOrMenu)).toBeNull();
    expect(keys.press(press('r', { ctrlKey: true }), 'other', inModalOrMenu)).toBeNull();
  });
});
