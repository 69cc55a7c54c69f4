// How publishers introduce their sources, in the languages Tidings' readers follow. Written out as
// data so a new language is one line here rather than a new rule elsewhere.

/** Words that label a source line: `Source :`, `Nguồn:`, `来源：`. Followed by a colon. */
export const SOURCE_LABELS = [
  'sources?', 'original(?: article| story)?', 'read the original', 'via', 'nguồn(?: tin)?', 'bài gốc',
  'link bài gốc', 'article original', 'quellen?', 'originalartikel', 'fuentes?', 'fontes?', 'fonti',
  'font', 'bronn?(?:en)?', 'kilder?', 'källa', 'källor', 'lähde', 'lähteet', 'forrás', 'surs[aă]', 'surse',
  'zdroj', 'zdroje', 'izvor', 'vir', 'šaltinis', 'avots', 'allikas', 'źródł[oa]', 'kaynak(?:lar)?',
  'источник(?:и)?', 'джерело', 'джерела', 'извор', 'източник', 'πηγή', 'πηγές', 'المصدر', 'مصدر',
  'المصادر', 'منبع', 'מקור', 'מקורות', 'sumber', 'स्रोत', 'ที่มา', 'แหล่งที่มา', '출처', '来源', '來源',
  '消息来源', '出处', '出處', '出典', '出所', '引用元', '情報源',
];

/** Words that introduce the outlets a story relies on: `selon Reuters`, `theo AFP`, `laut dpa`. */
export const CREDIT_PREFIXES = [
  // English
  'according to', 'additional reporting by', 'reporting by', 'with reporting from', 'with reporting by',
  'with additional reporting from', 'based on reports from', 'compiled from', 'with', 'via', 'from',
  // French
  'selon', "d'après", 'd’après', 'avec', 'de source',
  // Vietnamese
  'theo', 'tổng hợp từ', 'tổng hợp', 'lược dịch từ', 'dịch từ', 'nguồn',
  // German
  'laut', 'nach angaben von', 'nach angaben', 'mit material von', 'mit',
  // Spanish, Portuguese, Italian, Catalan
  'según', 'segons', 'con información de', 'con información', 'de acuerdo con', 'con', 'segundo',
  'de acordo com', 'com informações d[aeo]s?', 'com informações', 'com', 'secondo', 'fonte',
  // Dutch, Nordic
  'volgens', 'met', 'enligt', 'ifølge', 'mukaan',
  // Central and eastern Europe
  'według', 'za', 'podle', 'podľa', 'potrivit', 'conform', 'prema', 'po podatkih',
  'по данным', 'по информации', 'по материалам', 'согласно', 'за даними', 'за матеріалами', 'за інформацією',
  'според', 'σύμφωνα με', 'με πληροφορίες από',
  // Turkish, Indonesian/Malay
  'kaynak', 'menurut', 'dikutip dari', 'dilansir dari', 'dilansir',
  // Arabic, Persian, Hebrew
  'وفقا لـ', 'وفقاً لـ', 'وفقا ل', 'بحسب', 'حسب', 'نقلا عن', 'نقلاً عن', 'به گزارش', 'לפי', 'על פי', 'ע"פ',
  // Hindi, Thai
  'स्रोत', 'อ้างอิง', 'ตามรายงานของ',
];

/** The same idea written after the outlets: `Reuters'a göre`, `ロイター通信によると`, `据新华社报道`. */
export const CREDIT_SUFFIXES = [
  "['’]?(?:y?[ae])?\\s+göre", 'szerint', 'mukaan', 'によると', 'によれば', 'の報道',
  '에 따르면', '报道', '報導', '報道', '消息', 'के अनुसार', 'reported',
];

/** Chinese and Japanese prefixes run straight into the outlet's name, with no space. */
export const CREDIT_PREFIXES_UNSPACED = ['据', '據', '综合', '綜合', '来源', '來源', '转自', '轉自', '引自', '출처'];

/** Joining words and articles left in front of an outlet's name once a list is split. */
export const LIST_FILLERS = [
  'and', 'et', 'und', 'y', 'e', 'và', 'i', 'och', 'og', 'en', 've', 'és', 'și', 'ja', 'oraz', 'a',
  'и', 'і', 'та', 'και', 'و', 'ו', 'dan', 'the', 'la', 'le', 'les', "l'", 'l’', 'der', 'die', 'das',
  'el', 'los', 'las', 'o', 'os', 'as', 'da', 'do', 'das', 'dos', 'de', 'del', 'il', 'lo', 'gli', 'het',
  'το', 'του', 'της', 'η', 'ο', 'τα', 'των', 'news agency', 'agency', 'agence', 'hãng', 'hãng tin', 'báo', 'tờ', 'trang', 'kênh',
];

/** Outlets a line may consist of alone, as in a closing `(AFP)` or `Reuters/AP`. */
export const KNOWN_OUTLETS = [
  'reuters', 'afp', 'ap', 'associated press', 'dpa', 'efe', 'ansa', 'xinhua', 'tass', 'ria novosti',
  'interfax', 'bloomberg', 'kyodo', 'jiji', 'yonhap', 'anadolu', 'aa', 'bernama', 'antara', 'pap', 'čtk',
  'ctk', 'mti', 'apa', 'belga', 'anp', 'tt', 'ntb', 'ritzau', 'stt', 'ana-mpa', 'agerpres', 'bta',
  'hina', 'tanjug', 'ukrinform', 'unian', 'sputnik', 'vna', 'ttxvn', 'europa press', 'agência brasil',
  'agencia brasil', 'lusa', 'nhk', 'bbc', 'cnn', 'france24', 'france 24', 'rfi', 'dw', 'al jazeera',
  'new york times', 'ny times', 'nyt', 'washington post', 'the guardian', 'guardian', 'wsj',
  'wall street journal', 'financial times', 'ft', 'politico', 'axios', 'upi', 'pti', 'ians', 'ani',
  '新华社', '新華社', '中新社', '路透社', '法新社', '美联社', '美聯社', '共同通信', '時事通信', '연합뉴스',
];
