/**
 * How much disk the kept images of articles may take. The main process owns the cache and keeps these with it (the
 * limits describe this computer's disk, not the reader's database), and holds every value it is sent to the bounds
 * below, so a page cannot make one picture fill the disk.
 */
export interface ImageCacheLimits {
  /** The largest picture kept, in megabytes; a larger one is still shown when opened, but not kept. */
  maxImageMegabytes: number;
  /** All kept pictures together, in megabytes; past it, those shown least recently go first. */
  maxTotalMegabytes: number;
}

/** What the cache holds now, with the limits in force. */
export interface ImageCacheUsage {
  bytes: number;
  files: number;
  limits: ImageCacheLimits;
}

/** A news photograph is a few hundred kilobytes; 5 MB leaves room for the large ones that a high-density screen gets. */
export const defaultImageCacheLimits: ImageCacheLimits = { maxImageMegabytes: 5, maxTotalMegabytes: 500 };

export const maxImageChoices = [1, 2, 5, 10, 20] as const;
export const maxTotalChoices = [100, 250, 500, 1000, 2000, 5000] as const;

const imageBounds = { min: 1, max: 50 };
const totalBounds = { min: 10, max: 20_000 };

function within(value: unknown, bounds: { min: number; max: number }, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(bounds.max, Math.max(bounds.min, Math.round(value))) : fallback;
}

/** Limits as the main process applies them, whatever it was sent. */
export function boundedImageCacheLimits(limits: Partial<ImageCacheLimits>): ImageCacheLimits {
  return {
    maxImageMegabytes: within(limits.maxImageMegabytes, imageBounds, defaultImageCacheLimits.maxImageMegabytes),
    maxTotalMegabytes: within(limits.maxTotalMegabytes, totalBounds, defaultImageCacheLimits.maxTotalMegabytes),
  };
}
