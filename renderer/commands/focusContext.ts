import type { FocusContext } from './keyDispatcher';

// Inputs that take no text: letters work there as anywhere, but Enter and Space activate them (see 'notOnControl').
const untypedInputs = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'hidden']);

const controls = [
  'button',
  'a[href]',
  'summary',
  'input',
  ...['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'checkbox', 'radio', 'switch'].map((role) => `[role="${role}"]`),
].join(', ');

// A dialog, and a menu moving by letters, take every key while focus is in them.
const keepsItsKeys = 'dialog[open], [role="menu"], [role="menubar"]';

/**
 * The article list, the window's one grid: found by its role, not by its accessible name, which is in the
 * interface language.
 */
export const articleListSelector = '[role="grid"]';

/** One story's row in the article list. */
export const articleRowSelector = `${articleListSelector} [role="row"]`;

/** Where a keydown happened, read from its target (the focused element, or the body when nothing is). */
export function focusContextOf(target: EventTarget | null): FocusContext {
  const element = target instanceof Element ? target : null;
  const typing = element !== null && isTyping(element);
  return {
    typing,
    onControl: !typing && inside(element, controls),
    listFocused: inside(element, articleListSelector),
    inModalOrMenu: inside(element, keepsItsKeys) || (element?.ownerDocument.querySelector('[aria-modal="true"]') ?? null) !== null,
  };
}

function inside(element: Element | null, selector: string): boolean {
  return element !== null && element.closest(selector) !== null;
}

function isTyping(element: Element): boolean {
  if (element.matches('input')) return !untypedInputs.has((element.getAttribute('type') ?? 'text').toLowerCase());
  if (element.matches('textarea, select')) return true;
  // isContentEditable covers inherited editability; the attribute is for DOMs that do not compute it (jsdom).
  return (element instanceof HTMLElement && element.isContentEditable) || element.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}
