import { decodeHTML } from 'entities';
import { mainMessage, type MainMessage } from '../../../shared/model/mainMessage';
import { declaredNamespaces, unprefixMarkup } from './xmlPrefixes';

export interface Repair {
  text: string;
  /** One note per kind of damage repaired. */
  fixes: MainMessage[];
}

const xmlEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
export const HTML_ENTITIES_FIX = mainMessage('htmlEntities');
const cdataSection = /(<!\[CDATA\[[\s\S]*?\]\]>)/;
// Characters XML 1.0 forbids outright; feeds pasted from word processors carry them.
// eslint-disable-next-line no-control-regex
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Fixes the damage that makes strict XML parsers give up on feeds every other reader shows. */
export function repairXml(input: string): Repair {
  const fixes: MainMessage[] = [];
  let text = input;

  const start = text.search(/<(\?xml|rss|feed|rdf:RDF|RDF|!DOCTYPE)/i);
  if (start > 0 && text.slice(0, start).trim() !== '') {
    fixes.push(mainMessage('strayText'));
    text = text.slice(start);
  } else if (start > 0) {
    text = text.slice(start);
  }

  if (forbiddenControls.test(text)) {
    fixes.push(mainMessage('controlCharacters'));
    text = text.replace(forbiddenControls, '');
  }

  let htmlEntities = 0;
  let bareAmpersands = 0;
  text = outsideCdata(text, (part) =>
    part.replace(/&(?:(#\d+|#x[0-9a-f]+)|([a-z][a-z0-9]*));|&/gi, (match, numeric?: string, name?: string) => {
      if (numeric) return match;
      if (name) {
        if (xmlEntities.has(name)) return match;
        const decoded = decodeHTML(match);
        if (decoded === match) {
          bareAmpersands += 1;
          return `&amp;${name};`;
        }
        htmlEntities += 1;
        return [...decoded].map((char) => `&#${char.codePointAt(0) ?? 0};`).join('');
      }
      bareAmpersands += 1;
      return '&amp;';
    }),
  );
  if (htmlEntities > 0) fixes.push(HTML_ENTITIES_FIX);
  if (bareAmpersands > 0) fixes.push(mainMessage('bareAmpersands'));

  let bareBrackets = 0;
  text = outsideCdata(text, (part) =>
    part.replace(/<(?![A-Za-z_:/!?])/g, () => {
      bareBrackets += 1;
      return '&lt;';
    }),
  );
  if (bareBrackets > 0) fixes.push(mainMessage('bareBrackets'));

  const wrapped = wrapRawHtml(text);
  return wrapped ? { text: wrapped.text, fixes: [...fixes, ...wrapped.fixes] } : { text, fixes };
}

function outsideCdata(text: string, change: (part: string) => string): string {
  return text
    .split(cdataSection)
    .map((part, index) => (index % 2 === 1 ? part : change(part)))
    .join('');
}

/**
 * Whether HTML entities XML does not define (`&nbsp;`) occur outside CDATA. The XML parser reads them as HTML without a
 * word, so this is how the feed learns of it. One quick test settles the common case, a feed without any.
 */
export function usesHtmlEntities(text: string): boolean {
  const named = /&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z][A-Za-z0-9]*;/g;
  if (!named.test(text)) return false;
  return text.split(cdataSection).some((part, index) => index % 2 === 0 && /&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z][A-Za-z0-9]*;/.test(part));
}

/** A DOCTYPE with an internal subset: `<!DOCTYPE rss [ <!ENTITY … > ]>`. */
const internalSubset = /<!DOCTYPE\s[^[>]*\[([\s\S]*?)\]\s*>/y;
/** An internal general entity with a literal value; parameter (`%`) and external (SYSTEM, PUBLIC) ones do not match. */
const entityDeclaration = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;
/** A value that refers to no other entity: text and character references only, so no expansion can nest. */
const literalValue = /^(?:[^<&%]|&#\d+;|&#x[0-9a-fA-F]+;)*$/;
const entityReference = /&([A-Za-z_][\w.-]*);/g;
/** The most text expansions may add: a feed repeating a long entity a million times gets no further than this. */
export const entityExpansionLimit = 1_000_000;

/**
 * The document with the entities its DOCTYPE declares (`<!ENTITY site "Harbour Notes">`) expanded: the XML reader
 * does not read the DOCTYPE, and would leave `&site;` as it stands. Only entities whose value is literal text are
 * expanded, once each and within entityExpansionLimit, so neither nested expansion (the billion laughs) nor a file or
 * an address (`SYSTEM "file:///etc/passwd"`) is ever read: those references stay as they are, as text.
 */
export function expandDeclaredEntities(text: string): string {
  // A DOCTYPE comes before the root, near the start: the rest of the document is not searched.
  const doctype = text.lastIndexOf('<!DOCTYPE', 4096);
  if (doctype < 0) return text;
  internalSubset.lastIndex = doctype;
  const subset = internalSubset.exec(text);
  if (!subset) return text;
  const values = new Map<string, string>();
  for (const [, name = '', double, single] of (subset[1] ?? '').matchAll(entityDeclaration)) {
    const value = double ?? single ?? '';
    // The first declaration of a name is binding (XML 1.0, 4.2); XML's own five keep their meaning.
    if (!values.has(name) && !xmlEntities.has(name) && literalValue.test(value)) values.set(name, value.replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
  }
  if (values.size === 0) return text;
  const end = internalSubset.lastIndex;
  let budget = entityExpansionLimit;
  const body = outsideCdata(text.slice(end), (part) =>
    part.replace(entityReference, (reference, name: string) => {
      const value = values.get(name);
      if (value === undefined || value.length > budget) return reference;
      budget -= value.length;
      return value;
    }),
  );
  return text.slice(0, end) + body;
}

/** Elements whose content is HTML (or text), never XML: the RSS and Atom ones. */
const htmlCarriers = /<(title|description|content:encoded|content|summary)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/g;

/**
 * Puts unescaped HTML inside `<description>`, `<content:encoded>`, Atom `content`/`summary` and titles in CDATA. Feeds
 * often paste markup there raw, which XML reads as elements: `<br>` never closes and the document breaks, or well-formed
 * tags become a tree whose text comes apart. Atom's `type="xhtml"`, the one place markup is meant as XML, is left be.
 * Null when nothing needed wrapping.
 */
export function wrapRawHtml(text: string): Repair | null {
  let wrapped = 0;
  const result = text.replace(htmlCarriers, (whole, name: string, attributes: string | undefined, content: string) => {
    if (!content.includes('<') || content.includes('<![CDATA[') || /type\s*=\s*["']xhtml["']/i.test(attributes ?? '')) return whole;
    // A match that runs into the next item found no closing tag of its own (`<title>x</titl>`): wrapping it would
    // fold two articles into one. Left as it is, the broken item alone is left out.
    if (itemBoundary.test(content)) return whole;
    wrapped += 1;
    return `<${name}${attributes ?? ''}>${asCdata(content)}</${name}>`;
  });
  return wrapped > 0 ? { text: result, fixes: [mainMessage('unescapedHtml')] } : null;
}

const itemBoundary = /<\/?(item|entry)[\s>]/;

function asCdata(content: string): string {
  return `<![CDATA[${content.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/**
 * Atom's XML constructs: `type="xhtml"` on content, summary or a title, an XML media type on content
 * (`application/xhtml+xml`, `image/svg+xml`: RFC 4287, 4.1.3.3) and Atom 0.3's `mode="xml"`.
 */
const xhtmlCarriers =
  /<(content|summary|title)(\s[^>]*?\b(?:type\s*=\s*["'](?:xhtml|[^"']*[+/]xml)["']|mode\s*=\s*["']xml["'])[^>]*)>([\s\S]*?)<\/\1\s*>/g;

const xmlType = /\btype\s*=\s*["'](?:xhtml|[^"']*[+/]xml)["']/i;

/** Whether a document may hold an XML construct at all: one cheap look saves the search on nearly every feed. */
function mayCarryXhtml(text: string): boolean {
  return text.includes('xhtml') || text.includes('xml"') || text.includes("xml'");
}

/**
 * Atom XHTML content as the markup it is written in. Read as XML, it becomes a tree that keeps each element's text
 * apart from its children, so writing it back out reorders the words: `Dr <span>Ada</span> Lovelace` came out as
 * `Dr  Lovelace<span>Ada</span>`. Taken as text (in CDATA), the markup stays exactly as the publisher wrote it.
 * Atom 0.3 text in mode="xml" (`type="text/plain"`, no element in it) is left as it is: its entities are the XML
 * parser's to decode, as for any text.
 */
export function xhtmlAsCdata(text: string): string {
  if (!mayCarryXhtml(text)) return text;
  let outer: Map<string, string> | null = null;
  return text.replace(xhtmlCarriers, (whole, name: string, attributes: string, content: string) => {
    const plainText = !content.includes('<') && !xmlType.test(attributes);
    if (attributes.endsWith('/') || plainText || content.includes('<![CDATA[') || itemBoundary.test(content)) return whole;
    // Taken out of the document, the markup loses the prefixes its root declares (`xmlns:xh=…` on <feed>): read here.
    outer ??= declaredNamespaces(text.slice(0, Math.max(firstItemAt(text), 0)));
    return `<${name}${attributes}>${asCdata(unprefixMarkup(content, outer))}</${name}>`;
  });
}

export interface ItemPieces {
  /** Everything before the first item, and the closing tags the document needs after the last. */
  head: string;
  tail: string;
  /** Each `<item>` or `<entry>`, whole. */
  items: string[];
}

/** Where the first `<item>` or `<entry>` of a document starts; -1 when it has none. */
export function firstItemAt(text: string): number {
  return text.search(/<(item|entry)[\s>]/);
}

/** The name of the document's root element (`rss`, `feed`, `rdf:RDF`), when it has one a feed has. */
function feedRootOf(text: string): string | null {
  return /<(rss|feed|[\w]+:RDF|RDF)\b/i.exec(text)?.[1] ?? null;
}

/** What closes the document after its last item: an RSS channel sits inside the root. */
function closingTagsFor(root: string): string {
  return root.toLowerCase() === 'rss' ? '</channel></rss>' : `</${root}>`;
}

/**
 * Cuts a document into its items and the shell around them, so that items can be read one by one when the whole will
 * not parse: one broken item then costs that item, not the feed.
 */
export function splitItems(text: string): ItemPieces | null {
  const root = feedRootOf(text);
  const first = firstItemAt(text);
  if (!root || first < 0) return null;
  const items = text.slice(first).match(/<(item|entry)[\s>][\s\S]*?<\/\1\s*>/g) ?? [];
  return { head: text.slice(0, first), tail: closingTagsFor(root), items };
}

/**
 * Closes a document that stops mid-way, after its last complete item, so that what arrived can be read.
 * Null when there is nothing sensible to keep.
 */
export function closeTruncated(text: string): Repair | null {
  const root = feedRootOf(text);
  if (!root) return null;
  const lastItem = Math.max(text.lastIndexOf('</item>'), text.lastIndexOf('</entry>'));
  if (lastItem < 0) return null;
  const cut = text.slice(0, lastItem + (text.startsWith('</item>', lastItem) ? 7 : 8));
  if (new RegExp(`</${root}\\s*>`, 'i').test(cut)) return null;
  return { text: `${cut}${closingTagsFor(root)}`, fixes: [mainMessage('endsAbruptly')] };
}
