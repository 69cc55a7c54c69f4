/** Readers for the shapes xml2js gives elements: a string, `{ _: text, $: attributes }`, or arrays of those. */

export type XmlAttributes = Record<string, string>;

export function textOf(node: unknown): string | null {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (Array.isArray(node)) return textOf(node[0]);
  if (node && typeof node === 'object' && '_' in node && typeof node._ === 'string') return node._;
  return null;
}

export function attributesOf(node: unknown): XmlAttributes {
  if (node && typeof node === 'object' && '$' in node && node.$ && typeof node.$ === 'object') return node.$ as XmlAttributes;
  return {};
}

export function listOf(node: unknown): unknown[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}

export function trimmed(value: string | null | undefined): string | null {
  const result = value?.trim();
  return result ? result : null;
}

/** Lower-case BCP 47 tag with `_` corrected to `-`, or null. */
export function languageTag(value: string | null | undefined): string | null {
  const tag = trimmed(value)?.toLowerCase().replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag) ? tag : null;
}

/** All the text inside an element and its children, for XHTML titles that xml2js leaves as trees. */
export function deepText(node: unknown): string | null {
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) if (key !== '$') walk(child);
  };
  walk(node);
  return trimmed(parts.join(' '));
}
