import { decodeHTML } from 'entities';

const blockBoundary = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|pre|tr|td|th|table|figure|figcaption|section|article|header|footer|hr)\b[^>]*>/gi;
const invisible = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const anyTag = /<\/?[a-zA-Z][^>]*>|<!--[\s\S]*?-->|<!\[CDATA\[|\]\]>/g;

/**
 * Text as a reader sees it: tags dropped (their words kept), entities decoded, white space collapsed.
 * Titles go through this too, since feeds put `<b>` and `&eacute;` in them as often as plain text.
 */
export function toPlainText(html: string): string {
  if (!html) return '';
  const text = html.includes('<') ? html.replace(invisible, ' ').replace(blockBoundary, ' ').replace(anyTag, '') : html;
  return decodeHTML(text).replace(/\s+/g, ' ').trim();
}

/** HTML read per character of excerpt: enough for markup-heavy bodies, far less than a long article. */
const htmlPerExcerptChar = 8;

/** A plain-text opening of about `length` characters, cut at a word boundary. */
export function excerptOf(html: string, length = 240): string {
  const text = openingText(html, length);
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The text of the article's opening: only the first part of a long body is converted, which gives the same words
 * as converting all of it. Bodies whose opening hides text (script, style) or is mostly markup are converted whole.
 */
function openingText(html: string, length: number): string {
  const budget = length * htmlPerExcerptChar;
  if (html.length <= budget) return toPlainText(html);
  const opening = html.slice(0, budget).replace(/<[^>]*$/, '').replace(/&[#a-zA-Z0-9]*$/, '');
  if (/<(script|style|template|noscript)\b|<!--(?![\s\S]*-->)/i.test(opening)) return toPlainText(html);
  const text = toPlainText(opening);
  // A cut opening may end mid-word; with a margin past `length`, the part kept is whole.
  return text.length > length + 40 ? text : toPlainText(html);
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text as HTML paragraphs, for feeds that only give text (JSON Feed `content_text`). */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>"]/g, (c) => htmlEscapes[c] ?? c).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
