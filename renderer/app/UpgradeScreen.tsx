import type { BackfillProgress } from '../db/backfill';
import { useTranslation } from '../i18n';

/** Shown while a new version moves a large store in batches: the window stays live and says how far it has come. */
export function UpgradeScreen({ progress }: { progress: BackfillProgress }) {
  const share = progress.total > 0 ? Math.min(1, progress.moved / progress.total) : 1;
  const { t } = useTranslation();
  return (
    <main className="upgrade-screen" aria-label={t('upgrade.region')}>
      <h1>{t('upgrade.title')}</h1>
      <p>{t('upgrade.explanation')}</p>
      <progress max={1} value={share} aria-label={t('upgrade.progress')} />
      <p className="upgrade-count">
        {progress.steps > 1 && t('upgrade.step', { step: progress.step, steps: progress.steps })}
        {t('upgrade.count', { moved: progress.moved, total: progress.total })}
      </p>
    </main>
  );
}
