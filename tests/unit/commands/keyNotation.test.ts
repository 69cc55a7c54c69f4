import { describe, expect, it } from 'vitest';
import { commands, commandTable, isCommandId } from '../../../shared/commands/commandTable';
import { describeKeySequence, parseKeySequence, toAccelerator } from '../../../shared/commands/keyNotation';

describe('the key notation', () => {
  it('reads single keys, named keys and punctuation', () => {
    expect(parseKeySequence('j')).toEqual([{ key: 'j', cmdOrCtrl: false, alt: false, shift: false }]);
    expect(parseKeySequence('Space')).toEqual([{ key: 'Space', cmdOrCtrl: false, alt: false, shift: false }]);
    expect(parseKeySequence('?')).toEqual([{ key: '?', cmdOrCtrl: false, alt: false, shift: false }]);
    expect(parseKeySequence('/')).toEqual([{ key: '/', cmdOrCtrl: false, alt: false, shift: false }]);
  });

  it('reads modifiers, with letters in either case', () => {
    expect(parseKeySequence('Shift+A')).toEqual([{ key: 'a', cmdOrCtrl: false, alt: false, shift: true }]);
    expect(parseKeySequence('CmdOrCtrl+Z')).toEqual([{ key: 'z', cmdOrCtrl: true, alt: false, shift: false }]);
    expect(parseKeySequence('CmdOrCtrl+Alt+Shift+k')).toEqual([{ key: 'k', cmdOrCtrl: true, alt: true, shift: true }]);
    expect(parseKeySequence('CmdOrCtrl++')).toEqual([{ key: '+', cmdOrCtrl: true, alt: false, shift: false }]);
  });

  it('reads a sequence as chords separated by spaces', () => {
    expect(parseKeySequence('g a').map((chord) => chord.key)).toEqual(['g', 'a']);
    expect(parseKeySequence('g Shift+A')[1]).toEqual({ key: 'a', cmdOrCtrl: false, alt: false, shift: true });
  });

  it('refuses what no keydown could match', () => {
    expect(() => parseKeySequence('Hyper+J')).toThrow(/modifier/);
    expect(() => parseKeySequence('Shift+?')).toThrow(/Shift/);
    expect(() => parseKeySequence('PgDn')).toThrow(/Unknown key/);
    expect(() => parseKeySequence('  ')).toThrow();
  });

  it("gives Electron's accelerator for one chord and none for a sequence", () => {
    expect(toAccelerator(parseKeySequence('j'))).toBe('J');
    expect(toAccelerator(parseKeySequence('Shift+A'))).toBe('Shift+A');
    expect(toAccelerator(parseKeySequence('CmdOrCtrl+R'))).toBe('CmdOrCtrl+R');
    expect(toAccelerator(parseKeySequence('ArrowDown'))).toBe('Down');
    expect(toAccelerator(parseKeySequence('Space'))).toBe('Space');
    expect(toAccelerator(parseKeySequence('?'))).toBe('?');
    expect(toAccelerator(parseKeySequence('g a'))).toBeUndefined();
  });

  it('describes keys as each platform writes them', () => {
    expect(describeKeySequence(parseKeySequence('CmdOrCtrl+Z'), 'mac')).toEqual(['⌘Z']);
    expect(describeKeySequence(parseKeySequence('CmdOrCtrl+Z'), 'other')).toEqual(['Ctrl+Z']);
    expect(describeKeySequence(parseKeySequence('Shift+A'), 'other')).toEqual(['Shift+A']);
    expect(describeKeySequence(parseKeySequence('Shift+A'), 'mac')).toEqual(['⇧A']);
    expect(describeKeySequence(parseKeySequence('g a'), 'other')).toEqual(['g', 'a']);
    expect(describeKeySequence(parseKeySequence('ArrowDown'), 'other')).toEqual(['↓']);
  });
});

describe('the command table', () => {
  const bindings = commands.flatMap((command) => command.bindings.map((binding) => ({ id: command.id, ...binding, sequence: parseKeySequence(binding.keys) })));

  it('names each command once, and knows its own ids', () => {
    const ids = commandTable.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(isCommandId)).toBe(true);
    expect(isCommandId('reload-everything')).toBe(false);
    expect(isCommandId(42)).toBe(false);
  });

  it('has keys that all parse, none of them bound twice or the start of a longer one', () => {
    for (const a of bindings) {
      for (const b of bindings) {
        if (a === b || a.sequence.length > b.sequence.length) continue;
        const prefix = b.sequence.slice(0, a.sequence.length);
        const clash = JSON.stringify(prefix) === JSON.stringify(a.sequence) && JSON.stringify(a.when ?? []) === JSON.stringify(b.when ?? []);
        expect(clash, `${a.keys} (${a.id}) and ${b.keys} (${b.id})`).toBe(false);
      }
    }
  });

  it('declares the default keys', () => {
    const keysOf = (id: string) => commands.find((command) => command.id === id)?.bindings.map((binding) => binding.keys);
    expect(keysOf('next-article')).toEqual(['j', 'ArrowDown']);
    expect(keysOf('previous-article')).toEqual(['k', 'ArrowUp']);
    expect(keysOf('next-unread')).toEqual(['n']);
    expect(keysOf('previous-unread')).toEqual(['p']);
    expect(keysOf('page-down-or-next-unread')).toEqual(['Space']);
    expect(keysOf('open-original')).toEqual(['o', 'Enter']);
    expect(keysOf('toggle-read')).toEqual(['m']);
    expect(keysOf('toggle-star')).toEqual(['s']);
    expect(keysOf('refresh')).toEqual(['r', 'CmdOrCtrl+R']);
    expect(keysOf('search')).toEqual(['/', 'CmdOrCtrl+F']);
    expect(keysOf('mark-all-read')).toEqual(['Shift+A']);
    expect(keysOf('undo-mark')).toEqual(['CmdOrCtrl+Z']);
    expect(keysOf('go-all')).toEqual(['g a']);
    expect(keysOf('go-unread')).toEqual(['g u']);
    expect(keysOf('go-starred')).toEqual(['g s']);
    expect(keysOf('show-shortcuts')).toEqual(['?']);
    expect(keysOf('show-health')).toEqual(['g h']);
    expect(keysOf('add-feed')).toEqual(['CmdOrCtrl+N']);
  });

  it('leaves Cmd/Ctrl with plus, minus and zero to the window zoom', () => {
    const zoomKeys = new Set(['+', '=', '-', '0']);
    const taken = bindings.filter(({ sequence }) => sequence.some((chord) => chord.cmdOrCtrl && zoomKeys.has(chord.key)));
    expect(taken).toEqual([]);
    for (const id of ['reading-font-bigger', 'reading-font-smaller', 'reading-font-reset']) {
      expect(commands.find((command) => command.id === id)).toMatchObject({ bindings: [], menu: { in: 'view' } });
    }
  });
});
