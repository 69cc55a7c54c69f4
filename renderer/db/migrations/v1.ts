import type { SchemaVersion } from './schemaVersion';

/** The first schema: feeds, folders, list rows and bodies apart, so that listing never reads a body. */
export const v1: SchemaVersion = {
  version: 1,
  stores: {
    feeds: 'id, &url, folderId',
    folders: 'id, position',
    articles: 'key, sortTime, [feedId+sortTime], [read+sortTime], [feedId+read]',
    bodies: 'key',
  },
};
