import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { ImageCacheUsage } from '../../../shared/model/imageCache';
import { db } from '../../db/instance';
import { readRetentionProgress } from '../../db/retention';
import { formatDate, useTranslation } from '../../i18n';
import { byteSize } from '../reader/mediaFacts';
import { askPersistence, imageCacheUsage, storeEstimate, storePersistence, type Persistence, type StoreEstimate } from './freeSpace';
import { useFreeSpace } from './useFreeSpace';
import './storage.css';

interface Space {
  store: StoreEstimate | null;
  images: ImageCacheUsage | null;
}

/** The space figures, read when shown and again after each action; none of them is live. */
function useSpace(): [Space | null, () => void] {
  const [space, setSpace] = useState<Space | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    void Promise.all([storeEstimate().catch(() => null), imageCacheUsage()]).then(([store, images]) => {
      if (current) setSpace({ store, images });
    });
    return () => {
      current = false;
    };
  }, [version]);
  return [space, useCallback(() => setVersion((value) => value + 1), [])];
}

/** How much is stored and where, "Compact now", "Clear image cache", and whether the browser keeps the store. */
export function StorageUsage() {
  const { t } = useTranslation();
  // From the stored counts (a row per feed and language), never from the articles.
  const stored = useLiveQuery(async () => (await db.counts.toArray()).reduce((sum, count) => sum + count.total, 0), []);
  const lastRun = useLiveQuery(async () => (await readRetentionProgress(db)).lastRun, []);
  const [space, reloadSpace] = useSpace();
  const { busy, message, run } = useFreeSpace(reloadSpace);

  return (
    <div className="storage-usage">
      <h3>{t('storage.spaceUsed')}</h3>
      <ul className="storage-figures">
        {stored !== undefined && <li>{t('storage.articlesStored', { count: stored })}</li>}
        <li>{storeLine(space?.store ?? null, t)}</li>
        <li>{space?.images ? t('storage.images', { size: byteSize(space.images.bytes), count: space.images.files }) : t('storage.imagesUnknown')}</li>
        {lastRun && <li>{t('storage.lastCleanup', { date: formatDate(lastRun.at, { dateStyle: 'medium', timeStyle: 'short' }), count: lastRun.removed })}</li>}
      </ul>
      <div className="settings-buttons">
        <button type="button" disabled={busy !== null} onClick={() => run('remove-old')}>
          {busy === 'remove-old' ? t('storage.compacting') : t('storage.compactNow')}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => run('clear-images')}>
          {busy === 'clear-images' ? t('storage.clearingImages') : t('storage.clearImages')}
        </button>
      </div>
      <p className="settings-hint" role="status">
        {message}
      </p>
      <PersistentStorage />
    </div>
  );
}

function storeLine(store: StoreEstimate | null, t: ReturnType<typeof useTranslation>['t']): string {
  if (!store) return t('storage.databaseUnknown');
  if (store.quota === null) return t('storage.database', { size: byteSize(store.usage) });
  return t('storage.databaseOf', { size: byteSize(store.usage), quota: byteSize(store.quota) });
}

/** Whether the browser keeps the store when the disk runs low, and the one question that asks it to. */
function PersistentStorage() {
  const { t } = useTranslation();
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    storePersistence().then(setPersistence, () => setPersistence('unknown'));
  }, []);
  if (persistence === null) return null;
  if (persistence === 'unknown') return <p className="settings-hint">{t('storage.persistUnknown')}</p>;
  if (persistence === 'persisted') return <p className="settings-hint">{t('storage.persisted')}</p>;
  return (
    <div className="settings-row storage-persistence">
      <span className="settings-hint">{refused ? t('storage.persistRefused') : t('storage.notPersisted')}</span>
      <button
        type="button"
        onClick={() =>
          void askPersistence().then(
            (answer) => {
              setPersistence(answer);
              setRefused(answer === 'not-persisted');
            },
            () => setPersistence('unknown'),
          )
        }
      >
        {t('storage.persistAsk')}
      </button>
    </div>
  );
}
