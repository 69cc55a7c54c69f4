import DOMPurify from 'dompurify';
import { articleHtmlPolicy, settleAddresses } from '../../shared/security/articleHtmlPolicy';

const purifier = DOMPurify(window);
purifier.setConfig(articleHtmlPolicy);
let currentBase: string | null = null;
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node instanceof Element) settleAddresses(node, currentBase);
  if (node instanceof HTMLImageElement) node.setAttribute('loading', 'lazy');
});

/**
 * Article HTML as Tidings stores and shows it, cleaned with the shared policy over Chromium's own DOM.
 * Relative addresses resolve against `baseUrl` (the article's address).
 */
export function sanitizeArticleHtml(html: string, baseUrl: string | null = null): string {
  if (!html) return '';
  currentBase = baseUrl;
  try {
    return purifier.sanitize(html).trim();
  } finally {
    currentBase = null;
  }
}
