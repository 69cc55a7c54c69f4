/**
 * What an OPML file brings and what an export carries. Folders are paths of names rather than a tree: the store keeps
 * folders as rows with a parent, and a path finds or creates its row one name at a time, so an import never has to
 * walk a tree, and moving a feed between folders is changing one array.
 */

/** The settings a Tidings export keeps for each feed, in its own namespace, so that reading it back restores them. */
export interface OpmlFeedSettings {
  /** The reader's interval for this feed, in minutes; null for the default. */
  intervalMinutes: number | null;
  /** The reader's correction of the feed's language (a primary subtag such as `fr`); null when none. */
  languageOverride: string | null;
  /** The reader stopped checking this feed. */
  paused: boolean;
  /** The title is the reader's own name for the feed, kept over whatever the feed calls itself. */
  renamed: boolean;
}

export interface OpmlFeed {
  /** The feed's address, as `new URL` writes it: http or https, scheme and host in lower case. */
  url: string;
  /** The name the file gives the feed (`title`, else `text`); null when it gives none. */
  title: string | null;
  /** The site the feed belongs to (`htmlUrl`); null when absent or not a web address. */
  siteUrl: string | null;
  /** The folders the feed sits in, outermost first; empty at the top level. */
  folder: string[];
  /** The language the file says the feed is in, as a primary subtag; null when it says none. */
  language: string | null;
  /** The outline's `category` values, each trimmed: tags (`news`) and paths (`/Tech/Linux`) alike. */
  categories: string[];
  settings: OpmlFeedSettings;
}

export interface OpmlFolder {
  /** Outermost first; never empty. Siblings with the same name are one folder. */
  path: string[];
}

/** An outline that looked like a subscription but could not become one. */
export interface OpmlSkip {
  /** Where the outline starts in the file; null when the reason concerns no one place. */
  line: number | null;
  /** In plain words, e.g. `no feed address`, `“ftp://host/x” is not a web address`. */
  reason: string;
  title?: string;
}

export type OpmlReading =
  | {
      kind: 'opml';
      /** The file's own title (`head/title`); null when it has none. */
      title: string | null;
      /** In the order of the file. */
      feeds: OpmlFeed[];
      /** Every folder that holds a feed or another folder, and empty ones, parents before their children. */
      folders: OpmlFolder[];
      skipped: OpmlSkip[];
      /** Outlines left out because an earlier one has the same address. */
      duplicates: number;
    }
  | { kind: 'failed'; error: string };

/** What `writeOpml` takes: the reading's shape, with what an export may not know left optional. */
export interface OpmlExport {
  title: string | null;
  folders: readonly OpmlFolder[];
  feeds: readonly OpmlExportFeed[];
  dateCreated: Date;
}

export interface OpmlExportFeed {
  url: string;
  title: string | null;
  folder: readonly string[];
  siteUrl?: string | null;
  language?: string | null;
  categories?: readonly string[];
  settings?: Partial<OpmlFeedSettings>;
}

/** Tidings' own attributes live in this namespace; a file that declares it is a Tidings export. */
export const tidingsOpmlNamespace = 'https://tidings.app/opml';

export const defaultOpmlFeedSettings: OpmlFeedSettings = { intervalMinutes: null, languageOverride: null, paused: false, renamed: false };

/** One string per folder path, for maps and sets: names may contain any character but U+0000, which cleaning removes. */
export function folderKey(path: readonly string[]): string {
  return path.join('\u0000');
}
