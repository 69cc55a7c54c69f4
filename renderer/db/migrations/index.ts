import type { SchemaVersion } from './schemaVersion';
import { v1 } from './v1';

/** Every schema version, oldest first. */
export const schemaVersions: readonly SchemaVersion[] = [v1];
