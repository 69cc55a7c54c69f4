import type { DocumentReading, FeedDocument } from '../parse/readFeedDocument';

export interface ReadRequest {
  id: number;
  document: FeedDocument;
}

export interface ReadResponse {
  id: number;
  reading: DocumentReading;
}
