/**
 * The largest side an icon is stored at: it is shown at 16 to 20 CSS pixels, so 64 covers screens of up to three
 * device pixels per CSS pixel. Every feed row carries its icon, so a 180 px touch icon is not kept as sent.
 */
export const storedIconSide = 64;

/** Smaller than this, a "favicon" is a placeholder (a 1×1 transparent pixel that stops browsers asking), not an icon. */
const smallestIconSide = 8;

function bytesOf(dataUrl: string): Blob | null {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(dataUrl);
  if (!match) return null;
  try {
    const binary = atob(match[2] ?? '');
    return new Blob([Uint8Array.from(binary, (character) => character.charCodeAt(0))], { type: match[1] });
  } catch {
    return null;
  }
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('The icon could not be read back')));
    reader.onerror = () => reject(reader.error ?? new Error('The icon could not be read back'));
    reader.readAsDataURL(blob);
  });
}

/**
 * The icon as it is worth storing: decoded by Chromium itself (so one it cannot show is dropped, whatever its
 * signature said) and, when larger than storedIconSide, drawn down to it as a PNG. Null when it is no icon. Where the
 * page has no image decoding (tests under Node), the icon is kept as the main process sent it.
 */
export async function storableIcon(dataUrl: string): Promise<string | null> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return dataUrl;
  const blob = bytesOf(dataUrl);
  if (!blob) return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return null;
  }
  try {
    const { width, height } = bitmap;
    if (width < smallestIconSide || height < smallestIconSide) return null;
    if (width <= storedIconSide && height <= storedIconSide) return dataUrl;
    const scale = storedIconSide / Math.max(width, height);
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
    const context = canvas.getContext('2d');
    if (!context) return dataUrl;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return await dataUrlOf(await canvas.convertToBlob({ type: 'image/png' }));
  } finally {
    bitmap.close();
  }
}
