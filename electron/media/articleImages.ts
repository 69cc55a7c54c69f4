import type { ParsedArticle } from '../../shared/model/article';
import { isShownImageType, rankedImageSources, resolveSrcset, writeSrcset } from '../../shared/media/imageCandidates';
import { isPixelSized } from '../../shared/media/trackers';
import { resolveWebUrl } from '../../shared/util/url';
import { attributes } from '../feeds/discover/findFeedLinks';

/** Pictures of one article kept at most: a gallery of hundreds is read online, or its first pictures offline. */
export const maxPicturesPerArticle = 40;

/**
 * Articles of one result whose pictures are queued: a first fetch of a large archive (hundreds of items) keeps the
 * pictures of its first articles, which feeds list newest first; the others' are fetched when shown.
 */
const maxArticlesQueued = 200;

/** The pictures of a result's articles that are queued for keeping. */
export function picturesToKeep(articles: readonly Pick<ParsedArticle, 'contentHtml' | 'baseUrl' | 'url' | 'imageUrl'>[]): string[][] {
  return articles.slice(0, maxArticlesQueued).flatMap(articlePictures);
}

const tags = /<(\/?picture|img|source|video)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

/**
 * The pictures an article shows, each as its addresses largest first (rankedImageSources), found with a scan of its
 * tags rather than a DOM: this runs over every new article of every refresh. It reads what the reading pane will ask
 * the route for (renderer/security/localImages.ts): each `<img>` with its `srcset` and its `<picture>`'s sources,
 * video posters, and the article's picture for the list; beacons and trackers' pictures are left out, as there.
 */
export function articlePictures(article: Pick<ParsedArticle, 'contentHtml' | 'baseUrl' | 'url' | 'imageUrl'>): string[][] {
  const base = article.baseUrl ?? article.url;
  // The list's picture first: it shows for every article, opened or not. It is absolute already (normaliseFeed).
  const pictures: string[][] = article.imageUrl ? [rankedImageSources({ src: article.imageUrl, srcsets: [] })] : [];
  let sources: string[] | null = null;
  for (const [, name = '', inside = ''] of article.contentHtml.matchAll(tags)) {
    const tag = name.toLowerCase();
    const attrs = attributes(inside);
    if (tag === 'picture') sources = [];
    else if (tag === '/picture') sources = null;
    else if (tag === 'source') {
      if (sources && attrs.srcset && isShownImageType(attrs.type)) sources.push(absoluteSrcset(attrs.srcset, base));
    } else if (tag === 'img') {
      if (isPixelSized(attrs.width, attrs.height)) continue;
      const srcsets = [...(attrs.srcset ? [absoluteSrcset(attrs.srcset, base)] : []), ...(sources ?? [])];
      pictures.push(rankedImageSources({ src: resolveWebUrl(attrs.src, base), srcsets }));
    } else if (attrs.poster) pictures.push(rankedImageSources({ src: resolveWebUrl(attrs.poster, base), srcsets: [] }));
  }
  return pictures.filter((candidates) => candidates.length > 0).slice(0, maxPicturesPerArticle);
}

function absoluteSrcset(value: string, base: string | null): string {
  return writeSrcset(resolveSrcset(value, base));
}
