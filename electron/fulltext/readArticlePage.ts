import { Readability } from '@mozilla/readability';
import { fullTextFailure, type FullTextAnswer } from '../../shared/model/fullText';
import { mainMessage } from '../../shared/model/mainMessage';
import { normaliseLanguageTag } from '../../shared/lang/tags';
import { settleAddresses } from '../../shared/security/articleHtmlPolicy';
import { decodeText } from '../feeds/decode/decodeText';
import { firstLine, verbatim } from '../feeds/http/feedProblem';
import { parsePage, type PageElement } from './pageDom';
import { pageFacts } from './pageFacts';

/** A page as the network gave it: its bytes, its declared type, and the address that answered after redirects. */
export interface FetchedPage {
  body: Uint8Array;
  contentType: string | null;
  url: string;
}

/**
 * Readability walks the page several times over: 30,000 elements take about a second. Past this many (a comment
 * section of thousands, an endless list) the page is refused rather than hold the worker for many seconds.
 */
const maxElements = 50_000;

/** Less text than this is no article: a cookie wall, a sign-in page, the caption of a video page. */
export const minArticleChars = 140;

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** Markup somewhere near the start: a page served with a wrong type still reads, plain text or JSON does not. */
function looksLikeMarkup(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*</.test(text.slice(0, 4096)) || /<(?:html|head|body|article|p|div)\b/i.test(text.slice(0, 4096));
}

/** Start tags in the text: an upper bound on the elements its DOM will have (script text may hold a few more). */
function countTags(text: string): number {
  let count = 0;
  for (let index = text.indexOf('<'); index >= 0; index = text.indexOf('<', index + 1)) {
    const next = text.charCodeAt(index + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count += 1;
  }
  return count;
}

/** The article's HTML with every address made absolute against the page's base, as the element tree holds it. */
function serialise(element: PageElement, baseUrl: string): string {
  settleAddresses(element, baseUrl);
  for (const inner of element.querySelectorAll('*')) settleAddresses(inner, baseUrl);
  return element.innerHTML;
}

/**
 * The readable article of a page, by Mozilla's Readability over linkedom, with what the page says of its language,
 * canonical address and site. Runs in a worker: a large page takes tens of milliseconds. Never throws.
 */
export function readArticlePage(page: FetchedPage): FullTextAnswer {
  const { text } = decodeText(page.body, page.contentType);
  if (!looksLikeMarkup(text)) return fullTextFailure('not-a-page', mainMessage('notMarkup'));
  // Counted on the text, before any DOM is built: Readability's own limit counts with a selector linkedom answers with none.
  if (countTags(text) > maxElements) return fullTextFailure('unreadable', mainMessage('pageTooManyElements', { count: maxElements }));
  try {
    const document = parsePage(text);
    const facts = pageFacts(document, page.url);
    const reader = new Readability<string>(document as unknown as ReadabilityDocument, {
      serializer: (node) => serialise(node as unknown as PageElement, facts.baseUrl),
    });
    const article = reader.parse();
    const html = article?.content ?? '';
    const textLength = (article?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (!article || html === '' || textLength < minArticleChars) return fullTextFailure('no-article', mainMessage('noArticle'));
    const siteName = facts.siteName ?? (article.siteName?.replace(/\s+/g, ' ').trim() || null);
    return {
      kind: 'extracted',
      html,
      url: page.url,
      language: facts.language ?? normaliseLanguageTag(article.lang),
      canonicalUrl: facts.canonicalUrl,
      siteName,
      textLength,
    };
  } catch (error) {
    // Readability refuses a page over maxElements by throwing; a DOM that chokes on the markup does the same.
    return fullTextFailure('unreadable', mainMessage('pageUnreadable', { reason: verbatim(firstLine(error)) }));
  }
}
