import { join, normalize, sep } from 'node:path';

/**
 * The file a URL path names inside `root` (`/` names `index.html`), or null when the path is malformed or would
 * lead out of `root` (`/../../etc/passwd`, encoded or not).
 */
export function pathInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '') || 'index.html';
  const file = join(root, relative);
  return file.startsWith(root + sep) ? file : null;
}
