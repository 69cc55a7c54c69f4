import { useState } from 'react';
import type { BodyRecord } from '../../db/records';

/** Which of an article's texts the pane shows: the feed's, or the whole article read from its page. */
export type TextView = 'feed' | 'full';

export interface ShownText {
  /** Null when there is no full text, only the feed's. */
  view: TextView | null;
  /** As stored: not safe to show until sanitised. */
  html: string;
  /** What the text's relative addresses resolve against. */
  baseUrl: string | null;
  /** The page's declared language for its text; null to keep the article's. */
  language: string | null;
  show: (view: TextView) => void;
}

/**
 * The text to show for the article `key`: its full text when one is stored, unless the reader chose the feed's for
 * this article; the choice lasts while the article stays open.
 */
export function useShownText(key: string | null, body: BodyRecord | undefined, feedBaseUrl: string | null): ShownText {
  const [choice, setChoice] = useState<{ key: string | null; view: TextView }>({ key: null, view: 'full' });
  const fullText = body?.fullText ?? null;
  const show = (view: TextView) => setChoice({ key, view });
  const view: TextView | null = fullText ? (choice.key === key ? choice.view : 'full') : null;
  if (fullText && view === 'full') return { view, html: fullText.html, baseUrl: fullText.url, language: fullText.language, show };
  return { view, html: body?.contentHtml ?? '', baseUrl: feedBaseUrl, language: null, show };
}
