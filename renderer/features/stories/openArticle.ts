import { db } from '../../db/instance';
import { setRead } from '../../db/queries';
import type { ArticleRecord } from '../../db/records';
import { useUi } from '../../state/store';

/** Shows an article in the reading pane and marks it read, whether it was chosen from the list or as another version. */
export function openArticle(article: ArticleRecord): void {
  useUi.getState().selectArticle(article.key);
  if (article.read === 0) void setRead(db, article.key, true);
}
