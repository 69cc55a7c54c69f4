import type { OpenTarget } from './desktop';

/**
 * What a launch of Tidings asks the window to open: a `feed:` link or an address given on the command line opens the
 * add-feed preview; an OPML file, read by main, opens the import as a dropped file does.
 */
export type LaunchRequest =
  | { kind: 'add-feed'; address: string }
  /** A clicked notification: its article, its feed, or Unread. */
  | { kind: 'open'; target: OpenTarget }
  /** The file's text, already decoded by main (by its byte order mark or XML declaration). */
  | { kind: 'import-opml'; fileName: string; text: string }
  /** A file too large to be a list of feeds, or one that could not be read: the import dialog says which. */
  | { kind: 'import-opml-failed'; fileName: string; failure: { reason: 'too-large'; bytes: number } | { reason: 'not-imported'; detail: string } };

/** An error the window did not handle, for the log file. */
export interface ErrorReport {
  /** 'error' for an exception, 'unhandledrejection' for a promise nobody waited on. */
  kind: 'error' | 'unhandledrejection';
  message: string;
  stack?: string;
  /** The script and line it came from, when the page knows them. */
  source?: string;
}
