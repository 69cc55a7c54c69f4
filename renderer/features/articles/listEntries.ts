import type { ListSort } from '../../db/paging';
import type { ArticleRecord } from '../../db/records';
import { groupStories, type Story } from '../stories/groupStories';
import type { ListPages } from './listPages';

/** One row of the virtual list: a story, the room of a dropped page's row, or the end still to read. */
export type ListEntry =
  | { kind: 'story'; key: string; page: number; story: Story }
  | { kind: 'placeholder'; key: string; page: number }
  | { kind: 'more'; key: string; page: number };

/**
 * The list's rows, page by page. Stories are grouped over each run of pages held in memory, so that versions either
 * side of a page's edge make one row, listed with the page of its first version.
 */
export function listEntries(pages: ListPages, sort: ListSort): ListEntry[] {
  const entries: ListEntry[] = [];
  const seen = new Set<string>();
  let run: Array<{ page: number; rows: readonly ArticleRecord[] }> = [];
  const flush = () => {
    entries.push(...storiesOf(run, pages.preferredLanguages, sort, seen));
    run = [];
  };
  pages.slots.forEach((slot, page) => {
    if (slot.rows) {
      run.push({ page, rows: slot.rows });
      return;
    }
    flush();
    for (let row = 0; row < slot.size; row += 1) entries.push({ kind: 'placeholder', key: `placeholder ${page} ${row}`, page });
  });
  flush();
  if (!pages.complete) entries.push({ kind: 'more', key: 'more', page: pages.slots.length });
  return entries;
}

function storiesOf(run: ReadonlyArray<{ page: number; rows: readonly ArticleRecord[] }>, preferred: readonly string[], sort: ListSort, seen: Set<string>): ListEntry[] {
  const pageOf = new Map<string, number>();
  const rows: ArticleRecord[] = [];
  for (const { page, rows: pageRows } of run) {
    for (const row of pageRows) {
      // A page read at another moment than its neighbour may hold an article that has moved into it since.
      if (seen.has(row.key)) continue;
      seen.add(row.key);
      pageOf.set(row.key, page);
      rows.push(row);
    }
  }
  const byPage = new Map<number, ListEntry[]>();
  for (const story of groupStories(rows, preferred, sort)) {
    const page = Math.min(...story.versions.map((version) => pageOf.get(version.key) ?? Number.POSITIVE_INFINITY));
    const entry: ListEntry = { kind: 'story', key: story.shown.key, page, story };
    const listed = byPage.get(page);
    if (listed) listed.push(entry);
    else byPage.set(page, [entry]);
  }
  return run.flatMap(({ page }) => byPage.get(page) ?? []);
}
