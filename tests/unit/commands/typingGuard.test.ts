// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandId } from '../../../shared/commands/commandTable';
import { focusContextOf } from '../../../renderer/commands/focusContext';
import { installCommandKeys } from '../../../renderer/commands/installCommandKeys';

let run: ReturnType<typeof vi.fn<(command: CommandId) => void>>;
let uninstall: () => void;

beforeEach(() => {
  document.body.innerHTML = `
    <input id="address" type="text" aria-label="Feed address">
    <input id="search" type="search">
    <input id="check" type="checkbox">
    <textarea id="notes"></textarea>
    <select id="choice"><option>one</option></select>
    <div id="editor" contenteditable="true"><p id="paragraph">text</p></div>
    <button id="button">Refresh</button>
    <a id="link" href="https://example.com/">link</a>
    <ul role="grid" aria-label="Article list" tabindex="0" id="list"><li role="row" id="row"><div role="gridcell">row</div></li></ul>
    <p id="text">plain text</p>`;
  run = vi.fn<(command: CommandId) => void>();
  uninstall = installCommandKeys(window, run);
});

afterEach(() => uninstall());

/** Presses a key with focus on the element, as the browser would: the event starts there and bubbles to the window. */
function pressOn(id: string, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const element = document.getElementById(id);
  if (!element) throw new Error(id);
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  element.dispatchEvent(event);
  return event;
}

describe('where focus is', () => {
  it('counts text fields, selects and editable content as typing', () => {
    for (const id of ['address', 'search', 'notes', 'choice', 'editor', 'paragraph']) {
      expect(focusContextOf(document.getElementById(id)).typing, id).toBe(true);
    }
    for (const id of ['check', 'button', 'link', 'list', 'text']) {
      expect(focusContextOf(document.getElementById(id)).typing, id).toBe(false);
    }
    expect(focusContextOf(document.body).typing).toBe(false);
  });

  it('tells controls, the article list, menus and an open modal apart', () => {
    expect(focusContextOf(document.getElementById('button')).onControl).toBe(true);
    expect(focusContextOf(document.getElementById('link')).onControl).toBe(true);
    expect(focusContextOf(document.getElementById('check')).onControl).toBe(true);
    expect(focusContextOf(document.getElementById('text')).onControl).toBe(false);
    expect(focusContextOf(document.getElementById('row')).listFocused).toBe(true);
    expect(focusContextOf(document.getElementById('text')).listFocused).toBe(false);
    expect(focusContextOf(document.body).inModalOrMenu).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<div role="menu"><button role="menuitem" id="item">Star</button></div>');
    expect(focusContextOf(document.getElementById('item')).inModalOrMenu).toBe(true);
    expect(focusContextOf(document.body).inModalOrMenu).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog" aria-modal="true"><button>Close</button></div>');
    expect(focusContextOf(document.body).inModalOrMenu).toBe(true);
  });
});

describe('the window key dispatcher', () => {
  it('never fires a single-key shortcut while typing, and lets the key type', () => {
    for (const id of ['address', 'search', 'notes', 'choice', 'editor', 'paragraph']) {
      for (const key of ['j', 'k', 's', '/', '?', ' ', 'A', 'Enter']) {
        const event = pressOn(id, key, { shiftKey: key === '?' || key === 'A' });
        expect(event.defaultPrevented, `${key} in #${id}`).toBe(false);
      }
      pressOn(id, 'g');
      pressOn(id, 'a');
    }
    expect(run).not.toHaveBeenCalled();
  });

  it('fires them everywhere else, and keeps the browser from acting on them too', () => {
    const event = pressOn('text', 'j');
    expect(event.defaultPrevented).toBe(true);
    pressOn('list', 'ArrowDown');
    pressOn('row', 's');
    pressOn('button', 'g');
    pressOn('button', 'u');
    expect(run.mock.calls.map(([command]) => command)).toEqual(['next-article', 'next-article', 'toggle-star', 'go-unread']);
  });

  it('fires Cmd/Ctrl chords in a field too, except undo', () => {
    pressOn('address', 'r', { ctrlKey: true });
    pressOn('address', 'z', { ctrlKey: true });
    pressOn('text', 'z', { ctrlKey: true });
    expect(run.mock.calls.map(([command]) => command)).toEqual(['refresh', 'undo-mark']);
  });

  it('leaves a key alone that a component already handled', () => {
    const list = document.getElementById('list');
    list?.addEventListener('keydown', (event) => event.preventDefault());
    pressOn('row', 'ArrowDown');
    expect(run).not.toHaveBeenCalled();
  });

  it('stops listening when uninstalled', () => {
    uninstall();
    pressOn('text', 'j');
    expect(run).not.toHaveBeenCalled();
  });
});
