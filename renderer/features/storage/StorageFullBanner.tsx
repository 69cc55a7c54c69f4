import { useTranslation } from '../../i18n';
import { useUi } from '../../state/store';
import { FreeSpaceActions } from './FreeSpaceActions';
import './storage.css';

/**
 * The app's one message that the disk has no room for new articles. Checking is paused meanwhile; what is stored
 * stays as it is, and storing is tried again on its own every half minute. It offers to make room, too.
 */
export function StorageFullBanner() {
  const storageFull = useUi((state) => state.storageFull);
  const retryStoring = useUi((state) => state.retryStoring);
  const { t } = useTranslation();
  if (!storageFull) return null;
  return (
    <div className="storage-full" role="alert">
      <p>
        <strong>{t('storage.full')}</strong> {t('storage.explanation')}
      </p>
      <button type="button" onClick={() => retryStoring()}>
        {t('common.tryAgain')}
      </button>
      <FreeSpaceActions retryStoring={retryStoring} />
    </div>
  );
}
