/** The raster formats Chromium shows in an `<img>`, as an icon is stored: a `data:` address of one of these types. */
export type IconMediaType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/x-icon';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

const ascii = (text: string): number[] => Array.from(text, (character) => character.charCodeAt(0));

/**
 * What the bytes are, read from their signature: servers label icons loosely (a PNG named favicon.ico, `text/plain`,
 * `application/octet-stream`), so the declared type is not asked. Null for anything else, SVG included.
 */
export function iconMediaType(bytes: Uint8Array): IconMediaType | null {
  if (startsWith(bytes, [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // An icon directory: reserved 0, type 1 (icon, not cursor), and at least one image.
  if (startsWith(bytes, [0, 0, 1, 0]) && (bytes[4] ?? 0) + (bytes[5] ?? 0) * 256 > 0 && bytes.length > 6 + 16) return 'image/x-icon';
  return null;
}

/** Whether the bytes are an SVG document, to say why it was refused. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const opening = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(opening);
}
