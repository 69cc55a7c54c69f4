import type { Category } from '../../../shared/model/article';
import { plainTextOrNull } from './plainText';

/**
 * Categories with their term and label in plain text; the scheme, an address or a vocabulary's name, is kept as
 * written. A category whose term is empty is dropped, a repeat in the same scheme too, and a label that only repeats
 * the term is none.
 */
export function plainCategories(categories: readonly Category[]): Category[] {
  if (categories.length === 0) return [];
  const seen = new Set<string>();
  const kept: Category[] = [];
  for (const category of categories) {
    const term = plainTextOrNull(category.term);
    if (term === null) continue;
    const scheme = category.scheme?.trim() || null;
    const key = `${scheme ?? ''}\u0000${term}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = plainTextOrNull(category.label);
    kept.push({ term, scheme, label: label === term ? null : label });
  }
  return kept;
}
