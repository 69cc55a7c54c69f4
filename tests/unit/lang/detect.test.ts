import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/lang/detect';
import { resolveArticleLanguage } from '../../../shared/lang/resolve';
import { normaliseLanguageTag } from '../../../shared/lang/tags';

// Texts written for these tests; the benchmark's evaluation set is separate.
const samples: [string, string][] = [
  ['en', 'The museum reopened its east wing after a two-year renovation, and visitors queued around the block to see the restored murals.'],
  ['fr', "Le festival de musique a attiré plus de quarante mille spectateurs malgré la pluie, selon les organisateurs qui se disent soulagés."],
  ['de', 'Die Bahn will bis zum Sommer alle Stellwerke auf der Strecke modernisieren, Reisende müssen sich auf Umleitungen einstellen.'],
  ['es', 'La selección femenina ganó el partido en la prórroga y se clasificó para la final del torneo, que se jugará el domingo en Sevilla.'],
  ['it', 'Il sindaco ha annunciato che la piazza principale sarà chiusa alle auto per tutta l’estate, per favorire i mercati e i concerti serali.'],
  ['pt', 'O governo estadual anunciou a construção de três novos hospitais no interior, com inauguração prevista para o segundo semestre.'],
  ['nl', 'Het museum heeft een zeldzaam schilderij teruggekregen dat veertig jaar geleden uit de collectie werd gestolen, meldt de directie.'],
  ['pl', 'Nowa linia tramwajowa połączy centrum miasta z osiedlami na północy, a pierwsze kursy ruszą jeszcze przed końcem roku.'],
  ['tr', 'Kentteki müze, iki yıl süren restorasyonun ardından yeniden ziyaretçilere açıldı ve ilk gün binlerce kişi kapıda sıra oluşturdu.'],
  ['vi', 'Bảo tàng mở cửa trở lại sau hai năm trùng tu, hàng nghìn người dân đã xếp hàng từ sáng sớm để chiêm ngưỡng các bức tranh tường.'],
  ['ro', 'Primăria a anunțat că piața centrală va fi închisă pentru mașini toată vara, pentru a face loc târgurilor și concertelor de seară.'],
  ['sv', 'Museet öppnade igen efter två års renovering, och besökarna köade runt kvarteret för att se de restaurerade väggmålningarna.'],
  ['ru', 'Музей вновь открылся после двухлетней реставрации, и посетители выстроились в очередь вокруг квартала, чтобы увидеть росписи.'],
  ['uk', 'Музей знову відкрився після дворічної реставрації, і відвідувачі вишикувалися в чергу, щоб побачити відновлені розписи.'],
  ['el', 'Το μουσείο άνοιξε ξανά μετά από δύο χρόνια αποκατάστασης και οι επισκέπτες σχημάτισαν ουρά γύρω από το τετράγωνο.'],
  ['ar', 'أعاد المتحف فتح جناحه الشرقي بعد عامين من الترميم، واصطف الزوار في طوابير طويلة لمشاهدة الجداريات المرممة.'],
  ['fa', 'موزه پس از دو سال مرمت دوباره بازگشایی شد و بازدیدکنندگان برای دیدن نقاشی‌های دیواری مرمت‌شده در صف ایستادند.'],
  ['he', 'המוזיאון נפתח מחדש לאחר שנתיים של שיפוצים, והמבקרים עמדו בתור ארוך כדי לראות את ציורי הקיר המשוחזרים.'],
  ['hi', 'दो साल के जीर्णोद्धार के बाद संग्रहालय फिर से खुल गया और लोग बहाल किए गए भित्ति चित्र देखने के लिए कतार में खड़े रहे।'],
  ['zh', '博物馆经过两年的修缮后重新开放，参观者在街区外排起长队，争相观看修复后的壁画。'],
  ['ja', '博物館は二年間の改修を終えて再び開館し、修復された壁画を見ようと多くの人が列を作った。'],
  ['ko', '박물관이 2년간의 보수 공사를 마치고 다시 문을 열자 복원된 벽화를 보려는 관람객들이 길게 줄을 섰다.'],
  ['th', 'พิพิธภัณฑ์กลับมาเปิดอีกครั้งหลังการบูรณะนานสองปี และผู้เข้าชมต่างต่อแถวยาวเพื่อชมภาพจิตรกรรมฝาผนัง'],
  ['id', 'Pemerintah kota mengatakan bahwa museum itu dibuka kembali setelah renovasi dua tahun, dan warga rela antre sejak pagi.'],
  ['ms', 'Kerajaan negeri berkata bahawa muzium itu dibuka semula selepas kerja baik pulih selama dua tahun, dan orang ramai beratur sejak pagi.'],
];

function sample(language: string): string {
  const found = samples.find(([candidate]) => candidate === language);
  if (!found) throw new Error(`no sample for ${language}`);
  return found[1];
}

describe('detectLanguage', () => {
  it.each(samples)('recognises %s', (language, text) => {
    const result = detectLanguage(text);
    expect(result.language).toBe(language);
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('says unknown rather than guessing on a couple of words', () => {
    expect(detectLanguage('Comment (0)').language).toBeNull();
    expect(detectLanguage('Hello world').language).toBeNull();
    expect(detectLanguage('12:45 — 3/4').language).toBeNull();
    expect(detectLanguage('').language).toBeNull();
  });

  it('tells Vietnamese from a short title by its letters', () => {
    expect(detectLanguage('Bộ trưởng Quốc phòng Mỹ điện đàm với Bộ trưởng Quốc phòng Nga').language).toBe('vi');
  });

  it('reads Romanian as Romanian despite its breves', () => {
    expect(detectLanguage('Sărbătoarea a adunat mii de oameni în piața mare a orașului, până după miezul nopții.').language).toBe('ro');
  });

  it('reads Vietnamese written with decomposed accents', () => {
    const decomposed = 'Bảo tàng mở cửa trở lại sau hai năm trùng tu, hàng nghìn người dân xếp hàng.'.normalize('NFD');
    expect(detectLanguage(decomposed).language).toBe('vi');
  });

  it('goes by the text, not by a foreign name or address in it', () => {
    const text = 'Le porte-parole a renvoyé les journalistes vers https://www.defense.gov et vers le communiqué de Lloyd Austin publié hier soir.';
    expect(detectLanguage(text).language).toBe('fr');
  });

  it('is less sure of a short text than of a long one', () => {
    const short = detectLanguage('Het museum is weer open.');
    const long = detectLanguage(sample('nl'));
    expect(short.confidence).toBeLessThan(long.confidence);
  });
});

describe('normaliseLanguageTag', () => {
  it.each([
    ['en-US', 'en'],
    ['EN', 'en'],
    ['zh-Hant', 'zh'],
    ['zh_TW', 'zh'],
    ['iw', 'he'],
    ['in', 'id'],
    ['fra', 'fr'],
    ['ger', 'de'],
    ['vie', 'vi'],
    ['nb-NO', 'no'],
    ['pt-BR', 'pt'],
    [' fr ', 'fr'],
  ])('%s → %s', (tag, expected) => {
    expect(normaliseLanguageTag(tag)).toBe(expected);
  });

  it.each([[''], ['und'], ['x-default'], ['mul'], ['english'], ['*'], [null], [undefined]])('%s names no language', (tag) => {
    expect(normaliseLanguageTag(tag)).toBeNull();
  });
});

describe('resolveArticleLanguage', () => {
  const vietnamese = sample('vi');
  const english = sample('en');

  it('corrects a feed that declares English but carries Vietnamese', () => {
    expect(resolveArticleLanguage({ feedDeclared: 'en-us', text: vietnamese })).toMatchObject({ language: 'vi', source: 'detected' });
  });

  it('keeps a declaration the text agrees with', () => {
    expect(resolveArticleLanguage({ declared: 'EN-GB', text: english })).toMatchObject({ language: 'en', source: 'declared' });
  });

  it('prefers the item declaration to the feed one', () => {
    const french = sample('fr');
    expect(resolveArticleLanguage({ declared: 'fr', feedDeclared: 'en', text: french })).toMatchObject({ language: 'fr', source: 'declared' });
  });

  it('keeps the declaration when the text is too short to judge', () => {
    expect(resolveArticleLanguage({ feedDeclared: 'de', text: 'Video' })).toMatchObject({ language: 'de', source: 'feed' });
  });

  it('keeps a declared Indonesian even where the text reads Malay-like', () => {
    const malay = sample('ms');
    expect(resolveArticleLanguage({ declared: 'id', text: malay })).toMatchObject({ language: 'id', source: 'declared' });
  });

  it('overrules a declaration written in another script, however short the text', () => {
    // Too short for the detector to be sure of Bulgarian over Russian, but plainly not English.
    const bulgarian = 'Централната банка запази лихвения процент без промяна.';
    expect(resolveArticleLanguage({ feedDeclared: 'en', text: bulgarian })).toMatchObject({ language: 'bg' });
    expect(resolveArticleLanguage({ feedDeclared: 'ru', text: bulgarian }).language).not.toBe('en');
  });

  it('keeps a Serbian declaration on Latin-script text', () => {
    const serbianLatin = 'Vlada je u četvrtak usvojila novi zakon o radu, a sindikati najavljuju proteste ispred skupštine.';
    expect(resolveArticleLanguage({ feedDeclared: 'sr', text: serbianLatin })).toMatchObject({ language: 'sr', source: 'feed' });
  });

  it('confirms a declaration from the body’s opening, not from a headline in another language', () => {
    const headline = 'Breaking news: markets react to the central bank decision today';
    const body = sample('de');
    const evidence = { feedDeclared: 'en', text: `${headline}\n${body}`, opening: body.slice(0, 100) };
    expect(resolveArticleLanguage(evidence).language).toBe('de');
    expect(resolveArticleLanguage({ ...evidence, feedDeclared: 'de' })).toMatchObject({ language: 'de', source: 'feed' });
  });

  it('confirms a right declaration and overrules a wrong one when the opening is read first', () => {
    for (const language of ['fr', 'es', 'pt', 'nl', 'pl', 'ru']) {
      const body = `${sample(language)} ${sample(language)}`;
      const evidence = { text: `Video\n${body}`, opening: body.slice(0, 100) };
      expect(resolveArticleLanguage({ ...evidence, feedDeclared: language })).toMatchObject({ language, source: 'feed' });
      // And a wrong declaration is still caught, from the opening or, failing that, the whole text.
      expect(resolveArticleLanguage({ ...evidence, feedDeclared: language === 'ru' ? 'fr' : 'ru' }).language).toBe(language);
    }
  });

  it('says unknown when nothing declares and the text cannot tell', () => {
    expect(resolveArticleLanguage({ text: 'OK' })).toEqual({ language: null, confidence: 0, source: 'unknown' });
  });
});
