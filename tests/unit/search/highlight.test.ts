import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../shared/search/highlight';

/** The marked parts of `text`, as written. */
function marked(text: string, query: string): string[] {
  return highlightRanges(text, query).map(([start, end]) => text.slice(start, end));
}

describe('highlighting what a search found', () => {
  it('marks the words found, as written, case and accents aside, the last as a prefix', () => {
    expect(marked('L’École de Lyon rouvre ses écoles', 'ecole')).toEqual(['École', 'écoles']);
    expect(marked('Storm warning: storms expected', 'warning sto')).toEqual(['Storm', 'warning', 'storms']);
  });

  it('marks Hà Nội for hanoi and for ha noi, and a hyphenated word for its whole', () => {
    expect(marked('Mưa lớn ở Hà Nội hôm nay', 'hanoi')).toEqual(['Hà Nội']);
    expect(marked('Mưa lớn ở Hà Nội hôm nay', 'ha noi')).toEqual(['Hà', 'Nội']);
    expect(marked('New COVID-19 rules', 'covid19')).toEqual(['COVID-19']);
  });

  it('marks characters of unspaced scripts within their run', () => {
    expect(marked('東京都の選挙', '京')).toEqual(['京']);
    expect(marked('東京都の選挙', '東京都')).toEqual(['東京都']);
    expect(marked('น้ำท่วมกรุงเทพ', 'กร')).toEqual(['กรุ']);
  });

  it('keeps a decomposed accent with its letter, and marks nothing for a query too short', () => {
    expect(marked('Ecole\u0301 and e\u0301cole', 'ecole')).toEqual(['Ecole\u0301', 'e\u0301cole']);
    expect(highlightRanges('anything', 'a')).toEqual([]);
  });
});
