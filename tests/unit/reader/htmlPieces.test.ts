import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cutPiece, firstPieceCursor, pieceLength, type HtmlPiece } from '../../../renderer/features/reader/htmlPieces';
import { longArticleHtml } from '../../fixtures/loopback/hugeFeeds';

const megabytes = (count: number) => count * 1024 * 1024;
/** What a piece may add to its share of the body: the start tags it re-opens (at most 32, 8 KB). */
const reopenedAtMost = 8 * 1024;

/** Every piece of `html`, cut as the reading pane cuts them, one after the other. */
function allPieces(html: string, limit = pieceLength): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  let piece = cutPiece(html, firstPieceCursor, limit);
  pieces.push(piece);
  while (piece.next) {
    piece = cutPiece(html, piece.next, limit);
    pieces.push(piece);
    if (pieces.length > 10_000) throw new Error('too many pieces');
  }
  return pieces;
}

/** The text a piece shows once parsed as HTML. */
const textOf = (html: string): string => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.textContent ?? '';

/** Whether `html` ends inside a tag: a `<` after the last `>`. */
const endsInsideTag = (html: string) => html.lastIndexOf('<') > html.lastIndexOf('>');

describe('an article cut into pieces', () => {
  it('shows a short article whole, in one piece', () => {
    const html = longArticleHtml(10 * 1024);
    expect(allPieces(html)).toEqual([{ html, next: null }]);
  });

  it('cuts a long article between its top-level elements, each piece within the bound, no text lost or repeated', () => {
    const html = longArticleHtml(megabytes(2));
    const pieces = allPieces(html);
    expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(html.length / pieceLength));
    expect(pieces.length).toBeLessThanOrEqual(2 * Math.ceil(html.length / pieceLength));
    for (const piece of pieces) {
      expect(piece.html.length).toBeLessThanOrEqual(pieceLength);
      // Between top-level elements: nothing to re-open, so the pieces put together are the article itself.
      expect(piece.next?.open ?? []).toEqual([]);
    }
    expect(pieces.map((piece) => piece.html).join('')).toBe(html);
    expect(pieces.map((piece) => textOf(piece.html)).join('')).toBe(textOf(html));
  });

  it('cuts one 16 MB paragraph at spaces, re-opening the paragraph in each next piece', () => {
    const text = 'The minutes of the board, read into the record at length. '.repeat(Math.ceil(megabytes(16) / 60));
    const html = `<p class="minutes">${text}</p>`;
    const pieces = allPieces(html);
    expect(pieces.length).toBeLessThanOrEqual(2 * Math.ceil(html.length / pieceLength));
    for (const [index, piece] of pieces.entries()) {
      expect(piece.html.length).toBeLessThanOrEqual(pieceLength + reopenedAtMost);
      expect(endsInsideTag(piece.html)).toBe(false);
      if (index > 0) expect(piece.html.startsWith('<p class="minutes">')).toBe(true);
      if (piece.next) expect(html[piece.next.at - 1]).toBe(' ');
    }
    expect(pieces.map((piece) => textOf(piece.html)).join('')).toBe(text);
  });

  it('cuts 16 MB of text without a tag within the bound, never inside a character reference or a surrogate pair', () => {
    const html = 'Ports&amp;harbours&nbsp;of&#8217;the&#x2019;coast😀'.repeat(Math.ceil(megabytes(16) / 48));
    const pieces = allPieces(html);
    expect(pieces.length).toBeLessThanOrEqual(Math.ceil(html.length / (pieceLength / 2)) + 1);
    for (const piece of pieces) {
      expect(piece.html.length).toBeLessThanOrEqual(pieceLength);
      // A reference cut in two would show as its letters (`&am` `p;`), a pair cut in two as two broken characters.
      expect(piece.html).not.toMatch(/&[#\w]*$/);
      expect(piece.html).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(pieces.map((piece) => piece.html).join('')).toBe(html);
  });

  it('cuts deeply nested elements within the bound, into few pieces, re-opening at most 32 of them', () => {
    const depth = 200_000;
    const html = `${'<div>'.repeat(depth)}The innermost words.${'</div>'.repeat(depth)}`;
    const pieces = allPieces(html);
    // A piece is never shorter than half the bound but where the text ends: the count stays near the least possible.
    expect(pieces.length).toBeLessThanOrEqual(Math.ceil(html.length / (pieceLength / 2)) + 1);
    for (const piece of pieces) {
      expect(piece.html.length).toBeLessThanOrEqual(pieceLength + reopenedAtMost);
      expect(endsInsideTag(piece.html)).toBe(false);
      expect(piece.next?.open.length ?? 0).toBeLessThanOrEqual(32);
    }
    expect(pieces.map((piece) => textOf(piece.html)).join('')).toBe('The innermost words.');
  });

  it('keeps a table’s rows in a table across a cut, and a drawing whole when it fits', () => {
    const rows = Array.from({ length: 4_000 }, (_, index) => `<tr><td>Row ${index}</td><td>${'dues paid '.repeat(10)}</td></tr>`).join('');
    const drawing = `<svg viewBox="0 0 10 10">${'<circle cx="5" cy="5" r="4"></circle>'.repeat(200)}</svg>`;
    const html = `<p>Before.</p><table>${rows}</table>${'<p>Between the two.</p>'.repeat(3_000)}${drawing}<p>After.</p>`;
    const limit = 64 * 1024;
    const pieces = allPieces(html, limit);
    const [, second] = pieces;
    expect(second?.html.startsWith('<table>')).toBe(true);
    // Each piece's rows are in a table once parsed: none dropped as stray rows outside one.
    const shownRows = pieces.reduce((count, piece) => count + parseHTML(`<!doctype html><html><body>${piece.html}</body></html>`).document.querySelectorAll('table tr').length, 0);
    expect(shownRows).toBe(4_000);
    const withDrawing = pieces.filter((piece) => piece.html.includes('<svg'));
    expect(withDrawing).toHaveLength(1);
    expect(withDrawing[0]?.html).toContain(drawing);
  });

  it('leaves out a single tag, comment or script longer than a piece, and shows what follows it', () => {
    const huge = 'x'.repeat(megabytes(1));
    const html = `<p title="${huge}">Caption kept.</p><!-- ${huge} --><script>${huge}</script><p>Last words.</p>`;
    const pieces = allPieces(html);
    for (const piece of pieces) expect(piece.html.length).toBeLessThanOrEqual(pieceLength + reopenedAtMost);
    const shown = pieces.map((piece) => piece.html).join('');
    expect(shown).not.toContain(huge);
    expect(textOf(shown)).toContain('Caption kept.');
    expect(textOf(shown)).toContain('Last words.');
  });
});
