import { iconMediaType, looksLikeSvg, type IconMediaType } from '../feeds/icons/imageType';

/** The formats Chromium shows in an `<img>`: the icons' rasters, and AVIF, BMP and SVG. */
export type ImageMediaType = IconMediaType | 'image/avif' | 'image/bmp' | 'image/svg+xml';

const viewOf = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const text = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

/**
 * What the bytes are, read from their signature as for icons (servers label pictures loosely, and a label is no
 * promise). SVG is taken: in an `<img>` Chromium runs none of its script and loads nothing it names, and the route
 * serves it with a CSP that forbids both anyway, should it ever be opened as a document. Null for anything else.
 */
export function imageMediaType(bytes: Uint8Array): ImageMediaType | null {
  const raster = iconMediaType(bytes);
  if (raster) return raster;
  // AVIF is an ISO media file: an `ftyp` box whose major or compatible brands name it.
  if (text(bytes, 4, 8) === 'ftyp') {
    const boxEnd = Math.min(bytes.length, viewOf(bytes).getUint32(0), 64);
    for (let at = 8; at + 4 <= boxEnd; at += 4) {
      if (['avif', 'avis'].includes(text(bytes, at, at + 4))) return 'image/avif';
    }
  }
  if (text(bytes, 0, 2) === 'BM' && bytes.length > 26) return 'image/bmp';
  return looksLikeSvg(bytes) ? 'image/svg+xml' : null;
}

/**
 * Width and height as a PNG or GIF header declares them, the two formats beacons come in; null for others. A 1×1
 * picture is no picture a reader needs, whatever the article's markup said of its size.
 */
export function declaredSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = viewOf(bytes);
  if (bytes.length >= 24 && text(bytes, 12, 16) === 'IHDR') return { width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes.length >= 10 && text(bytes, 0, 3) === 'GIF') return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  return null;
}

export function isPixel(bytes: Uint8Array): boolean {
  const size = declaredSize(bytes);
  return size !== null && size.width <= 1 && size.height <= 1;
}
