import { useMemo, useState } from 'react';
import type { LocalImageOptions } from '../../security/localImages';
import { sanitizeArticleHtml, type SafeHtml } from '../../security/sanitizeArticleHtml';
import { cutPiece, firstPieceCursor, type PieceCursor } from './htmlPieces';

export interface ArticlePieces {
  /** The pieces shown so far, each sanitised on its own. */
  pieces: SafeHtml[];
  /** Shows the next piece; null once the whole text is shown. */
  showMore: (() => void) | null;
}

interface Shown {
  /** The text and settings the pieces were cut and sanitised for. */
  of: { html: string; baseUrl: string | null; keep: boolean };
  pieces: SafeHtml[];
  next: PieceCursor | null;
}

function firstPiece(html: string, baseUrl: string | null, images: LocalImageOptions): Shown {
  const piece = cutPiece(html, firstPieceCursor);
  return { of: { html, baseUrl, keep: images.keep }, pieces: [sanitizeArticleHtml(piece.html, baseUrl, images)], next: piece.next };
}

/**
 * An article's text as the reading pane shows it: sanitised a piece at a time (htmlPieces.ts), the first when it is
 * opened and each further one when asked for, so that opening even a 16 MB article costs one piece. The pieces
 * shown so far stay, and start again from the first when the text, its base or the picture setting changes.
 */
export function useArticlePieces(html: string, baseUrl: string | null, images: LocalImageOptions): ArticlePieces {
  const { keep } = images;
  const first = useMemo(() => firstPiece(html, baseUrl, { keep }), [html, baseUrl, keep]);
  const [further, setFurther] = useState<Shown | null>(null);
  // Pieces shown beyond the first count only while they belong to the same text.
  const shown = further && further.of === first.of ? further : first;
  const { next } = shown;
  const showMore = next
    ? () => {
        const piece = cutPiece(html, next);
        setFurther({ of: first.of, pieces: [...shown.pieces, sanitizeArticleHtml(piece.html, baseUrl, { keep })], next: piece.next });
      }
    : null;
  return { pieces: shown.pieces, showMore };
}
