import type { SchemaVersion } from './schemaVersion';
import { v1 } from './v1';
import { v2 } from './v2';

/** Every schema version, oldest first. */
export const schemaVersions: readonly SchemaVersion[] = [v1, v2];
