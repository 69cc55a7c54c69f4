import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { clearImageCache, removeOldArticles } from './freeSpace';

export type FreeSpaceAction = 'remove-old' | 'clear-images';

/**
 * The two ways to give space back, as buttons run them: one at a time, each ending in a line saying what it did (or
 * why it could not), then `after` (figures read again, storing tried again).
 */
export function useFreeSpace(after: () => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<FreeSpaceAction | null>(null);
  const [message, setMessage] = useState('');
  const work: Record<FreeSpaceAction, () => Promise<string>> = {
    'remove-old': async () => t('storage.compacted', { count: (await removeOldArticles()).removed }),
    'clear-images': async () => {
      await clearImageCache();
      return t('storage.imagesCleared');
    },
  };
  const run = (action: FreeSpaceAction) => {
    setBusy(action);
    setMessage('');
    work[action]()
      .then(setMessage, (error: unknown) => setMessage(t('storage.failed', { error: error instanceof Error ? error.message : String(error) })))
      .finally(() => {
        setBusy(null);
        after();
      });
  };
  return { busy, message, run };
}
