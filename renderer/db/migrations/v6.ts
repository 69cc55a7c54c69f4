import { emptyFeedDetails } from '../../../shared/model/article';
import type { SchemaVersion } from './schemaVersion';

/**
 * The complete feed model. Feeds keep what they say of themselves (`details`: description, icon, authors, rights…),
 * filled here with nothing known until each feed's next read; a small table, so one transaction. Bodies gain the
 * summary, people, picture, comments and place of their article, and categories become {term, scheme, label}: bodies
 * written before stay as they are and are read through `bodyOf`, rather than rewriting every body of a large store to
 * add empty fields. No index changes.
 */
export const v6: SchemaVersion = {
  version: 6,
  stores: {},
  upgrade: async (transaction) => {
    await transaction
      .table('feeds')
      .toCollection()
      .modify((feed: { details?: unknown }) => {
        feed.details ??= emptyFeedDetails();
      });
  },
};
