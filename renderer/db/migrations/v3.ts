import type { SchemaVersion } from './schemaVersion';

/**
 * Feed health and checking: each feed keeps what its last read repaired (`warnings`), the reader's own interval for
 * it and the publisher's hint. Nothing new is indexed; the upgrade gives every stored feed the empty values, so code
 * never meets a feed without them.
 */
export const v3: SchemaVersion = {
  version: 3,
  stores: {},
  upgrade: async (transaction) => {
    await transaction
      .table('feeds')
      .toCollection()
      .modify((feed: { warnings?: string[]; pollIntervalMinutes?: number | null; publisherIntervalSeconds?: number | null }) => {
        feed.warnings ??= [];
        feed.pollIntervalMinutes ??= null;
        feed.publisherIntervalSeconds ??= null;
      });
  },
};
