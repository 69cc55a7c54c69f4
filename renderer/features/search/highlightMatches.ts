import { highlightRanges, type TextRange } from '../../../shared/search/highlight';
import { parseSearchQuery, type QueryTerm } from '../../../shared/search/parseQuery';

// Matches are marked with the CSS Custom Highlight API over the DOM as the list and the reading pane drew it: nothing
// is added to their markup, so their components need not know about search, and a re-draw keeps no stale marks.

/** The name search.css styles as `::highlight(search-match)`. */
export const highlightName = 'search-match';

/** What is marked: the rows of the list, and the article's title and text (not its byline, buttons or other panes). */
// By class, not by accessible name: the name is in the interface language.
const markedAreas = 'ul.article-list, .reader-title, .reader-content';

/** A match within a run of text pieces (text nodes): from a piece and offset to a piece and offset, the end excluded. */
export interface PieceRange {
  startPiece: number;
  startOffset: number;
  endPiece: number;
  endOffset: number;
}

/**
 * Maps ranges of the pieces' joined text back onto the pieces, so that a match spanning formatting (`Hà <b>Nội</b>`)
 * starts in one text node and ends in another. Empty pieces are never a range's start or end.
 */
export function rangesInPieces(pieces: readonly string[], ranges: readonly TextRange[]): PieceRange[] {
  const starts: number[] = [];
  let length = 0;
  for (const piece of pieces) {
    starts.push(length);
    length += piece.length;
  }
  const found: PieceRange[] = [];
  let piece = 0;
  for (const [start, end] of ranges) {
    // Ranges come in order and apart (highlightRanges), so the walk over the pieces only goes forward.
    while (piece < pieces.length && start >= (starts[piece] as number) + (pieces[piece] as string).length) piece += 1;
    const startPiece = piece;
    let endPiece = piece;
    while (endPiece < pieces.length && end > (starts[endPiece] as number) + (pieces[endPiece] as string).length) endPiece += 1;
    if (startPiece >= pieces.length || endPiece >= pieces.length) break;
    found.push({ startPiece, startOffset: start - (starts[startPiece] as number), endPiece, endOffset: end - (starts[endPiece] as number) });
  }
  return found;
}

/** Where a query's terms are in text written as pieces read together, found as search finds them. */
export function matchesInPieces(pieces: readonly string[], query: string | readonly QueryTerm[]): PieceRange[] {
  return rangesInPieces(pieces, highlightRanges(pieces.join(''), query));
}

/** Displays that keep a text flowing on: anything else (a block, a flex item, a line break) parts the words on each side. */
const flowing = new Set(['inline', 'contents']);

/** The text nodes under `root`, in runs that read as one text: a run ends where the layout parts words. */
function textRuns(root: Element): Text[][] {
  const runs: Text[][] = [[]];
  const part = () => {
    if ((runs.at(-1) as Text[]).length > 0) runs.push([]);
  };
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child instanceof Text) (runs.at(-1) as Text[]).push(child);
      else if (child instanceof Element) {
        const flows = child.tagName !== 'BR' && flowing.has(getComputedStyle(child).display);
        if (!flows) part();
        visit(child);
        if (!flows) part();
      }
    }
  };
  visit(root);
  return runs.filter((run) => run.length > 0);
}

/**
 * Marks the query's matches in the list and the reading pane, and keeps marking them as those re-draw (a new page of
 * results, an article opened), at most once a frame. Returns the function that stops and clears the marks.
 */
export function highlightMatches(query: string): () => void {
  // An engine without the API shows the results unmarked.
  if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return () => undefined;
  const terms = parseSearchQuery(query);
  // Texts seen before (the list re-drawn, the same article opened again) are not searched again.
  const known = new Map<string, TextRange[]>();
  const rangesOf = (text: string): TextRange[] => {
    let ranges = known.get(text);
    if (!ranges) {
      if (known.size > 5_000) known.clear();
      ranges = highlightRanges(text, terms);
      known.set(text, ranges);
    }
    return ranges;
  };

  let frame = 0;
  const mark = () => {
    frame = 0;
    const marks: Range[] = [];
    for (const area of document.querySelectorAll(markedAreas)) {
      for (const run of textRuns(area)) {
        const pieces = run.map((node) => node.data);
        for (const found of rangesInPieces(pieces, rangesOf(pieces.join('')))) {
          const range = document.createRange();
          range.setStart(run[found.startPiece] as Text, found.startOffset);
          range.setEnd(run[found.endPiece] as Text, found.endOffset);
          marks.push(range);
        }
      }
    }
    CSS.highlights.set(highlightName, new Highlight(...marks));
  };
  const markSoon = () => {
    if (frame === 0) frame = requestAnimationFrame(mark);
  };

  // The body is watched, as the areas come and go (an article opened, the reading pane emptied); only changes in or
  // around them mark again, so the sources pane counting a refresh costs nothing here.
  const observer = new MutationObserver((records) => {
    if (records.some((record) => touchesMarkedAreas(record.target))) markSoon();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  // In the next frame, with the list's first re-draw for the new query if it comes by then.
  markSoon();
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    CSS.highlights.delete(highlightName);
  };
}

function touchesMarkedAreas(target: Node): boolean {
  const element = target instanceof Element ? target : target.parentElement;
  return element !== null && (element.closest(markedAreas) !== null || element.querySelector(markedAreas) !== null);
}
