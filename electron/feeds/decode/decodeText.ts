import { TextDecoder } from 'node:util';

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
  warning: string | null;
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

function charsetFromMarkup(bytes: Uint8Array): string | null {
  // Declarations are ASCII, so reading the head as Latin-1 is safe whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/**
 * Node's TextDecoder reads windows-1252 as ISO-8859-1, so bytes 0x80–0x9F (curly quotes, dashes, €)
 * come out as control characters. These are the characters Windows-1252 puts there.
 */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => windows1252High[char.charCodeAt(0) - 0x80] ?? char);
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

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) if ((bytes[i] ?? 0) > 0x7f) return true;
  return false;
}

const singleByteFamilies = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh)$/;

export function decodeText(bytes: Uint8Array, contentType: string | null): DecodedText {
  const bom = charsetFromBom(bytes);
  if (bom) {
    const decoder = decoderFor(bom.label) as TextDecoder;
    return { text: decoder.decode(bytes.subarray(bom.length)), encoding: decoder.encoding, warning: null };
  }
  const declared = charsetFromContentType(contentType) ?? sniffUtf16(bytes) ?? charsetFromMarkup(bytes);
  let warning: string | null = null;
  let decoder = declared ? decoderFor(declared) : null;
  const unknown = declared !== null && decoder === null;
  if (unknown) warning = `Unknown character set “${declared}”; read as UTF-8`;
  decoder ??= new TextDecoder('utf-8');

  if (decoder.encoding === 'utf-8') {
    const text = strictUtf8(bytes);
    if (text !== null) return { text, encoding: 'utf-8', warning };
    // Mislabelled Latin-1 is the usual cause, and reading it as UTF-8 turns "Fête" into "F�te".
    const markup = charsetFromMarkup(bytes);
    const fallback = (markup && decoderFor(markup)?.encoding !== 'utf-8' ? decoderFor(markup) : null) ?? new TextDecoder('windows-1252');
    // Say what was actually declared: blaming a "UTF-8" label the feed never gave sends the publisher looking for nothing.
    warning = !declared
      ? `The feed declared no character set and is not UTF-8; read it as ${fallback.encoding}`
      : unknown
        ? `Unknown character set “${declared}”, and the feed is not UTF-8; read it as ${fallback.encoding}`
        : `The feed said it was UTF-8 but is not; read it as ${fallback.encoding}`;
    decoder = fallback;
  } else if (singleByteFamilies.test(decoder.encoding) && hasNonAscii(bytes)) {
    // Servers label feeds Latin-1 by default; real Latin-1 text is almost never valid UTF-8 by accident.
    const text = strictUtf8(bytes);
    if (text !== null) return { text, encoding: 'utf-8', warning: `The feed said it was ${decoder.encoding} but is UTF-8; read it as UTF-8` };
  }
  const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  return { text, encoding: decoder.encoding, warning };
}
