import type { Comments } from '../../../../shared/model/article';
import { textOf, trimmed } from '../xmlValues';
import { againstXmlBase } from './bases';
import type { RepliesLink } from './links';
import { firstText, nonNegativeNumber, type Fields } from './nodes';

function countOf(value: string | null): number | null {
  const count = nonNegativeNumber(value);
  return count !== null && Number.isInteger(count) ? count : null;
}

/**
 * RSS `comments` (the page), `wfw:commentRss` (their feed), `slash:comments` and Atom threading's `thr:total` (how
 * many), and Atom's `link rel="replies"`: its href is a comment feed unless its type says a web page, and its
 * `thr:count` a count. Addresses are resolved against the xml:base in force, as normalisation does not see them.
 */
export function commentsOf(item: Fields, replies: RepliesLink[], xmlBase: string | null): Comments | null {
  const page = replies.find((link) => link.type === 'text/html');
  const feed = replies.find((link) => link !== page);
  const url = againstXmlBase(firstText(item.comments) ?? page?.href ?? null, xmlBase);
  const feedUrl = againstXmlBase(firstText(item['wfw:commentRss']) ?? feed?.href ?? null, xmlBase);
  const count = countOf(trimmed(textOf(item['slash:comments']) ?? textOf(item['thr:total']))) ?? page?.count ?? feed?.count ?? null;
  return url === null && feedUrl === null && count === null ? null : { url, count, feedUrl };
}
