import type { DocumentReading, FeedDocument } from '../parse/documentReading';

export interface ReadRequest {
  id: number;
  document: FeedDocument;
}

export interface ReadResponse {
  id: number;
  reading: DocumentReading;
}
