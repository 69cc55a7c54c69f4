import { atomHtml } from '../atomText';
import { textOf } from '../xmlValues';
import { fieldsOf } from './nodes';

// Some feeds carry an article's full text as XHTML in the item: `<body xmlns="http://www.w3.org/1999/xhtml">` or
// `<xhtml:body>`. Read as XML, it becomes a tree that keeps each element's text apart from its children, and writing it
// back out reorders the words (see xhtmlAsCdata); so, before the parse, it is wrapped in CDATA and read as the markup it
// is. CDATA sections and comments are matched first, so that a <body> quoted in escaped HTML is left alone.

const bodyOrSkipped = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<((?:[\w.-]+:)?body)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/g;
const itemBoundary = /<\/?(item|entry)[\s>]/;

/** The document with each XHTML body element's content in CDATA; the same text when it has none. */
export function xhtmlBodiesAsCdata(text: string): string {
  if (!text.includes('<body') && !text.includes(':body')) return text;
  return text.replace(bodyOrSkipped, (whole, name: string | undefined, attributes: string | undefined, content: string | undefined) => {
    if (name === undefined || content === undefined || content.includes('<![CDATA[') || itemBoundary.test(content)) return whole;
    return `<${name}${attributes ?? ''}><![CDATA[${content.replace(/]]>/g, ']]]]><![CDATA[>')}]]></${name}>`;
  });
}

/**
 * The item's XHTML body as HTML: the markup as written (or, where it could not be wrapped, its tree written out), made
 * HTML as Atom's XHTML content is.
 */
export function xhtmlBodyHtml(node: unknown): string | null {
  if (node === undefined) return null;
  const text = textOf(node);
  const fields = fieldsOf(node);
  if (text === null && fields === null) return null;
  return atomHtml(text !== null ? { _: text, $: xhtml } : { ...fields, $: xhtml });
}

const xhtml = { type: 'xhtml' };
