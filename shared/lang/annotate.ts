import type { ParsedArticle, SourceLink } from '../model/article';
import { mergeCredits, splitOutlets } from './credits';
import { htmlToText } from './htmlText';
import { findTranslation } from './originLanguage';
import { extractProvenance } from './provenance';
import { OPENING_CHARS, resolveArticleLanguage, type ResolvedLanguage } from './resolve';
import { mergeSourceLinks, toWebUrl } from './sourceLinks';
import { urlIdentity } from './urls';

export interface FeedContext {
  /** The feed's declared language (channel `<language>`, feed `xml:lang`, JSON Feed `language`). */
  language: string | null;
  url: string;
  /**
   * The item's own declaration (`xml:lang`, `dc:language`, JSON Feed item `language`) when the
   * parser keeps it apart; otherwise `article.language` is read as the item's declaration.
   */
  itemLanguage?: string | null;
  /** Where the item says it came from, in the feed's own structure rather than in its text. */
  declaredSources?: readonly DeclaredSource[];
}

export interface DeclaredSource {
  kind: 'dc:source' | 'atom:source' | 'external_url' | 'canonical';
  /** An address; `dc:source` may also hold an outlet's name. */
  value: string;
  /** The source's title where the feed gives one (Atom `<source><title>`). */
  label?: string | null;
}

/** How much of the body is read for language detection, after the title: plenty to tell a language, and the
 * detector's cost grows with it (a first refresh reads ~40,000 articles). The list's excerpt (240 characters) is cut
 * from the same text. */
const DETECTION_TEXT_CHARS = 400;

export interface AnnotatedArticle {
  article: ParsedArticle;
  language: ResolvedLanguage;
  /** The text of the body's opening (provenance lines out), one line per block, as read for detection. */
  openingText: string;
}

/** Fills in an article's language, translation, source links and credits. */
export function annotateArticle(article: ParsedArticle, feed: FeedContext): ParsedArticle {
  return annotateArticleInDetail(article, feed).article;
}

/** As annotateArticle, also telling how sure the language is and where it came from. */
export function annotateArticleInDetail(article: ParsedArticle, feed: FeedContext): AnnotatedArticle {
  const provenance = extractProvenance(article.contentHtml);
  const declared = readDeclaredSources(feed.declaredSources ?? [], article.url);

  const body = htmlToText(provenance.contentHtml, DETECTION_TEXT_CHARS);
  const language = resolveArticleLanguage({
    declared: feed.itemLanguage !== undefined ? feed.itemLanguage : article.language,
    feedDeclared: feed.language,
    text: `${article.title}\n${body}`,
    opening: body.slice(0, OPENING_CHARS),
  });

  const sourceLinks = mergeSourceLinks(article.sourceLinks, provenance.sourceLinks, declared.links);
  // A syndication source (Atom <source>) names the feed an entry was copied from, not an original
  // it was translated from.
  const translationLinks = mergeSourceLinks(article.sourceLinks, provenance.sourceLinks, declared.originLinks);
  const translation =
    article.translation ??
    findTranslation({ articleLanguage: language.language, sourceLinks: translationLinks, alternates: article.alternates });

  return {
    article: {
      ...article,
      language: language.language,
      languageConfidence: language.language ? language.confidence : null,
      contentHtml: provenance.contentHtml,
      author: article.author ?? provenance.byline,
      sourceLinks,
      credits: mergeCredits(article.credits, provenance.credits, declared.outlets),
      translation,
    },
    language,
    openingText: body,
  };
}

function readDeclaredSources(
  sources: readonly DeclaredSource[],
  articleUrl: string | null,
): { links: SourceLink[]; originLinks: SourceLink[]; outlets: string[] } {
  const links: SourceLink[] = [];
  const originLinks: SourceLink[] = [];
  const outlets: string[] = [];
  const own = articleUrl ? urlIdentity(articleUrl) : null;
  for (const source of sources) {
    const url = toWebUrl(source.value);
    if (!url) {
      if (source.kind === 'dc:source') outlets.push(...splitOutlets(source.value));
      continue;
    }
    // A canonical address that is the item's own link says nothing about provenance.
    if (own !== null && urlIdentity(url) === own) continue;
    const link = { url, label: source.label ?? null };
    links.push(link);
    if (source.kind !== 'atom:source') originLinks.push(link);
  }
  return { links, originLinks, outlets };
}
