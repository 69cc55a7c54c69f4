import type { Category } from '../../shared/model/article';
import type { BodyRecord } from './records';

/** A body as stored before schema 6: categories as strings, and none of the fields that version added. */
type StoredBody = Omit<BodyRecord, 'categories' | 'summaryHtml' | 'authors' | 'contributors' | 'imageUrl' | 'comments' | 'geo'> &
  Partial<Pick<BodyRecord, 'summaryHtml' | 'authors' | 'contributors' | 'imageUrl' | 'comments' | 'geo'>> & { categories: Array<Category | string> };

/**
 * A stored body in the current shape, whichever version wrote it. Schema 6 reads old bodies this way instead of
 * rewriting a million of them at upgrade: the reading pane is their only reader, one body at a time.
 */
export function bodyOf(stored: StoredBody | BodyRecord): BodyRecord {
  return {
    ...stored,
    summaryHtml: stored.summaryHtml ?? null,
    authors: stored.authors ?? [],
    contributors: stored.contributors ?? [],
    imageUrl: stored.imageUrl ?? null,
    comments: stored.comments ?? null,
    geo: stored.geo ?? null,
    categories: stored.categories.map((category) => (typeof category === 'string' ? { term: category, scheme: null, label: null } : category)),
  };
}
