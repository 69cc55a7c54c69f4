import { useSyncExternalStore } from 'react';
import { closedForAnotherVersion, onClosedForAnotherVersion } from '../db/database';
import { db } from '../db/instance';
import { useTranslation } from '../i18n';

const subscribe = (changed: () => void) => onClosedForAnotherVersion(db, changed);
const isClosed = () => closedForAnotherVersion(db);

/**
 * Shown once the database was closed because another tab or a newer Tidings opened it with a newer version: this
 * window can neither read nor store any more, and only a reload (which opens it as it is now) brings it back.
 */
export function DatabaseClosedBanner() {
  const closed = useSyncExternalStore(subscribe, isClosed);
  const { t } = useTranslation();
  if (!closed) return null;
  return (
    <div className="storage-full" role="alert">
      <p>
        <strong>{t('storage.closedTitle')}</strong> {t('storage.closedExplanation')}
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('storage.reload')}
      </button>
    </div>
  );
}
