import { htmlToLine } from '../../../shared/lang/htmlText';

/**
 * Text as a reader sees it: tags dropped (their words kept), entities decoded, white space collapsed.
 * Titles go through this too, since feeds put `<b>` and `&eacute;` in them as often as plain text.
 */
export function toPlainText(html: string): string {
  return htmlToLine(html);
}

/** A plain-text opening of about `length` characters, cut at a word boundary. Only the opening of a long body is read. */
export function excerptOf(html: string, length = 240): string {
  return excerptOfText(htmlToLine(html, length + 1), length);
}

/** As excerptOf, from text already taken out of the HTML (its line breaks become spaces). */
export function excerptOfText(opening: string, length = 240): string {
  const text = opening.replace(/\n/g, ' ');
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Plain text as HTML for the title reader, which decodes entities: only `<` is escaped, so that a title saying
 * `The <dialog> element` keeps its words, while an entity a publisher escaped twice (`&amp;amp;`) still reads as `&`.
 */
export function plainTextAsHtml(text: string): string {
  return text.includes('<') ? text.replace(/</g, '&lt;') : text;
}

/** Elements that have no closing tag, and that titles do carry as markup: emoji images, line breaks. */
const voidTitleTags = new Set(['br', 'wbr', 'img']);
const tagOpening = /<(\/?)([A-Za-z][A-Za-z0-9-]*)?/g;

/**
 * A title as HTML from a feed that may mean it as text: RSS and JSON Feed titles say nothing of their type, and Atom
 * `type="html"` titles are often plain text in CDATA. A tag closed later in the title (`<b>New</b>`, `m<sup>2</sup>`)
 * or a line break is markup; any other is words: `Why <template> matters` must not lose its last two words to a
 * hidden element, nor `Styling the <dialog> element` its subject.
 */
export function lenientTitleHtml(title: string): string {
  if (!title.includes('<')) return title;
  const lower = title.toLowerCase();
  return title.replace(tagOpening, (opening, slash: string, name: string | undefined) => {
    const tag = name?.toLowerCase();
    if (tag === undefined) return `&lt;${opening.slice(1)}`;
    const markup = voidTitleTags.has(tag) || lower.includes(slash ? `<${tag}` : `</${tag}`);
    return markup ? opening : `&lt;${opening.slice(1)}`;
  });
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
