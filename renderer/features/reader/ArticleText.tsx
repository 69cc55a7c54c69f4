import { useDeferredValue, useEffect, useRef, type MouseEvent } from 'react';
import type { LocalImageOptions } from '../../security/localImages';
import type { ArticleDirection } from './articleDirection';
import { useArticlePieces } from './articlePieces';
import { readerScrollerClass } from './readerScroll';
import './articleText.css';

/** How near its end, in pixels, the reader may scroll before the next piece is shown: about two screens ahead. */
const aheadPx = 2000;

/**
 * Shows the next piece of the text whenever the end of what is shown comes within `aheadPx` of the reading pane's
 * view, as the reader scrolls (by wheel, keys, a screen reader's cursor or Find's jumps to the end).
 */
function useShowMoreNearEnd(showMore: (() => void) | null, shownPieces: number) {
  const end = useRef<HTMLDivElement>(null);
  const latest = useRef(showMore);
  latest.current = showMore;
  const more = showMore !== null;
  useEffect(() => {
    const marker = end.current;
    if (!more || !marker) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current?.();
    }, { root: marker.closest(`.${readerScrollerClass}`), rootMargin: `0px 0px ${aheadPx}px 0px` });
    observer.observe(marker);
    return () => observer.disconnect();
    // Observed again after each piece: an end still in view then asks for the next one at once.
  }, [more, shownPieces]);
  return end;
}

/**
 * The article's text, sanitised and shown a bounded piece at a time (articlePieces.ts); the CSP forbids inline script
 * besides. Takes the text as stored: it is cut and sanitised here, never put in the page otherwise.
 */
export function ArticleText({
  html,
  baseUrl,
  images,
  language,
  direction,
  onClick,
}: {
  html: string;
  baseUrl: string | null;
  images: LocalImageOptions;
  language: string | null;
  direction: ArticleDirection;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
}) {
  // Cut and sanitised in a render of its own, after the one that read the body: reading a 16 MB body from the
  // database is itself a task of some 60 ms, and the two together would hold the window too long.
  const deferredHtml = useDeferredValue(html, '');
  const { pieces, showMore } = useArticlePieces(deferredHtml, baseUrl, images);
  const end = useShowMoreNearEnd(showMore, pieces.length);
  return (
    <>
      <div className="reader-content" lang={language ?? undefined} dir={direction === 'ltr' ? undefined : direction} onClick={onClick}>
        {pieces.map((piece, index) => (
          // Appended, never re-ordered: a piece's index is its identity.
          <div key={index} className="reader-piece" dangerouslySetInnerHTML={{ __html: piece }} />
        ))}
      </div>
      {showMore && <div ref={end} className="reader-more" aria-hidden="true" />}
    </>
  );
}
