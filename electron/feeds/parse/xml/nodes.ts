import { listOf, textOf, trimmed } from '../xmlValues';

/** An element as xml2js gives it: children by name (each an array), `$` for attributes, `_` for text. */
export type Fields = Record<string, unknown>;

/** The element as an object of children, or null when it is text only (or nothing). */
export function fieldsOf(node: unknown): Fields | null {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Fields) : null;
}

/** The child elements of that name, in document order. */
export function childrenOf(node: unknown, name: string): unknown[] {
  return listOf(fieldsOf(node)?.[name]);
}

/** The first text of the elements given, trimmed; null when none has any. */
export function firstText(...nodes: unknown[]): string | null {
  for (const node of nodes) {
    const text = trimmed(textOf(node));
    if (text !== null) return text;
  }
  return null;
}

/** A count, size or length as feeds write them: a finite number of zero or more, else null. */
export function nonNegativeNumber(value: string | null | undefined): number | null {
  const text = trimmed(value);
  if (text === null) return null;
  const number = Number(text);
  return Number.isFinite(number) && number >= 0 ? number : null;
}
