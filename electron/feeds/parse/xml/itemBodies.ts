import { textToHtml } from '../../normalise/plainText';
import { atomHtml } from '../atomText';
import { listOf, textOf, trimmed } from '../xmlValues';
import { mediaDescription } from './mediaElements';
import { firstText, type Fields } from './nodes';
import { xhtmlBodyHtml } from './xhtmlBodies';

/** The item's bodies, and the element the fuller one came from (its xml:base and xml:lang apply to it). */
export interface ItemBodies {
  contentHtml: string | null;
  summaryHtml: string | null;
  bodyNode: unknown;
}

const markup = /<[a-z/!]/i;

/** Apple specifies itunes:summary as text, and hosts send HTML in it as often: markup is taken as HTML. */
function textOrHtml(value: string | null): string | null {
  if (value === null) return null;
  return value.includes('<') && markup.test(value) ? value : textToHtml(value);
}

/** What stands in for a summary on an item without one: Dublin Core's, a podcast's, or a video's description. */
function fallbackSummary(item: Fields): string | null {
  return (
    firstText(item['dc:description']) ??
    textOrHtml(firstText(item['itunes:summary'], item['itunes:subtitle'])) ??
    mediaDescription(item)
  );
}

/** The XHTML body of a full-text item (`<body xmlns="…xhtml">` or `<xhtml:body>`). */
function xhtmlBody(item: Fields): { html: string | null; node: unknown } {
  const node = listOf(item['xhtml:body'] ?? item.body)[0];
  return { html: xhtmlBodyHtml(node), node };
}

/**
 * RSS: `description` is the summary and `content:encoded` (else an XHTML body) the content; an item with no description
 * has its summary from dc:description, itunes:summary or subtitle, or media:description. Content is the summary when
 * there is nothing fuller.
 */
export function rssBodies(item: Fields): ItemBodies {
  const descriptionNode = listOf(item.description)[0];
  const encodedNode = listOf(item['content:encoded'])[0];
  const encoded = trimmed(textOf(encodedNode));
  const summary = trimmed(textOf(descriptionNode)) ?? fallbackSummary(item);
  if (encoded !== null) return { contentHtml: encoded, summaryHtml: summary, bodyNode: encodedNode };
  const body = item.body === undefined && item['xhtml:body'] === undefined ? null : xhtmlBody(item);
  if (body?.html) return { contentHtml: body.html, summaryHtml: summary, bodyNode: body.node };
  return { contentHtml: summary, summaryHtml: summary, bodyNode: descriptionNode };
}

/**
 * Atom: `content` and `summary` as their types say. An entry with content and no summary has its summary from the
 * elements RSS's items use; an entry with neither has them as its content, as video sites' entries need.
 */
export function atomBodies(item: Fields): ItemBodies {
  const contentNode = listOf(item.content)[0];
  const summaryNode = listOf(item.summary)[0];
  const content = atomHtml(contentNode);
  const summary = atomHtml(summaryNode);
  if (content !== null) return { contentHtml: content, summaryHtml: summary ?? fallbackSummary(item), bodyNode: contentNode };
  if (summary !== null) return { contentHtml: null, summaryHtml: summary, bodyNode: summaryNode };
  const body = xhtmlBody(item);
  return body.html !== null
    ? { contentHtml: body.html, summaryHtml: fallbackSummary(item), bodyNode: body.node }
    : { contentHtml: fallbackSummary(item), summaryHtml: null, bodyNode: summaryNode };
}
