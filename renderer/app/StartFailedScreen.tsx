import { useTranslation } from '../i18n';

/**
 * Shown instead of the three panes when the store cannot be opened at start, rather than an empty window: it says
 * what failed, that nothing was changed, and offers to try again.
 */
export function StartFailedScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main className="upgrade-screen" aria-label={t('startFailed.region')}>
      <h1>{t('startFailed.title')}</h1>
      <p>{t('startFailed.explanation', { error: error instanceof Error ? error.message : String(error) })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('storage.reload')}
      </button>
    </main>
  );
}
