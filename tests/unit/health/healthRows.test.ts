import { describe, expect, it } from 'vitest';
import { newFeedRecord } from '../../../renderer/db/feeds';
import type { FeedRecord } from '../../../renderer/db/records';
import { defaultHealthSort, healthRows, nextSort, sortHealthRows, type HealthSort } from '../../../renderer/features/health/healthRows';

const day = 24 * 60 * 60_000;
const now = Date.UTC(2025, 2, 1);
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function feed(id: string, overrides: Partial<FeedRecord> = {}): FeedRecord {
  return { ...newFeedRecord(`https://${id}.example/feed`, { addedAt: now - 30 * day, id }), title: id, ...overrides };
}

const feeds = [
  feed('alpha', { lastSucceededAt: now - day, averageBytes: 5_000, language: 'en' }),
  feed('bravo', { failures: 12, lastSucceededAt: now - 10 * day, error: 'Not found', errorKind: 'http', language: 'fr' }),
  feed('charlie', { failures: 2, lastSucceededAt: null, error: 'Could not reach charlie.example: no such host', errorKind: 'dns', averageBytes: 900 }),
  feed('delta', { lastSucceededAt: now - 2 * day, unsubscribedAt: now - day }),
  feed('echo', { failures: 1, lastSucceededAt: now - 3 * day, error: 'Not a feed', errorKind: 'not-a-feed', customTitle: 'Another name', languageOverride: 'vi', language: 'en' }),
];
const rows = healthRows(feeds, new Map([['alpha', 3], ['bravo', 0.5]]), now);
const order = (sort: HealthSort) => sortHealthRows(rows, sort, collator).map((row) => row.feedId);

describe('the health view’s rows', () => {
  it('lists every followed feed with what it knows, flagging one failing for over a week', () => {
    expect(rows.map((row) => row.feedId)).toEqual(['alpha', 'bravo', 'charlie', 'echo']);
    expect(rows.find((row) => row.feedId === 'echo')).toMatchObject({ name: 'Another name', language: 'vi', errorKind: 'not-a-feed', perWeek: null, averageBytes: null });
    expect(rows.filter((row) => row.failingLong).map((row) => row.feedId)).toEqual(['bravo', 'charlie']);
  });

  it('opens on the feeds failing longest', () => {
    expect(order(defaultHealthSort)).toEqual(['bravo', 'charlie', 'echo', 'alpha']);
  });

  it('sorts by each column either way, keeping what a column does not know last', () => {
    expect(order({ column: 'lastSuccess', direction: 'descending' })).toEqual(['alpha', 'echo', 'bravo', 'charlie']);
    expect(order({ column: 'lastSuccess', direction: 'ascending' })).toEqual(['bravo', 'echo', 'alpha', 'charlie']);
    // Ties, and rows a column knows nothing of, stand in name order (echo is called “Another name”).
    expect(order({ column: 'perWeek', direction: 'ascending' })).toEqual(['bravo', 'alpha', 'echo', 'charlie']);
    expect(order({ column: 'size', direction: 'descending' })).toEqual(['alpha', 'charlie', 'echo', 'bravo']);
    expect(order({ column: 'error', direction: 'ascending' })).toEqual(['charlie', 'bravo', 'echo', 'alpha']);
    expect(order({ column: 'language', direction: 'descending' })).toEqual(['echo', 'bravo', 'alpha', 'charlie']);
    expect(order({ column: 'name', direction: 'descending' })).toEqual(['charlie', 'bravo', 'echo', 'alpha']);
  });

  it('turns a column’s order round when its header is pressed again, and starts counts from the largest', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'perWeek')).toEqual({ column: 'perWeek', direction: 'descending' });
    expect(nextSort({ column: 'failures', direction: 'descending' }, 'language')).toEqual({ column: 'language', direction: 'ascending' });
  });
});
