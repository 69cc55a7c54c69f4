import { createRequire } from 'node:module';
import createDOMPurify from 'dompurify';
import { articleHtmlPolicy, settleAddresses, type PolicyElement } from '../../../shared/security/articleHtmlPolicy';

/**
 * Article HTML made safe to store and show: a strict allow-list run by DOMPurify over jsdom.
 * jsdom is the only Node DOM DOMPurify actually cleans with: on linkedom and happy-dom it returns
 * scripts and event handlers untouched (measured, see tests/bench/feeds). It costs about 2 ms per
 * article, so the app itself sanitises in the reading pane, over Chromium's DOM, with the same policy, as it shows an
 * article; this serves the inspector and any caller asking for `sanitise: true`, in the parse workers. jsdom is a development
 * dependency for that reason: the installed app never loads it.
 */

interface JsdomModule {
  JSDOM: new (html: string) => { window: unknown };
}

type Purifier = ReturnType<typeof createDOMPurify>;

let purifier: Purifier | null = null;
/** The address relative links in the article being sanitised resolve against; set per call. */
let currentBase: string | null = null;

function getPurifier(): Purifier {
  if (purifier) return purifier;
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
  const { window } = new JSDOM('<!DOCTYPE html>');
  const instance = createDOMPurify(window as Parameters<typeof createDOMPurify>[0]);
  instance.setConfig(articleHtmlPolicy);
  instance.addHook('afterSanitizeAttributes', (node) => {
    const element = node as unknown as PolicyElement;
    if (typeof element.getAttribute === 'function') settleAddresses(element, currentBase);
  });
  purifier = instance;
  return instance;
}

/** Safe HTML for one article; relative addresses in it are resolved against `baseUrl`. */
export function sanitiseHtml(html: string, baseUrl: string | null): string {
  if (!html) return '';
  // Without a `<` the parser can only produce text, which is already safe as it stands.
  if (!html.includes('<')) return html;
  const instance = getPurifier();
  currentBase = baseUrl;
  try {
    return String(instance.sanitize(html)).trim();
  } finally {
    currentBase = null;
  }
}
