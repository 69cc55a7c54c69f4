/**
 * The renderer's Content-Security-Policy: a header from the desktop protocol handler and the web harness, and a meta tag in index.html.
 * No inline or remote script at all. Pictures come only from the app's own origin (the `/media` route, which main
 * answers from its image cache; shared/media/mediaRoute.ts), `data:` (feed icons, inline pictures) and `blob:`: the
 * page never asks a publisher, a tracker or anyone else for a picture by itself. Audio and video may still come from
 * their publisher, since they are fetched only when the reader presses play (preload="none", no poster).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  'media-src * blob:',
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The headers every page of the app is served with, by the desktop protocol handler and by the web harness alike.
 * `frame-ancestors` works only in a header (a meta tag's is ignored, with a warning), hence not in the policy above:
 * no other page may frame Tidings and dress it up to be clicked through. X-Frame-Options says the same to older
 * browsers, and the opener policy keeps a window another site opened from reaching into it.
 */
export const pageSecurityHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  // An episode played from its publisher, the one request the page makes to one, says nothing of where it is played.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const satisfies Record<string, string>;
