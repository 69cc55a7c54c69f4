// sax, under xml2js and rss-parser, walks a document one character at a time in JavaScript, and in a feed nearly every
// character is in an article's body: HTML escaped as text or wrapped in CDATA, opaque to XML. So each long body is read
// here with native string operations and replaced by a short token; the parser reads what is left, the structure, and
// the bodies are put back where their tokens are. A body this cannot read exactly as the parser would (an HTML entity,
// a bare "&") is left in place for the parser, and for the repairs that follow when it fails.

import { firstItemAt } from './repairXml';

const tokenStart = '\uE000';
const tokenEnd = '\uE001';
const token = /\uE000(\d+)\uE001/g;

/** Bodies shorter than this cost the parser little; a token saves nothing on them. */
const minimumLength = 200;

/**
 * The body elements of RSS and Atom whose content is text and CDATA only. CDATA sections and comments are matched on
 * their own first, so that markup quoted inside them is never taken for an element.
 */
const bodyOrSkipped =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(description|content:encoded|content|summary)(\s[^>]*)?>([^<]*(?:<!\[CDATA\[[\s\S]*?\]\]>[^<]*)*)<\/\1\s*>/g;

const cdataSection = /<!\[CDATA\[([\s\S]*?)\]\]>/;

export interface LiftedDocument {
  /** The document with each lifted body replaced by its token. */
  text: string;
  /** The bodies as the parser would have read them, by token number. */
  bodies: string[];
}

/** Takes the long bodies out of a document, from its first item on: the channel's own elements stay for the parser. */
export function liftBodies(text: string): LiftedDocument {
  const firstItem = firstItemAt(text);
  if (firstItem < 0 || text.includes(tokenStart)) return { text, bodies: [] };
  const bodies: string[] = [];
  const rest = text.slice(firstItem).replace(bodyOrSkipped, (whole, name: string | undefined, attributes: string | undefined, content: string | undefined) => {
    if (name === undefined || content === undefined || content.length < minimumLength) return whole;
    const body = readContent(content);
    if (body === null) return whole;
    bodies.push(body);
    return `<${name}${attributes ?? ''}>${tokenStart}${bodies.length - 1}${tokenEnd}</${name}>`;
  });
  return bodies.length === 0 ? { text, bodies } : { text: text.slice(0, firstItem) + rest, bodies };
}

/** Text and CDATA as the parser joins them: text with its entities decoded, CDATA as it stands. Null when unsure. */
function readContent(content: string): string | null {
  if (!content.includes('<![CDATA[')) return decodeXmlText(content);
  const parts = content.split(cdataSection);
  for (let index = 0; index < parts.length; index += 2) {
    const decoded = decodeXmlText(parts[index] ?? '');
    if (decoded === null) return null;
    parts[index] = decoded;
  }
  return parts.join('');
}

const unreadableAmpersand = /&(?!(?:lt|gt|quot|apos|amp|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/;
const ampersandOrReference = /&(?:amp|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;

/** XML's five escapes and character references decoded; null for anything else after an "&". */
function decodeXmlText(text: string): string | null {
  if (!text.includes('&')) return text;
  if (unreadableAmpersand.test(text)) return null;
  // Native replacements for the escapes that make up escaped HTML; none of them yields an "&", so what is left to
  // decode after them is exactly what was there.
  const unescaped = text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'");
  if (!unescaped.includes('&#')) return unescaped.replaceAll('&amp;', '&');
  // "&amp;" and references in one pass, so that "&amp;#38;" stays the text "&#38;".
  let valid = true;
  const decoded = unescaped.replace(ampersandOrReference, (_match, decimal: string | undefined, hex: string | undefined) => {
    if (decimal === undefined && hex === undefined) return '&';
    const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    // A reference to no character makes the parser fail: that is for it, and the repairs after it, to handle.
    if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) valid = false;
    return valid ? String.fromCodePoint(codePoint) : '';
  });
  return valid ? decoded : null;
}

/** Puts the bodies back into what the parser made of the document, wherever their tokens ended up. */
export function restoreBodies<T>(parsed: T, bodies: readonly string[]): T {
  if (bodies.length === 0) return parsed;
  const restore = (value: string): string => (value.includes(tokenStart) ? value.replace(token, (whole, index: string) => bodies[Number(index)] ?? whole) : value);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        if (typeof child === 'string') node[index] = restore(child);
        else walk(child);
      });
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const child = record[key];
        if (typeof child === 'string') record[key] = restore(child);
        else walk(child);
      }
    }
  };
  walk(parsed);
  return parsed;
}
