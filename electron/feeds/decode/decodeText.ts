import { TextDecoder } from 'node:util';
import { mainMessage, type MainMessage } from '../../../shared/model/mainMessage';
import { controlsAsWindows1252, windows1252Char } from './windows1252';

/**
 * Turns the bytes of a feed or page into text. The charset comes from, in order: a byte order mark,
 * the HTTP Content-Type, the XML declaration, an HTML `<meta charset>`, else UTF-8. Node's TextDecoder
 * (full ICU) covers every legacy encoding feeds use, so no conversion library is needed.
 */
export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `windows-1252`. */
  encoding: string;
  /** What was wrong with the declared charset and how it was worked around. */
  warning: MainMessage | null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function charsetFromBom(bytes: Uint8Array): { label: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM still shows itself: `<` next to a zero byte. */
function sniffUtf16(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] !== 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[3] !== 0x00) return 'utf-16be';
  return null;
}

/** The bytes as a Buffer, without copying them. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function charsetFromMarkup(bytes: Uint8Array): string | null {
  // Declarations are ASCII, so reading the head as Latin-1 is safe whatever the real encoding.
  const head = asBuffer(bytes).toString('latin1', 0, Math.min(bytes.byteLength, 4096));
  const xml = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/**
 * Node's TextDecoder reads windows-1252 as ISO-8859-1 anyway, bytes 0x80–0x9F (curly quotes, dashes, €) as control
 * characters, so Buffer's native Latin-1 reading does the same faster; decodeText maps those characters afterwards.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return asBuffer(bytes).toString('latin1');
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** The length of the well-formed UTF-8 sequence that starts at `index` (RFC 3629), or 0 when there is none. */
function utf8SequenceAt(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  const second = bytes[index + 1];
  if (lead >= 0xc2 && lead <= 0xdf) return isContinuation(second) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const secondFits = second !== undefined && (lead === 0xe0 ? second >= 0xa0 && second <= 0xbf : lead === 0xed ? second >= 0x80 && second <= 0x9f : isContinuation(second));
    return secondFits && isContinuation(bytes[index + 2]) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const secondFits = second !== undefined && (lead === 0xf0 ? second >= 0x90 && second <= 0xbf : lead === 0xf4 ? second >= 0x80 && second <= 0x8f : isContinuation(second));
    return secondFits && isContinuation(bytes[index + 2]) && isContinuation(bytes[index + 3]) ? 4 : 0;
  }
  return 0;
}

/**
 * Text that is UTF-8 but for some bytes of a legacy encoding: a feed assembled from sources in two encodings, often
 * one item pasted from a Windows program. The well-formed sequences are read as UTF-8 and each stray byte as the
 * Windows-1252 character it most likely was. Null when stray bytes outnumber the UTF-8 sequences: then the text is in
 * a legacy encoding throughout, not UTF-8.
 */
function decodeMostlyUtf8(bytes: Uint8Array): { text: string; strays: number } | null {
  const buffer = asBuffer(bytes);
  const parts: string[] = [];
  let runStart = 0;
  let sequences = 0;
  let strays = 0;
  for (let index = 0; index < bytes.length; ) {
    if ((bytes[index] ?? 0) < 0x80) {
      index += 1;
      continue;
    }
    const length = utf8SequenceAt(bytes, index);
    if (length > 0) {
      sequences += 1;
      index += length;
      continue;
    }
    parts.push(buffer.toString('utf8', runStart, index), windows1252Char(bytes[index] ?? 0));
    strays += 1;
    // Text in a legacy encoding is stray bytes throughout: no need to read all of it to know.
    if (strays > 64 && sequences === 0) return null;
    index += 1;
    runStart = index;
  }
  if (sequences < strays) return null;
  parts.push(buffer.toString('utf8', runStart));
  return { text: parts.join(''), strays };
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The text when the bytes are valid UTF-8, else null: one pass both checks and decodes. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 has a zero byte in every ASCII character; a label saying UTF-16 on text without one is wrong. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 64).includes(0);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) if ((bytes[i] ?? 0) > 0x7f) return true;
  return false;
}

const singleByteFamilies = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh)$/;

/**
 * Whether valid UTF-8 holds a C1 control character (U+0080–U+009F, encoded C2 80–C2 9F): Windows text read as Latin-1
 * and then encoded as UTF-8. Looking for the 0xC2 byte is a native scan, far cheaper than a search of the decoded text.
 */
function holdsUtf8Controls(bytes: Uint8Array): boolean {
  const buffer = asBuffer(bytes);
  for (let index = buffer.indexOf(0xc2); index >= 0; index = buffer.indexOf(0xc2, index + 1)) {
    const next = buffer[index + 1] ?? 0;
    if (next >= 0x80 && next <= 0x9f) return true;
  }
  return false;
}

/** Text decoded from valid UTF-8, with its C1 controls read as the Windows-1252 characters they stand for. */
function utf8Text(bytes: Uint8Array, text: string): string {
  return holdsUtf8Controls(bytes) ? controlsAsWindows1252(text) : text;
}

/**
 * Every text returned has its C1 control characters read as Windows-1252 (see windows1252.ts): they come from Latin-1
 * labels on Windows text, from such text double-encoded into UTF-8, and from legacy encodings that leave 0x80–0x9F to
 * them, and in every case stand for Windows-1252's punctuation.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null): DecodedText {
  const bom = charsetFromBom(bytes);
  if (bom) {
    const decoder = decoderFor(bom.label) as TextDecoder;
    const body = bytes.subarray(bom.length);
    const text = decoder.decode(body);
    return { text: decoder.encoding === 'utf-8' ? utf8Text(body, text) : controlsAsWindows1252(text), encoding: decoder.encoding, warning: null };
  }
  const declared = charsetFromContentType(contentType) ?? sniffUtf16(bytes) ?? charsetFromMarkup(bytes);
  let warning: MainMessage | null = null;
  let decoder = declared ? decoderFor(declared) : null;
  const unknown = declared !== null && decoder === null;
  if (unknown) warning = mainMessage('unknownCharset', { declared });
  if (decoder?.encoding.startsWith('utf-16') && !looksLikeUtf16(bytes)) {
    // Text re-encoded on its way out keeps the declaration it was written with: read as UTF-16, it is all gibberish.
    warning = mainMessage('notDeclaredCharset', { declared: declared ?? decoder.encoding });
    decoder = null;
  }
  decoder ??= new TextDecoder('utf-8');

  if (decoder.encoding === 'utf-8') {
    const text = strictUtf8(bytes);
    if (text !== null) return { text: utf8Text(bytes, text), encoding: 'utf-8', warning };
    const markup = charsetFromMarkup(bytes);
    const markupDecoder = markup ? decoderFor(markup) : null;
    const declaredLegacy = markupDecoder && !['utf-8', 'utf-16le', 'utf-16be'].includes(markupDecoder.encoding) ? markupDecoder : null;
    // Reading the whole as Windows-1252 for a few stray bytes would turn every other "Fête" into "FÃªte".
    const mostly = declaredLegacy ? null : decodeMostlyUtf8(bytes);
    if (mostly) return { text: controlsAsWindows1252(mostly.text), encoding: 'utf-8', warning: mainMessage('utf8Except', { strays: mainMessage('strayCharacters', { count: mostly.strays }) }) };
    // Mislabelled Latin-1 is the usual cause, and reading it as UTF-8 turns "Fête" into "F�te".
    const fallback = declaredLegacy ?? new TextDecoder('windows-1252');
    // Say what was actually declared: blaming a "UTF-8" label the feed never gave sends the publisher looking for nothing.
    warning = !declared
      ? mainMessage('noCharsetNotUtf8', { encoding: fallback.encoding })
      : unknown
        ? mainMessage('unknownCharsetNotUtf8', { declared, encoding: fallback.encoding })
        : mainMessage('saidUtf8ButNot', { encoding: fallback.encoding });
    decoder = fallback;
  } else if (singleByteFamilies.test(decoder.encoding) && hasNonAscii(bytes)) {
    // Servers label feeds Latin-1 by default; real Latin-1 text is almost never valid UTF-8 by accident.
    const text = strictUtf8(bytes);
    if (text !== null) return { text: utf8Text(bytes, text), encoding: 'utf-8', warning: mainMessage('saidOtherButUtf8', { declared: decoder.encoding }) };
    const mostly = decodeMostlyUtf8(bytes);
    if (mostly) return { text: controlsAsWindows1252(mostly.text), encoding: 'utf-8', warning: mainMessage('saidOtherButUtf8Except', { declared: decoder.encoding, strays: mainMessage('strayCharacters', { count: mostly.strays }) }) };
  }
  const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  return { text: controlsAsWindows1252(text), encoding: decoder.encoding, warning };
}
