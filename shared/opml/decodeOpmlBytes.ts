/**
 * The text of an OPML file from its bytes: by its byte order mark, else by the encoding its XML declaration names,
 * else as UTF-8. Files that say UTF-8 (or nothing) but are not, as old Windows exports often are, are read as
 * Windows-1252, the superset of Latin-1 that browsers use for it.
 */
export function decodeOpmlBytes(bytes: Uint8Array): string {
  const [first, second, third] = bytes;
  if (first === 0xef && second === 0xbb && third === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (first === 0xff && second === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (first === 0xfe && second === 0xff) return decode('utf-16be', bytes.subarray(2));
  if (first === 0x3c && second === 0x00) return decode('utf-16le', bytes);
  if (first === 0x00 && second === 0x3c) return decode('utf-16be', bytes);
  const declared = declaredEncoding(bytes);
  if (declared && latin1Labels.test(declared)) return decodeWindows1252(bytes);
  if (declared && !/^utf-?8$/i.test(declared)) {
    const text = tryDecode(declared, bytes, false);
    if (text !== null) return text;
  }
  return tryDecode('utf-8', bytes, true) ?? decodeWindows1252(bytes);
}

/** The labels browsers read as Windows-1252 (the WHATWG Encoding standard). */
const latin1Labels = /^(?:iso-?8859-1|iso_8859-1|latin-?1|l1|us-ascii|ascii|cp1252|windows-1252|x-cp1252|cp819|ibm819|iso-ir-100)$/i;

// What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters; 0 where it has nothing. Node's
// TextDecoder reads this label as Latin-1, Chromium's as Windows-1252: decoding it here gives both the same text.
const windows1252High = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80] || byte : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function declaredEncoding(bytes: Uint8Array): string | null {
  let head = '';
  for (const byte of bytes.subarray(0, 200)) head += String.fromCharCode(byte);
  return /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? null;
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

/** Null when the label is unknown or, with `fatal`, when the bytes are not in that encoding. */
function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}
