import type { Category } from '../../../../shared/model/article';
import { toPlainText } from '../../normalise/plainText';
import { attributesOf, listOf, textOf, trimmed } from '../xmlValues';
import { mediaNodes } from './mediaElements';
import { fieldsOf, type Fields } from './nodes';

/**
 * The scheme of Apple's podcast categories: the namespace that defines `itunes:category`, the one name the vocabulary
 * has in every feed that uses it.
 */
export const itunesCategoryScheme = 'http://www.itunes.com/dtds/podcast-1.0.dtd';

/** Categories kept once per scheme and term, in the order the feed gives them. */
class CategoryList {
  readonly categories: Category[] = [];
  private readonly seen = new Set<string>();

  add(term: string | null, scheme: string | null, label: string | null): void {
    if (term === null) return;
    const plainTerm = toPlainText(term);
    const key = `${scheme ?? ''}\u0000${plainTerm}`;
    if (plainTerm === '' || this.seen.has(key)) return;
    this.seen.add(key);
    this.categories.push({ term: plainTerm, scheme, label: label === null ? null : toPlainText(label) || null });
  }
}

/**
 * RSS `<category domain>` and Atom `<category term scheme label>` (the two shapes tell themselves apart by their
 * attributes), and Dublin Core's `dc:subject`, whose text is the term.
 */
function addElements(list: CategoryList, nodes: unknown[]): void {
  for (const node of nodes) {
    const attributes = attributesOf(node);
    list.add(trimmed(attributes.term ?? textOf(node)), trimmed(attributes.scheme ?? attributes.domain), trimmed(attributes.label));
  }
}

/**
 * `<itunes:category text="Science"><itunes:category text="Astronomy"/></itunes:category>`: the category, then each
 * subcategory under its path (`Science/Astronomy`, labelled `Astronomy`), so that one Apple shares between two
 * categories stays apart and the hierarchy can be rebuilt from the terms.
 */
function addItunes(list: CategoryList, nodes: unknown[], parent: string | null): void {
  for (const node of nodes) {
    const name = trimmed(attributesOf(node).text ?? textOf(node));
    if (name === null) continue;
    list.add(parent === null ? name : `${parent}/${name}`, itunesCategoryScheme, parent === null ? null : name);
    addItunes(list, listOf(fieldsOf(node)?.['itunes:category']), parent === null ? name : `${parent}/${name}`);
  }
}

/** `<media:category scheme label>term</media:category>`, on the item or in its group. */
function addMedia(list: CategoryList, nodes: unknown[]): void {
  for (const node of nodes) {
    const attributes = attributesOf(node);
    list.add(trimmed(textOf(node)), trimmed(attributes.scheme), trimmed(attributes.label));
  }
}

/** An item's, channel's or Atom feed's categories from every vocabulary it uses. */
export function categoriesOf(element: Fields): Category[] {
  const media = mediaNodes(element, 'media:category');
  if (element.category === undefined && element['dc:subject'] === undefined && element['itunes:category'] === undefined && media.length === 0) return [];
  const list = new CategoryList();
  addElements(list, listOf(element.category));
  if (element['dc:subject'] !== undefined) addElements(list, listOf(element['dc:subject']));
  if (element['itunes:category'] !== undefined) addItunes(list, listOf(element['itunes:category']), null);
  addMedia(list, media);
  return list.categories;
}
