import { useTranslation } from '../../i18n';
import { useFreeSpace } from './useFreeSpace';

/**
 * The disk-full message's offer to make room: old articles removed under the reader's rules, or the kept images let
 * go. Either is followed by a try at storing what waits, which clears the message once it fits.
 */
export function FreeSpaceActions({ retryStoring }: { retryStoring: () => void }) {
  const { t } = useTranslation();
  const { busy, message, run } = useFreeSpace(retryStoring);
  return (
    <div className="free-space">
      <span>{t('storage.freeSpace')}</span>
      <button type="button" disabled={busy !== null} onClick={() => run('remove-old')}>
        {t('storage.removeOld')}
      </button>
      <button type="button" disabled={busy !== null} onClick={() => run('clear-images')}>
        {t('storage.clearImages')}
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  );
}
