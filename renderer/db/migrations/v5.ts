import { indexStoredArticles } from '../search/catchUp';
import type { SchemaVersion } from './schemaVersion';

/**
 * Search. The index is kept in segments of a few large rows each (see search/searchRecords.ts), written in the same
 * transaction as the articles they index. Articles stored before this version are indexed after opening, in the
 * bounded, resumable batches of a backfill: each batch indexes as many articles as the batch walked, but takes them in
 * sortTime order rather than key order (see indexStoredArticles), so the walk over every article indexes each once.
 * That holds because nothing else writes articles until the backfills are done.
 */
export const v5: SchemaVersion = {
  version: 5,
  stores: {
    searchSegments: '++id',
    searchBlocks: '[segment+block]',
    searchDocs: '[segment+chunk]',
    searchState: 'name',
  },
  backfill: {
    table: 'articles',
    writes: ['bodies', 'searchState', 'searchSegments', 'searchBlocks', 'searchDocs'],
    step: (rows, table) => indexStoredArticles(rows.length, table),
  },
};
