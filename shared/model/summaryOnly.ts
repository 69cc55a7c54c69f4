import type { ParsedArticle } from './article';
import { htmlToLine, htmlToText } from '../lang/htmlText';

/**
 * Whether an item carries only a summary of its article, read from the feed alone: no page is ever fetched to compare.
 * A publisher that cuts its items says so in two ways: items too short to be whole articles, and a closing link back to
 * the page ("Read more", "Lire la suite", "Đọc tiếp") or an ellipsis where the text was cut.
 */
export interface SummarySigns {
  /** The item can have a whole article somewhere: it links to a page, has a title, and is no episode or clip. */
  eligible: boolean;
  /** Less text than any article worth fetching: under shortTextChars. */
  short: boolean;
  /** Ends where the publisher cut it: a "read more" link, or an ellipsis. */
  truncated: boolean;
}

/** Shorter than this many characters of text, an item reads as a summary (a whole article is rarely under 500). */
export const shortTextChars = 500;

/** How much of the end of a body is read for the cut: a closing link and its paragraph fit in far less. */
const tailChars = 1_500;

/**
 * The words of a closing link back to the page, as the start of the link's text: a trailing title ("Continue reading
 * “Title”"), arrows and brackets may follow. Lower case; the text is compared lower-cased.
 */
const readMorePhrases = [
  'read more', 'read the rest', 'read the full', 'read full', 'continue reading', 'keep reading', 'full story', 'full article', 'more',
  'lire la suite', 'lire plus', 'la suite', "lire l'article", 'lire l’article', 'en savoir plus', 'suite de l',
  'đọc tiếp', 'đọc thêm', 'xem tiếp', 'xem thêm', 'đọc toàn bộ', 'xem chi tiết', 'chi tiết',
  'weiterlesen', 'weiter lesen', 'mehr lesen', 'mehr erfahren', 'zum artikel', 'ganzen artikel',
  'leer más', 'leer mas', 'seguir leyendo', 'sigue leyendo', 'continuar leyendo', 'leia mais', 'ler mais', 'continue lendo', 'continuar a ler',
  'leggi tutto', 'leggi di più', 'continua a leggere', 'continua', 'lees meer', 'verder lezen', 'lees verder',
  'czytaj dalej', 'czytaj więcej', 'читать далее', 'читать дальше', 'подробнее', 'продолжение', 'докладніше', 'читати далі',
  'läs mer', 'les mer', 'læs mere', 'lue lisää', 'devamını oku', 'devamı', 'číst dál', 'čítať ďalej', 'citește mai mult', 'tovább',
  '続きを読む', '続き', '阅读全文', '閱讀全文', '阅读更多', '查看全文', '더 보기', '계속 읽기', '기사 전문', 'اقرأ المزيد', 'קרא עוד', 'อ่านต่อ', 'और पढ़ें',
];

/** Leading decoration before the words: arrows, brackets, guillemets, dashes. */
const leadingDecoration = /^[\s[(«»›‹→⟶>…·•|–—-]+/u;
/** What may close the phrase: arrows, brackets, an ellipsis, a colon. */
const trailingDecoration = /^[\s\])»›→⟶>…·•|:.!–—-]+|[\s\])»›→⟶>…·•|:.!–—-]+$/gu;

/** The last link of a body and what follows it: only closing tags and white space, so it ends the text. */
const closingLink = /<a\b[^>]*>((?:(?!<a\b)[\s\S])*?)<\/a\s*>(?:\s|&nbsp;|<\/?(?:p|div|span|strong|em|b|i|br|small|footer|section)\b[^>]*>)*$/i;

/** An ellipsis where the text was cut: `[…]`, `[...]`, `…` or `...` at the very end, as WordPress and others write it. */
const cutEllipsis = /(?:\[\s*(?:…|\.\.\.|&hellip;|&#8230;)\s*\]|…|\.\.\.)\s*$/u;

/**
 * WordPress's closing line after a cut excerpt ("The post X appeared first on Y."), which comes after the ellipsis:
 * the text before it is what to look at.
 */
const appearedFirst = /\s*(?:The post .{1,300} appeared first on .{1,200}|L’article .{1,300} est apparu en premier sur .{1,200}|Der Beitrag .{1,300} erschien zuerst auf .{1,200})$/u;

/**
 * Whether a link's text, or a closing line's, is a link back to the page. What follows the phrase may be the
 * article's title in quotes (WordPress's "Continue reading “Title”") or, on a link, a few words ("of this post");
 * anything longer is a link to another article ("Read more: how the vote went").
 */
function isReadMore(text: string, rest: 'few-words' | 'title-only'): boolean {
  const words = text.replace(leadingDecoration, '').toLowerCase();
  if (words === '' || words.length > 160) return false;
  return readMorePhrases.some((phrase) => {
    if (!words.startsWith(phrase) || !isBoundary(phrase, words)) return false;
    const after = words.slice(phrase.length).replace(trailingDecoration, '');
    return after === '' || /^["“«„'‘]/u.test(after) || (rest === 'few-words' && after.length <= 24);
  });
}

/** A phrase ends at a word boundary: "continua" matches "Continua →" but not "Continuare". */
function isBoundary(phrase: string, words: string): boolean {
  const next = words.charAt(phrase.length);
  // Scripts without spaces between words (Japanese, Chinese) end a phrase anywhere.
  return next === '' || !/[\p{L}\p{N}]/u.test(next) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(phrase);
}

/** Whether the body ends with a link back to the page or with a cut. */
export function endsTruncated(html: string): boolean {
  const tail = html.length > tailChars ? html.slice(-tailChars) : html;
  const link = closingLink.exec(tail);
  if (link && isReadMore(htmlToLine(link[1] ?? ''), 'few-words')) return true;
  // Read from the end only: the start of a tail cut mid-tag gives a few stray characters, never the last words.
  const lines = htmlToText(tail).split('\n');
  const lastLine = (lines[lines.length - 1] ?? '').replace(appearedFirst, '');
  const lastText = lastLine === '' && lines.length > 1 ? (lines[lines.length - 2] ?? '') : lastLine;
  // A closing line of its own, the link on the title or nowhere ("Continue reading…" as text).
  return cutEllipsis.test(lastText) || (lastText.length <= 80 && isReadMore(lastText, 'title-only'));
}

/** Audio and video are what an episode or a clip is about: its page is no article to read instead. */
function isMediaItem(article: Pick<ParsedArticle, 'enclosures'>): boolean {
  return article.enclosures.some((enclosure) => enclosure.medium === 'audio' || enclosure.medium === 'video');
}

/**
 * What the item says of itself. `rawTitle` is the item's own title: an untitled item (a microblog post, a status) is
 * the whole of what its page says, never a summary of it.
 */
export function summarySigns(article: Pick<ParsedArticle, 'url' | 'contentHtml' | 'enclosures'>, rawTitle: string | null): SummarySigns {
  const eligible = article.url !== null && Boolean(rawTitle?.trim()) && !isMediaItem(article);
  if (!eligible) return { eligible, short: false, truncated: false };
  const html = article.contentHtml;
  const short = htmlToLine(html, shortTextChars).length < shortTextChars;
  return { eligible, short, truncated: html !== '' && endsTruncated(html) };
}

/**
 * Fewer items than this are too few to call a feed one of summaries by their length alone: one or two short posts are
 * as likely a quiet blog's whole posts. A cut says it with any number of items.
 */
export const fewestItemsToJudge = 3;

/** Most of the feed's items (of those that could be) look like summaries: the feed as a whole carries only summaries. */
export function isSummaryFeed(signs: readonly SummarySigns[]): boolean {
  let eligible = 0;
  let summaries = 0;
  let cut = false;
  for (const sign of signs) {
    if (!sign.eligible) continue;
    eligible += 1;
    if (sign.short || sign.truncated) summaries += 1;
    cut ||= sign.truncated;
  }
  return (eligible >= fewestItemsToJudge || cut) && summaries * 2 > eligible;
}

/**
 * The item's verdict. A cut is the publisher's own word and decides alone; shortness only within a feed of
 * summaries, since a short note on a blog that carries whole posts is the whole note.
 */
export function isSummaryOnly(signs: SummarySigns, summaryFeed: boolean): boolean {
  return signs.eligible && (signs.truncated || (signs.short && summaryFeed));
}
