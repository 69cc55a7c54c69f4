import type { KnownMarkup } from '../../../../electron/feeds/parse/knownMarkup';
import { readFeedDocument } from '../../../../electron/feeds/parse/readFeedDocument';
import type { DocumentReading } from '../../../../electron/feeds/parse/documentReading';

/** The day's feed as the poller's fetch hands it over: its text, and what the reader remembers of it. */
export function readDaybookText(text: string, fetchedAt: number, storedItems?: readonly string[], knownMarkup?: KnownMarkup): Promise<DocumentReading> {
  return readFeedDocument({
    body: Buffer.from(text),
    contentType: null,
    url: 'https://daybook.example/feed.xml',
    fetchedAt,
    sanitise: false,
    ...(storedItems ? { storedItems } : {}),
    ...(knownMarkup ? { knownMarkup } : {}),
  });
}
