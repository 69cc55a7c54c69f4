import Parser from 'rss-parser';
import { decodeText } from '../decode/decodeText';
import { textToHtml } from '../normalise/plainText';
import { lenientTitleHtml, plainTextAsHtml } from './titleHtml';
import { unprefixMarkup } from './xmlPrefixes';
import { attributesOf, deepText, textOf, trimmed, type XmlAttributes } from './xmlValues';

// Atom's text constructs (RFC 4287, 3.1 and 4.1.3): title, subtitle, summary, content, rights; and Atom 0.3's, which
// give a MIME type and say with `mode` how the value is written: `xml` (the default), `escaped` or `base64`.

type Fields = Record<string, unknown>;

interface XhtmlWriter {
  parseItemAtom(entry: Fields): Fields;
}

/**
 * XHTML content (`type="xhtml"`) that xhtmlAsCdata could not take as text (self-closing, already holding CDATA, or
 * running into the next entry) reaches here as the tree xml2js made of it, which rss-parser's builder writes back out.
 */
const xhtmlWriter = new Parser<Fields, Fields>() as unknown as XhtmlWriter;

function xhtmlMarkup(node: unknown): string | null {
  // Without its own attributes: written out, they would become a <div type="xhtml" xml:base="…"> around the body.
  const children = Object.fromEntries(Object.entries(node as Fields).filter(([key]) => key !== '$'));
  const written = xhtmlWriter.parseItemAtom({ content: [children] }).content;
  return typeof written === 'string' ? written : null;
}

/** How a construct's value reads once decoded: words, HTML, XML markup (XHTML, SVG, MathML), or bytes of a file. */
type ValueKind = 'text' | 'html' | 'markup' | 'binary';

interface ConstructForm {
  kind: ValueKind;
  /** The MIME type, without parameters; `text`, `html` or `xhtml` for Atom 1.0's own. */
  mediaType: string;
  /**
   * Whether the value is Base64: always for Atom 0.3's mode="base64" and Atom 1.0's binary types; `maybe` for `text/…`
   * types, which Atom 1.0 means as text but some publishers encode all the same.
   */
  base64: 'yes' | 'no' | 'maybe';
}

/** XML media types (RFC 4287, 4.1.3.3, rule 4): `application/xhtml+xml`, `image/svg+xml`, `text/xml`. */
const xmlMediaType = /[+/]xml$/;

function kindOf(mediaType: string | null, mode: string | null): ValueKind {
  // Atom 0.3 escapes a value to carry markup in it; without a type to say otherwise, that markup is HTML.
  if (mediaType === null) return mode === 'escaped' ? 'html' : 'text';
  if (mediaType === 'text' || mediaType === 'text/plain') return 'text';
  if (mediaType === 'html' || mediaType === 'text/html') return 'html';
  if (mediaType === 'xhtml' || xmlMediaType.test(mediaType)) return mode === 'escaped' ? 'html' : 'markup';
  if (mediaType.startsWith('text/')) return 'text';
  return mode === 'escaped' ? 'html' : 'binary';
}

function formOf(attributes: XmlAttributes): ConstructForm {
  const mediaType = attributes.type?.split(';')[0]?.trim().toLowerCase() || null;
  const mode = attributes.mode?.trim().toLowerCase() || null;
  const kind = kindOf(mediaType, mode);
  const base64 = mode === 'base64' || (mode === null && kind === 'binary') ? 'yes' : mode === null && mediaType?.startsWith('text/') ? 'maybe' : 'no';
  return { kind, mediaType: mediaType ?? 'text', base64 };
}

const base64Alphabet = /^[A-Za-z0-9+/]+={0,2}$/;

/** The bytes a Base64 value stands for; null when it is not Base64. White space (line breaks every 76) is ignored. */
function base64Bytes(value: string): { bytes: Buffer; compact: string } | null {
  const compact = value.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 === 1 || !base64Alphabet.test(compact)) return null;
  return { bytes: Buffer.from(compact, 'base64'), compact };
}

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** Lines of the Base64 alphabet, each perhaps indented, with no space inside a line: no sentence is written so. */
const base64Lines = /^[A-Za-z0-9+/=]+(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/=]+)*$/;

/**
 * A `text/html` value that is really Base64: 16 characters or more of the alphabet alone, in lines, whose bytes are
 * UTF-8 text with a space or a tag in it. Words are never that: a space or punctuation rules them out, and a single
 * word that passes the alphabet decodes to bytes that are not UTF-8, or to a few odd letters (`blogblog` is "nZ nZ"):
 * of some 33,000 words and identifiers from feeds and source code, none passes.
 */
function sniffedBase64Text(value: string): string | null {
  if (value.length < 16 || !base64Lines.test(value)) return null;
  const decoded = base64Bytes(value);
  if (decoded === null || decoded.compact.length % 4 !== 0) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(decoded.bytes);
    return !controlCharacters.test(text) && /[\s<]/.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** The value as text: Base64 decoded (its charset read as a document's would be: BOM, declaration, else UTF-8). */
function decodedValue(value: string, form: ConstructForm): string {
  if (form.base64 === 'maybe') return sniffedBase64Text(value) ?? value;
  if (form.base64 === 'no') return value;
  const decoded = base64Bytes(value);
  // A value said to be Base64 that is not is taken as it stands, rather than lost.
  return decoded ? decodeText(decoded.bytes, null).text : value;
}

const imageType = /^image\/[a-z0-9.+-]+$/;

/**
 * Binary content (RFC 4287 rule 6, `type="image/png"`): an image is shown inline from a data: address, which the
 * reading pane's policy allows on images; anything else (a PDF, a sound) has no place in an article body, and the
 * entry's summary, which RFC 4287 requires beside such content, stands in for it.
 */
function binaryAsHtml(value: string, mediaType: string): string | null {
  const decoded = base64Bytes(value);
  return decoded && imageType.test(mediaType) ? `<img src="data:${mediaType};base64,${decoded.compact}">` : null;
}

/** Atom content, summary and the like as HTML: text escaped, HTML as it is, XML markup as HTML, Base64 decoded. */
export function atomHtml(node: unknown): string | null {
  if (node === undefined) return null;
  const attributes = attributesOf(node);
  if (attributes.src) return null;
  const form = formOf(attributes);
  const text = trimmed(textOf(node));
  if (text === null) {
    // Child elements: markup that xhtmlAsCdata left as a tree.
    const markup = node !== null && typeof node === 'object' ? trimmed(xhtmlMarkup(node)) : null;
    if (markup === null) return null;
    return form.kind === 'text' ? textToHtml(markup) : xhtmlAsHtml(markup);
  }
  if (form.kind === 'binary') return binaryAsHtml(text, form.mediaType);
  const value = trimmed(decodedValue(text, form));
  if (value === null) return null;
  if (form.kind === 'text') return textToHtml(value);
  return form.kind === 'markup' ? xhtmlAsHtml(value) : value;
}

/** An Atom title as HTML: `text`, the default, is words even where they look like tags (`The <dialog> element`). */
export function atomTitle(node: unknown): string | null {
  const form = formOf(attributesOf(node));
  const text = trimmed(textOf(node));
  if (text === null) {
    // XHTML left as a tree by the XML reader: its words, entities already decoded, are text.
    const words = deepText(node);
    return words === null ? null : plainTextAsHtml(words);
  }
  const value = trimmed(decodedValue(text, form));
  if (value === null) return null;
  switch (form.kind) {
    case 'text':
      return plainTextAsHtml(value);
    case 'html':
      return lenientTitleHtml(value);
    case 'markup':
      return xhtmlAsHtml(value);
    case 'binary':
      return null;
  }
}

/** Elements HTML writes without a closing tag; any other written `<x/>` in XHTML is an element with nothing in it. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const selfClosingTag = /<([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/>/g;

/**
 * XHTML (with any SVG and MathML in it) as HTML that reads the same. HTML takes `<span/>` for an opening tag, so
 * the rest of the article would end up inside the span; written `<span></span>`, which SVG and MathML read as
 * `<span/>` too, it stays empty. Prefixed names lose their prefix (see unprefixMarkup).
 */
export function xhtmlAsHtml(markup: string): string {
  const unprefixed = unprefixMarkup(markup);
  if (!unprefixed.includes('/>')) return unprefixed;
  return unprefixed.replace(selfClosingTag, (whole, name: string, attributes: string) =>
    voidElements.has(name.toLowerCase()) ? whole : `<${name}${attributes}></${name}>`,
  );
}
