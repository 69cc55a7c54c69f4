import { describe, expect, it } from 'vitest';
import { SegmentBuilder, type IndexedDoc } from '../../../renderer/db/search/segments';

/** Articles given newest first, some sharing terms, one listing a term twice, one without text. */
const docs: IndexedDoc[] = Array.from({ length: 23 }, (_, index) => ({
  key: `feed${index % 3} article${index}`,
  digest: `d${index}`,
  time: 1_000 - index * 7,
  feedId: `feed${index % 3}`,
  terms: index === 5 ? [''] : [`word${index % 4}`, 'shared', index % 2 ? 'odd' : 'even', 'shared'],
}));

describe('a segment built a slice at a time', () => {
  it('holds the same rows as one built at once, whatever the slices', () => {
    const whole = new SegmentBuilder(docs, (doc) => doc.terms).finish();
    for (const slice of [1, 4, 10]) {
      const builder = new SegmentBuilder(docs, (doc) => doc.terms);
      for (let posted = 0; posted < 15; posted += slice) builder.post(slice);
      expect(builder.finish()).toEqual(whole);
    }
    expect(whole.meta.size).toBe(docs.length);
  });

  it('reads each article’s terms once', () => {
    const reads = new Map<string, number>();
    const builder = new SegmentBuilder(docs, (doc) => {
      reads.set(doc.key, (reads.get(doc.key) ?? 0) + 1);
      return doc.terms;
    });
    builder.post(7);
    builder.post(100);
    builder.finish();
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
    expect(reads.size).toBe(docs.length);
  });
});
