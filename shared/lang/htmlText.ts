// Plain text out of sanitised article HTML with string operations only: this runs for every
// article of a refresh, in Node as well as in the renderer, where no DOM parser may be assumed.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  shy: '', zwnj: '', zwj: '', hellip: '…', mdash: '—', ndash: '–', minus: '−', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥',
  cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù',
  Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', szlig: 'ß', agrave: 'à', aacute: 'á', acirc: 'â',
  atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê',
  euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', ntilde: 'ñ', ograve: 'ò', oacute: 'ó',
  ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü',
  yacute: 'ý', yuml: 'ÿ', OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Zcaron: 'Ž', zcaron: 'ž',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/** Decodes numeric and the usual named character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}

const INVISIBLE_ELEMENTS = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const LINE_BREAKING_TAGS =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|section|article|header|footer|aside|figure|figcaption|table|tr|td|th|hr|dd|dt|dl)\b[^>]*>/gi;
const ANY_TAG = /<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g;
const UNFINISHED_TAG = /<[^>]*$/;

/**
 * The text of an HTML fragment, one line per block. With `maxChars`, only about that much of the
 * HTML is read, which is all language detection needs from a long article.
 */
export function htmlToText(html: string, maxChars?: number): string {
  let source = html;
  if (maxChars !== undefined && source.length > maxChars * 3) {
    source = source.slice(0, maxChars * 3).replace(UNFINISHED_TAG, '');
  }
  if (source.includes('<')) {
    if (/<(?:script|style|template|noscript)\b/i.test(source)) source = source.replace(INVISIBLE_ELEMENTS, ' ');
    source = source.replace(LINE_BREAKING_TAGS, '\n').replace(ANY_TAG, '');
  }
  const text = tidyWhitespace(decodeEntities(source));
  return maxChars !== undefined && text.length > maxChars ? text.slice(0, maxChars) : text;
}

/** Collapses runs of spaces within lines and drops empty lines. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .replace(/ ?\r?\n[\s]*/g, '\n')
    .trim();
}
