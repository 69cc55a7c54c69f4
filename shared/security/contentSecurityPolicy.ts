/**
 * The renderer's Content-Security-Policy: a header from the desktop protocol handler and the web harness, and a meta tag in index.html.
 * No inline or remote script at all; feed images may come from anywhere, because that is what articles show.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  'img-src * data: blob:',
  'media-src * blob:',
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
