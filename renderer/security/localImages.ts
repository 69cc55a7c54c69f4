import { isShownImageType, rankedImageSources } from '../../shared/media/imageCandidates';
import { mediaAddress } from '../../shared/media/mediaRoute';
import { isPixelSized } from '../../shared/media/trackers';

export interface LocalImageOptions {
  /** False for feeds whose pictures the reader chose not to keep: the route shows them without storing them. */
  keep: boolean;
}

/** One picture at `url` through the app's route; null when it is none the page may show (no web address, a tracker's). */
export function localImageAddress(url: string | null | undefined, options: LocalImageOptions): string | null {
  const candidates = rankedImageSources({ src: url ?? null, srcsets: [] });
  return candidates.length > 0 ? mediaAddress(candidates, options) : null;
}

// The sources of each <picture>, read as the sanitiser passes them, for its <img>, which the standard puts last.
const pictureSources = new WeakMap<Element, string[]>();

const isPicture = (element: Element | null): element is Element => element?.tagName.toLowerCase() === 'picture';

/**
 * Points an article's pictures at the app's own route, so that showing an article asks no publisher for anything:
 * each `<img>` becomes one address naming its candidates largest first (its `srcset`, its `<picture>`'s sources, its
 * `src`), of which main serves the largest it has kept; `<picture>` sources lose theirs, so Chromium falls to the
 * `<img>`; video posters go the same way. Beacons (declared 1×1, or on a tracker's host) are removed outright.
 * Runs for each element after the sanitiser settled its addresses, in document order.
 */
export function localiseImages(element: Element, options: LocalImageOptions): void {
  const tag = element.tagName.toLowerCase();
  if (tag === 'source') {
    const srcset = element.getAttribute('srcset');
    const parent = element.parentElement;
    if (srcset && isPicture(parent) && isShownImageType(element.getAttribute('type'))) {
      pictureSources.set(parent, [...(pictureSources.get(parent) ?? []), srcset]);
    }
    // In <audio> and <video> a source's `src` plays only when the reader presses play, and a `srcset` means nothing.
    element.removeAttribute('srcset');
    element.removeAttribute('sizes');
  } else if (tag === 'img') {
    localiseImg(element, options);
  } else if (tag === 'video') {
    const poster = localImageAddress(element.getAttribute('poster'), options);
    if (poster) element.setAttribute('poster', poster);
    else element.removeAttribute('poster');
  }
}

function localiseImg(image: Element, options: LocalImageOptions): void {
  const src = image.getAttribute('src');
  const srcset = image.getAttribute('srcset');
  const parent = image.parentElement;
  const fromPicture = isPicture(parent) ? (pictureSources.get(parent) ?? []) : [];
  image.removeAttribute('srcset');
  image.removeAttribute('sizes');
  if (isPixelSized(image.getAttribute('width'), image.getAttribute('height'))) return image.remove();
  const candidates = rankedImageSources({ src, srcsets: srcset ? [srcset, ...fromPicture] : fromPicture });
  if (candidates.length > 0) image.setAttribute('src', mediaAddress(candidates, options));
  // An inline picture (`data:`) asks no one; anything else left is a tracker's or no picture at all.
  else if (!src || !/^data:/i.test(src)) image.remove();
}
