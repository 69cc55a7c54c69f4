import { describe, expect, it } from 'vitest';
import { matchesInPieces, rangesInPieces, type PieceRange } from '../../../renderer/features/search/highlightMatches';

/** The marked text of each match, as written: pieces joined where a match spans several. */
function marked(pieces: string[], query: string): string[] {
  return matchesInPieces(pieces, query).map((range) => textOf(pieces, range));
}

function textOf(pieces: readonly string[], { startPiece, startOffset, endPiece, endOffset }: PieceRange): string {
  if (startPiece === endPiece) return (pieces[startPiece] ?? '').slice(startOffset, endOffset);
  const middle = pieces.slice(startPiece + 1, endPiece).join('');
  return `${(pieces[startPiece] ?? '').slice(startOffset)}${middle}${(pieces[endPiece] ?? '').slice(0, endOffset)}`;
}

describe('marking a search’s matches in text nodes', () => {
  it('marks words starting with a term, folded as the index folds them, at their place as written', () => {
    expect(marked(['L’École de Lyon rouvre ses écoles'], 'ecole')).toEqual(['École', 'écoles']);
    expect(matchesInPieces(['L’École de Lyon'], 'ecole')).toEqual([{ startPiece: 0, startOffset: 2, endPiece: 0, endOffset: 7 }]);
    expect(marked(['Les ministres de la Défense et M. Belousov'], 'defense belou')).toEqual(['Défense', 'Belousov']);
    // Only at the start of a word.
    expect(marked(['Une ancienne école'], 'cole')).toEqual([]);
  });

  it('marks Hà Nội for hanoi, across the space and across formatting that splits it into text nodes', () => {
    expect(marked(['Mưa lớn ở Hà Nội hôm nay'], 'hanoi')).toEqual(['Hà Nội']);
    expect(matchesInPieces(['Mưa lớn ở ', 'Hà', ' ', 'Nội', ' hôm nay'], 'hanoi')).toEqual([{ startPiece: 1, startOffset: 0, endPiece: 3, endOffset: 3 }]);
    expect(marked(['Mưa lớn ở ', 'Hà', ' ', 'Nội', ' hôm nay'], 'hanoi')).toEqual(['Hà Nội']);
    expect(marked(['wo', 'rd and word'], 'word')).toEqual(['word', 'word']);
  });

  it('keeps positions right after letters that fold to several (ß) or to none (a decomposed accent)', () => {
    expect(marked(['Die Straße in Köln'], 'koln')).toEqual(['Köln']);
    expect(marked(['Die Straße in Köln'], 'strasse')).toEqual(['Straße']);
    expect(marked(['E\u0301cole, ', 'e\u0301cole'], 'ecole')).toEqual(['E\u0301cole', 'e\u0301cole']);
  });

  it('marks a word of an unspaced script inside its run', () => {
    expect(marked(['東京で新しい図書館が開館'], '図書館')).toEqual(['図書館']);
    expect(marked(['東京で新しい', '図書', '館が開館'], '図書館')).toEqual(['図書館']);
    expect(marked(['東京で新しい図書館が開館'], '館')).toEqual(['館', '館']);
  });

  it('maps ranges onto pieces, never starting or ending in an empty one', () => {
    expect(rangesInPieces(['ab', '', 'cd'], [[1, 3]])).toEqual([{ startPiece: 0, startOffset: 1, endPiece: 2, endOffset: 1 }]);
    expect(rangesInPieces(['ab', '', 'cd'], [[2, 4]])).toEqual([{ startPiece: 2, startOffset: 0, endPiece: 2, endOffset: 2 }]);
    expect(rangesInPieces(['ab', 'cd'], [[0, 2], [2, 4]])).toEqual([
      { startPiece: 0, startOffset: 0, endPiece: 0, endOffset: 2 },
      { startPiece: 1, startOffset: 0, endPiece: 1, endOffset: 2 },
    ]);
    expect(rangesInPieces([], [[0, 1]])).toEqual([]);
  });

  it('marks nothing for a query too short to search', () => {
    expect(matchesInPieces(['anything at all'], 'a')).toEqual([]);
    expect(matchesInPieces(['anything at all'], '')).toEqual([]);
  });
});
