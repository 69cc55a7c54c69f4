import type { DeclaredSource } from '../../../../shared/lang/annotate';
import { toPlainText } from '../../normalise/plainText';
import { attributesOf, listOf, textOf, trimmed } from '../xmlValues';
import { linksOf } from './links';
import { fieldsOf, type Fields } from './nodes';

/**
 * dc:source (an address or an outlet's name), RSS <source url="…">Channel</source> and Atom <source> (the feed an entry
 * was syndicated from), and a canonical link.
 */
export function declaredSources(item: Fields, canonical: string | null): DeclaredSource[] {
  const sources: DeclaredSource[] = [];
  for (const node of listOf(item['dc:source'])) {
    const value = trimmed(textOf(node) ?? attributesOf(node)['rdf:resource']);
    if (value) sources.push({ kind: 'dc:source', value });
  }
  for (const node of listOf(item.source)) {
    const fields = fieldsOf(node) ?? {};
    const atomLink = linksOf(listOf(fields.link)).main;
    const value = trimmed(attributesOf(node).url) ?? atomLink ?? trimmed(textOf(fields.id));
    const label = trimmed(textOf(fields.title)) ?? (attributesOf(node).url ? trimmed(textOf(node)) : null);
    if (value) sources.push({ kind: 'atom:source', value, label: label ? toPlainText(label) : null });
  }
  if (canonical) sources.push({ kind: 'canonical', value: canonical });
  return sources;
}
