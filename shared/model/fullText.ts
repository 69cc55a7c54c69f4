import { inEnglish, type MainMessage } from './mainMessage';

/** The whole article as the main process read it from its page, for feeds that carry only a summary. */
export interface ExtractedPage {
  /** The article's HTML as Readability took it out of the page: not safe to show as it is, sanitised when shown. */
  html: string;
  /** The page's address after redirects; the addresses in `html` are already made absolute against it. */
  url: string;
  /** Lower-case primary subtag the page declares (`<html lang>`, else `og:locale`); null when it declares none. */
  language: string | null;
  /** `<link rel="canonical">`, made absolute; null when the page names none. */
  canonicalUrl: string | null;
  /** `og:site_name`, else the publisher the page's structured data names; null when neither is given. */
  siteName: string | null;
  /** Characters of text in `html`: tells a page that holds more than its feed's summary from one that does not. */
  textLength: number;
}

/**
 * Why no article came of a page: it could not be reached, took too long, answered with an error status, was no web
 * page, could not be read (too large, badly compressed, too complex), held nothing that reads as an article, or the
 * queue was too long to take it.
 */
export type FullTextFailure = 'unreachable' | 'timeout' | 'http' | 'not-a-page' | 'unreadable' | 'no-article' | 'busy';

export type FullTextAnswer =
  | ({ kind: 'extracted' } & ExtractedPage)
  | {
      kind: 'failed';
      reason: FullTextFailure;
      /** One line in English, for the log; `told` is the same as a code, which the window words for its tooltip. */
      detail: string;
      told?: MainMessage;
      /** The HTTP status, for `http`. */
      status?: number;
    };

/** A failure to give the window: its English line for the log, made from the message it words. */
export function fullTextFailure(reason: FullTextFailure, told: MainMessage, extra: { status?: number } = {}): Extract<FullTextAnswer, { kind: 'failed' }> {
  return { kind: 'failed', reason, detail: inEnglish(told), told, ...extra };
}
