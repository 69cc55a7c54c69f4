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

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text as HTML paragraphs, for feeds that only give text (JSON Feed `content_text`). */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>"]/g, (c) => htmlEscapes[c] ?? c).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * True when htmlToLine would give `text` back as it is: no markup or entity, single spaces between words only. Most
 * names and category terms are such, and this look costs less than the scan, for every item of every refresh.
 */
function isAlreadyPlain(text: string): boolean {
  let afterSpace = true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 32 /* space */) {
      if (afterSpace) return false;
      afterSpace = true;
    } else {
      // Markup, entities, CDATA ends, other white space and control characters: left to the scan.
      if (code < 32 || code === 38 || code === 60 || code === 93 || code === 0xa0 || (code >= 0x2000 && code <= 0x3000)) return false;
      afterSpace = false;
    }
  }
  return !afterSpace;
}

/** Plain text of a short field (a name, a description, a rights line); null when nothing is left of it. */
export function plainTextOrNull(html: string | null | undefined): string | null {
  if (!html) return null;
  if (isAlreadyPlain(html)) return html;
  return htmlToLine(html) || null;
}
