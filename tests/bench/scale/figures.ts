import type { SourceId } from '../../../renderer/db/paging';
import type { ScaleBenchApi } from './page/benchPage';
import type { MarkAllFigures } from './page/readBench';
import type { UpgradeFigures } from './page/upgradeBench';

/** A part of the benchmark that could not run gives its error instead, and the other parts still report. */
export type Part<T> = T | Error;

/** The generated store, as kept beside the profile. */
export interface StoreRecord {
  stamp: string;
  articles: number;
  generatedAt: string;
  /** Filling the store through storePollResults, the mark functions and the search index's merges. */
  generationMs: number;
  /** Of which the merges of the search index after each epoch. */
  compactMs: number;
  /** The articles' HTML, on average, in UTF-8. */
  bodyBytes: number;
  diskBytes: number;
}

export interface UpgradeRecord {
  stamp: string;
  measuredAt: string;
  /** Writing the version-3 store's rows once, the baseline. */
  writeMs: number;
  figures: UpgradeFigures;
}

export interface AppFigures {
  coldPaint: number;
  paints: number[];
  switches: number[];
  skippedSwitches: number;
  opens: number[];
  markRead: number[];
  markUnread: number[];
  /** The wire feed's "Mark all as read": click → every row and the Unread count updated. */
  markAll: { articles: number; ms: number } | null;
  heap: { before: number; after: number };
  /** Rows the list held at the end, all pages it read included. */
  listedRows: number;
  /** What could not be measured, and why: the other parts still are. */
  failures: string[];
}

export interface ListFigures {
  source: SourceId;
  ours: number[];
  raw: number[];
}

export interface Figures {
  store: StoreRecord;
  ingest: Part<Awaited<ReturnType<ScaleBenchApi['measureIngest']>>>;
  lists: Part<ListFigures[]>;
  search: Part<Array<{ query: string; ms: number; hits: number }>>;
  rawPage: Part<number[]>;
  rawOpen: Part<number[]>;
  oneMark: Part<{ read: number[]; unread: number[]; raw: number[] }>;
  storeMarkAll: Part<MarkAllFigures>;
  app: AppFigures;
  smallApp: AppFigures;
  smallTotal: number;
  upgrade: Part<UpgradeRecord>;
  upgradeTotal: number;
  summary: { articles: number; unread: number; feeds: number; folders: number; languages: string[] };
  /** Feed and folder names by id. */
  names: ReadonlyMap<string, string>;
  machine: string;
}
