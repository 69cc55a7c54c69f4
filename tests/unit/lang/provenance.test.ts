import { describe, expect, it } from 'vitest';
import { parseCreditLine, splitOutlets } from '../../../shared/lang/credits';
import { htmlToText } from '../../../shared/lang/htmlText';
import { isJunkLine } from '../../../shared/lang/junk';
import { extractProvenance } from '../../../shared/lang/provenance';
import { parseSourceLine } from '../../../shared/lang/sourceLinks';

const body = '<p>Die Stadtwerke haben am Morgen die Wasserversorgung im Norden wiederhergestellt.</p>';

describe('source lines', () => {
  // One line per wording, in 14 languages and 8 scripts.
  it.each([
    ['Source : https://www.example.fr/article-123.html', 'https://www.example.fr/article-123.html'],
    ['Source: https://example.com/story/42', 'https://example.com/story/42'],
    ['Nguồn: https://vnexpress.net/bai-viet-4711.html', 'https://vnexpress.net/bai-viet-4711.html'],
    ['Quelle: https://www.tagesschau.de/inland/meldung-100.html', 'https://www.tagesschau.de/inland/meldung-100.html'],
    ['Fuente: https://elpais.com/internacional/2024-06-25/nota.html', 'https://elpais.com/internacional/2024-06-25/nota.html'],
    ['Fonte: https://g1.globo.com/politica/noticia/2024/06/25/texto.ghtml', 'https://g1.globo.com/politica/noticia/2024/06/25/texto.ghtml'],
    ['Fonti: https://www.ansa.it/sito/notizie/2024/06/25/articolo.html', 'https://www.ansa.it/sito/notizie/2024/06/25/articolo.html'],
    ['Источник: https://ria.ru/20240625/novost-123.html', 'https://ria.ru/20240625/novost-123.html'],
    ['来源：https://www.xinhuanet.com/world/2024-06/25/c_123.htm', 'https://www.xinhuanet.com/world/2024-06/25/c_123.htm'],
    ['出典：https://www3.nhk.or.jp/news/html/20240625/k100.html', 'https://www3.nhk.or.jp/news/html/20240625/k100.html'],
    ['Źródło: https://wiadomosci.onet.pl/kraj/tekst/abc123', 'https://wiadomosci.onet.pl/kraj/tekst/abc123'],
    ['Kaynak: https://www.aa.com.tr/tr/dunya/haber/3258', 'https://www.aa.com.tr/tr/dunya/haber/3258'],
    ['Bron: https://nos.nl/artikel/2526001-bericht', 'https://nos.nl/artikel/2526001-bericht'],
    ['Πηγή: https://www.kathimerini.gr/world/56312/arthro/', 'https://www.kathimerini.gr/world/56312/arthro/'],
    ['المصدر: https://www.aljazeera.net/news/2024/6/25/khabar', 'https://www.aljazeera.net/news/2024/6/25/khabar'],
    ['מקור: https://www.haaretz.co.il/news/world/2024-06-25/ty-article/1234', 'https://www.haaretz.co.il/news/world/2024-06-25/ty-article/1234'],
    ['출처: https://www.yna.co.kr/view/AKR20240625000100', 'https://www.yna.co.kr/view/AKR20240625000100'],
  ])('%s', (line, url) => {
    const parsed = parseSourceLine(line, line);
    expect(parsed?.links).toEqual([{ url, label: null }]);
  });

  it('takes the address from a link and its text as the label', () => {
    const html = 'Nguồn: <a href="https://tuoitre.vn/tin-123.htm?utm_source=rss&amp;x=1">Tuổi Trẻ</a>';
    const parsed = parseSourceLine(html, htmlToText(html));
    expect(parsed?.links).toEqual([{ url: 'https://tuoitre.vn/tin-123.htm?utm_source=rss&x=1', label: 'Tuổi Trẻ' }]);
    expect(parsed?.outlets).toEqual(['Tuổi Trẻ']);
  });

  it('reads a named source without an address as a credit', () => {
    expect(parseSourceLine('Quelle: dpa', 'Quelle: dpa')).toEqual({ links: [], outlets: ['dpa'] });
    expect(parseSourceLine('来源：新华社', '来源：新华社')).toEqual({ links: [], outlets: ['新华社'] });
  });

  it('does not take prose that mentions a source for a source line', () => {
    const line = 'The source of the leak has not been identified, officials said on Tuesday.';
    expect(parseSourceLine(line, line)).toBeNull();
  });
});

describe('credit lines', () => {
  it('reads the byline and every outlet of a compiled story', () => {
    expect(parseCreditLine('Minh Duc (Selon Reuters, AFP/France24, NY Times)')).toEqual({
      outlets: ['Reuters', 'AFP', 'France24', 'NY Times'],
      byline: 'Minh Duc',
    });
  });

  it.each([
    ['Fonte: Agência Brasil, com informações da Reuters', ['Agência Brasil', 'Reuters']],
    ['(theo Reuters)', ['Reuters']],
    ['Thu Hằng (theo AP, Bloomberg)', ['AP', 'Bloomberg']],
    ['según EFE', ['EFE']],
    ['according to AP and Reuters', ['AP', 'Reuters']],
    ['(mit Material von dpa und AFP)', ['dpa', 'AFP']],
    ['Według PAP', ['PAP']],
    ['(по данным ТАСС и Интерфакс)', ['ТАСС', 'Интерфакс']],
    ["(Reuters'a göre)", ['Reuters']],
    ['（据新华社、路透社报道）', ['新华社', '路透社']],
    ['(ロイター通信によると)', ['ロイター通信']],
    ['(연합뉴스에 따르면)', ['연합뉴스']],
    ['(بحسب رويترز)', ['رويترز']],
    ['(לפי רויטרס)', ['רויטרס']],
    ['(σύμφωνα με το Reuters)', ['Reuters']],
    ['Reuters/AP', ['Reuters', 'AP']],
  ])('%s', (line, outlets) => {
    const sourceLine = parseSourceLine(line, line);
    const found = sourceLine ? sourceLine.outlets : parseCreditLine(line)?.outlets;
    expect(found).toEqual(outlets);
  });

  it.each([
    "Selon Reuters, il s'agit d'un contact rare entre deux grandes puissances militaires.",
    'According to the police, the driver was not injured and the road reopened an hour later.',
    'Le ministre russe de la Défense, Andreï Belousov. Photo : Anadolu',
    'Lloyd Austin (à gauche) et son homologue lors d’une rencontre en 2023.',
    'With the election a week away, both candidates toured the northern provinces.',
  ])('leaves prose alone: %s', (line) => {
    expect(parseCreditLine(line)).toBeNull();
  });

  it('splits outlet lists on the usual separators and drops duplicates of form', () => {
    expect(splitOutlets('Reuters, AFP/France24 et NY Times')).toEqual(['Reuters', 'AFP', 'France24', 'NY Times']);
  });
});

describe('page junk', () => {
  it.each(['Comment (0)', 'Comments (3)', 'Bình luận (0)', 'Share', 'Partager', 'Teilen', 'Compartir', 'Tweet', 'Print', 'Share | Tweet | Email', 'Kommentare 12', '评论 (5)'])(
    '%s is junk',
    (line) => expect(isJunkLine(line)).toBe(true),
  );

  it.each(['Comment the minister answered', 'Share prices fell sharply on Monday', 'Print media are struggling'])('%s is not', (line) =>
    expect(isJunkLine(line)).toBe(false),
  );
});

describe('extractProvenance', () => {
  const tail = ['Hoàng Anh (theo Reuters, AP)', 'Nguồn: https://vnexpress.net/the-gioi/bai-4711.html', 'Bình luận (0)'];

  it.each([
    ['paragraphs', `${body}${tail.map((line) => `<p>${line}</p>`).join('')}`],
    ['line breaks', `${body}${tail.join('<br>')}`],
    ['newlines', `Die Stadtwerke haben am Morgen die Wasserversorgung im Norden wiederhergestellt.\n${tail.join('\n')}\n`],
    ['breaks inside one paragraph', `<div><p>Die Stadtwerke haben am Morgen die Wasserversorgung im Norden wiederhergestellt.<br>${tail.join('<br/>\n')}</p></div>`],
  ])('moves credit and source out of a body made of %s', (_shape, html) => {
    const result = extractProvenance(html);
    expect(result.credits).toEqual(['Reuters', 'AP']);
    expect(result.byline).toBe('Hoàng Anh');
    expect(result.sourceLinks).toEqual([{ url: 'https://vnexpress.net/the-gioi/bai-4711.html', label: null }]);
    expect(result.contentHtml).toContain('Wasserversorgung im Norden wiederhergestellt.');
    expect(result.contentHtml).not.toMatch(/Bình luận|Nguồn|Reuters|<br\s*\/?>\s*(?:<\/p>)?\s*(?:<\/div>)?$/);
    // Whatever wrapper the body had is still closed.
    expect((result.contentHtml.match(/<p\b/g) ?? []).length).toBe((result.contentHtml.match(/<\/p>/g) ?? []).length);
    expect((result.contentHtml.match(/<div\b/g) ?? []).length).toBe((result.contentHtml.match(/<\/div>/g) ?? []).length);
  });

  it('takes a source line that opens the article', () => {
    const result = extractProvenance('<p>Nguồn: <a href="https://tuoitre.vn/a-1.htm">Tuổi Trẻ</a></p><p>Nội dung bài viết ở đây.</p>');
    expect(result.sourceLinks).toEqual([{ url: 'https://tuoitre.vn/a-1.htm', label: 'Tuổi Trẻ' }]);
    expect(result.contentHtml).toBe('<p>Nội dung bài viết ở đây.</p>');
  });

  it('leaves a body without provenance untouched, image captions included', () => {
    const html = `${body}<figure><img src="https://example.com/a.jpg"><figcaption>Foto: dpa</figcaption></figure>`;
    expect(extractProvenance(html)).toEqual({ contentHtml: html, sourceLinks: [], credits: [], byline: null });
  });

  it('stops at the first line of prose when scanning back from the end', () => {
    const html = `<p>Selon l'AFP, le Kremlin a convoqué l'ambassadeur.</p><p>(AFP)</p><p>Partager</p>`;
    const result = extractProvenance(html);
    expect(result.credits).toEqual(['AFP']);
    expect(result.contentHtml).toBe("<p>Selon l'AFP, le Kremlin a convoqué l'ambassadeur.</p>");
  });
});
