import type { FullTextAnswer } from '../../../shared/model/fullText';
import type { FetchedPage } from '../readArticlePage';

export interface ExtractRequest {
  id: number;
  page: FetchedPage;
}

export interface ExtractResponse {
  id: number;
  answer: FullTextAnswer;
}
