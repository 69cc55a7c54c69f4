import { textToHtml } from '../../normalise/plainText';
import { lenientTitleHtml, plainTextAsHtml } from '../titleHtml';
import { attributesOf, listOf, textOf, trimmed } from '../xmlValues';
import { fieldsOf, type Fields } from './nodes';

/** Media RSS elements, on the item or in its <media:group> or <media:content>: where YouTube puts a video's text. */
export function mediaNodes(item: Fields, name: string): unknown[] {
  const own = listOf(item[name]);
  if (own.length > 0) return own;
  const groups = listOf(item['media:group']);
  const contents = listOf(item['media:content']);
  if (groups.length === 0 && contents.length === 0) return [];
  const containers = [...groups, ...groups.flatMap((group) => listOf(fieldsOf(group)?.['media:content'])), ...contents];
  return containers.flatMap((container) => listOf(fieldsOf(container)?.[name]));
}

export function mediaTitle(item: Fields): string | null {
  const node = mediaNodes(item, 'media:title')[0];
  const title = trimmed(textOf(node));
  if (title === null) return null;
  return attributesOf(node).type?.toLowerCase() === 'html' ? lenientTitleHtml(title) : plainTextAsHtml(title);
}

/** media:description is plain text unless type="html" says otherwise. */
export function mediaDescription(item: Fields): string | null {
  const node = mediaNodes(item, 'media:description')[0];
  const description = trimmed(textOf(node));
  if (description === null) return null;
  return attributesOf(node).type?.toLowerCase() === 'html' ? description : textToHtml(description);
}

/** The largest `media:thumbnail` by its stated size; the first when none states one. */
export function largestThumbnail(item: Fields): string | null {
  let best: string | null = null;
  let bestArea = -1;
  for (const node of mediaNodes(item, 'media:thumbnail')) {
    const attributes = attributesOf(node);
    const url = trimmed(attributes.url ?? textOf(node));
    if (url === null) continue;
    const area = (Number(attributes.width) || 0) * (Number(attributes.height) || 0);
    if (area > bestArea) [best, bestArea] = [url, area];
  }
  return best;
}
