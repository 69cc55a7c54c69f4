import DOMPurify from 'dompurify';
import { articleHtmlPolicy, settleAddresses } from '../../shared/security/articleHtmlPolicy';
import { localiseImages, type LocalImageOptions } from './localImages';

const purifier = DOMPurify(window);
purifier.setConfig(articleHtmlPolicy);
let currentBase: string | null = null;
let currentImages: LocalImageOptions = { keep: true };
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node instanceof Element) settleAddresses(node, currentBase);
  if (node instanceof HTMLImageElement) node.setAttribute('loading', 'lazy');
  // No publisher learns which article was read from where: the page's own policy (index.html, and the header both
  // shells send) already sends no Referer, and each element that honours a policy of its own is told so too.
  if (node instanceof HTMLAnchorElement || node instanceof HTMLImageElement) node.setAttribute('referrerpolicy', 'no-referrer');
  // Audio and video in an article are fetched when played, not when the article is opened (as its enclosures are).
  if (node instanceof HTMLMediaElement) node.setAttribute('preload', 'none');
  // Last: it may remove the node (a beacon), and reads the addresses settled above.
  if (node instanceof Element) localiseImages(node, currentImages);
});

/** HTML that went through the policy below: the only kind the reading pane will put in the page. */
export type SafeHtml = string & { readonly safeHtml: unique symbol };

/**
 * Article HTML as Tidings shows it, cleaned with the shared policy over Chromium's own DOM, the same parser that
 * then renders it. Relative addresses resolve against `baseUrl`; pictures are asked of the app's own route
 * (localImages.ts), kept for reading offline unless `images.keep` is false.
 */
export function sanitizeArticleHtml(html: string, baseUrl: string | null = null, images: LocalImageOptions = { keep: true }): SafeHtml {
  if (!html) return '' as SafeHtml;
  currentBase = baseUrl;
  currentImages = images;
  try {
    return purifier.sanitize(html).trim() as SafeHtml;
  } finally {
    currentBase = null;
    currentImages = { keep: true };
  }
}
