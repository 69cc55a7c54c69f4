import { describe, expect, it } from 'vitest';
import { articleSearchTerms } from '../../../shared/search/articleTerms';
import { foldText } from '../../../shared/search/fold';
import { parseSearchQuery } from '../../../shared/search/parseQuery';
import { searchableText } from '../../../shared/search/searchableText';

/** The terms an article with this text (as its title) is found by. */
function termsOf(text: string, language: string | null = null): string[] {
  return articleSearchTerms({ title: text, contentHtml: '', language }).split(' ');
}

describe('folding', () => {
  it('ignores case, accents, tone marks and vowel points', () => {
    expect(foldText('École ÉLYSÉE Ångström')).toBe('ecole elysee angstrom');
    expect(foldText('Hà Nội, Đà Nẵng, Thành phố Hồ Chí Minh')).toBe('ha noi, da nang, thanh pho ho chi minh');
    expect(foldText('Straße Œuvre Æsir Łódź İstanbul')).toBe('strasse oeuvre aesir lodz istanbul');
    expect(foldText('ΟΔΥΣΣΕΥΣ Ὀδυσσεύς')).toBe('οδυσσευσ οδυσσευσ');
    expect(foldText('مَدْرَسَة')).toBe('مدرسة');
  });

  it('unifies compatibility forms: full-width letters, ligatures, half-width katakana', () => {
    expect(foldText('ＴＯＫＹＯ ﬁnance')).toBe('tokyo finance');
    expect(foldText('ﾊﾞｽ')).toBe('バス');
  });

  it('keeps the marks that are part of a script’s letters', () => {
    expect(foldText('กรุงเทพ')).toBe('กรุงเทพ');
    expect(foldText('हिन्दी')).toBe('हिन्दी');
    expect(foldText('서울')).toBe('서울');
  });
});

describe('the terms an article is found by', () => {
  it('are its words, folded, without one-letter words', () => {
    expect(termsOf('L’École a rouvert à Lyon')).toEqual(['ecole', 'lecole', 'rouvert', 'lyon']);
  });

  it('include words written with a hyphen or apostrophe whole', () => {
    expect(termsOf('COVID-19 in Jean-Pierre’s town')).toEqual(expect.arrayContaining(['covid', '19', 'covid19', 'jean', 'pierre', 'jeanpierre', 'jeanpierres']));
  });

  it('join Vietnamese syllables in pairs, so that hanoi finds Hà Nội', () => {
    const terms = termsOf('Thời tiết Hà Nội hôm nay', 'vi');
    expect(terms).toEqual(expect.arrayContaining(['ha', 'noi', 'hanoi', 'thoitiet', 'noihom']));
    expect(terms).not.toContain('thoitietha'); // pairs, not threes
  });

  it('join a Vietnamese name in another language’s text, and nothing else there', () => {
    const terms = termsOf('Le sommet de Hà Nội a eu lieu', 'fr');
    expect(terms).toContain('hanoi');
    expect(terms).not.toContain('lesommet');
    expect(termsOf('the state of the art', 'en')).toEqual(['the', 'state', 'of', 'art']);
  });

  it('cut Chinese, Japanese and Korean text into overlapping pairs, with the last character alone', () => {
    expect(termsOf('東京都の選挙', 'ja')).toEqual(['東京', '京都', '都の', 'の選', '選挙', '挙']);
    expect(termsOf('서울에서', 'ko')).toEqual(['서울', '울에', '에서', '서']);
    expect(termsOf('新しいiPhoneを買った', 'ja')).toEqual(expect.arrayContaining(['新し', 'しい', 'い', 'iphone', 'を買', 'った', 'た']));
  });

  it('cut Thai into pairs of characters with their vowel and tone marks', () => {
    expect(termsOf('กรุงเทพ', 'th')).toEqual(['กรุ', 'รุง', 'งเ', 'เท', 'ทพ', 'พ']);
  });

  it('are cut at 32 characters', () => {
    const [long] = termsOf('Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft');
    expect(long).toBe('donaudampfschifffahrtselektrizit');
  });

  it('come from the title and the body’s text, not its markup', () => {
    const terms = articleSearchTerms({
      title: 'Storm warning',
      contentHtml: '<p class="lead">Heavy <b>rain</b>fall &amp; wind&nbsp;gusts</p><script>var hidden = 1</script><!-- note --><img alt="x" src="a.jpg">',
      language: 'en',
    }).split(' ');
    expect(terms).toEqual(['storm', 'warning', 'heavy', 'rainfall', 'wind', 'gusts']);
  });
});

describe('the text of article HTML', () => {
  it('drops markup, scripts and comments, decodes entities, and stops at the limit', () => {
    expect(searchableText('<p>caf&eacute; &lt;b&gt;</p><style>p{}</style>x', 100).replace(/\s+/g, ' ').trim()).toBe('café <b> x');
    expect(searchableText('one two three', 7)).toBe('one two');
  });
});

describe('a query', () => {
  it('needs every word, the last as a prefix, in any case and without accents', () => {
    expect(parseSearchQuery('Ha NOI')).toEqual([
      { text: 'ha', prefix: false },
      { text: 'noi', prefix: true },
    ]);
    expect(parseSearchQuery('ÉCOLE')).toEqual([{ text: 'ecole', prefix: true }]);
  });

  it('starts from two characters, or one of an unspaced script', () => {
    expect(parseSearchQuery('a')).toEqual([]);
    expect(parseSearchQuery('  ')).toEqual([]);
    expect(parseSearchQuery('ab')).toEqual([{ text: 'ab', prefix: true }]);
    expect(parseSearchQuery('東')).toEqual([{ text: '東', prefix: true }]);
    expect(parseSearchQuery('ก')).toEqual([{ text: 'ก', prefix: true }]);
  });

  it('leaves out a last letter still being typed', () => {
    expect(parseSearchQuery('ha n')).toEqual([{ text: 'ha', prefix: false }]);
  });

  it('looks for unspaced text by its pairs, the last as a prefix', () => {
    expect(parseSearchQuery('東京都')).toEqual([
      { text: '東京', prefix: false },
      { text: '京都', prefix: true },
    ]);
    // A Thai word typed before its vowel mark still finds the pair that has it.
    expect(parseSearchQuery('กร')).toEqual([{ text: 'กร', prefix: true }]);
  });

  it('drops terms another implies', () => {
    expect(parseSearchQuery('noi noi')).toEqual([
      { text: 'noi', prefix: false },
    ]);
    expect(parseSearchQuery('hanoi ha')).toEqual([{ text: 'hanoi', prefix: false }]);
  });
});
