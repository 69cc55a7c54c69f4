import type { ImageCacheUsage } from '../../../shared/model/imageCache';
import { db } from '../../db/instance';
import type { RetentionRun } from '../../db/retention';
import { bridge } from '../../ipc/bridge';
import { compactNow } from '../../sync/cleanupJob';

/** The store's share of the disk as the browser counts it: articles, their text and the search index together. */
export interface StoreEstimate {
  usage: number;
  quota: number | null;
}

/** Null where the browser does not say (no `navigator.storage`, as in an insecure page). */
export async function storeEstimate(): Promise<StoreEstimate | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined ? null : { usage, quota: quota ?? null };
}

/** The pictures kept on disk by the main process; null while it cannot say. */
export async function imageCacheUsage(): Promise<ImageCacheUsage | null> {
  return bridge.invoke('media:usage', {}).catch((error: unknown) => {
    console.error('Could not read the size of the image cache', error);
    return null;
  });
}

export function clearImageCache(): Promise<ImageCacheUsage> {
  return bridge.invoke('media:clear', {});
}

/** Every old article the rules let go, then the search index compacted: "Compact now", and the disk-full offer. */
export function removeOldArticles(): Promise<RetentionRun> {
  return compactNow(db);
}

export type Persistence = 'persisted' | 'not-persisted' | 'unknown';

/** Whether the browser keeps the store even when the disk runs low (it may otherwise delete it to make room). */
export async function storePersistence(): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unknown';
  return (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted';
}

/** Asks the browser to keep the store; answers whether it agreed. */
export async function askPersistence(): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unknown';
  return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
}
