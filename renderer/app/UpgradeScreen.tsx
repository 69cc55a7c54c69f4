import type { BackfillProgress } from '../db/backfill';

/** Shown while a new version moves a large store in batches: the window stays live and says how far it has come. */
export function UpgradeScreen({ progress }: { progress: BackfillProgress }) {
  const share = progress.total > 0 ? Math.min(1, progress.moved / progress.total) : 1;
  return (
    <main className="upgrade-screen" aria-label="Updating the article store">
      <h1>Updating your articles</h1>
      <p>Tidings is preparing your stored articles for this version. Nothing is lost, and closing the window now is safe: it carries on from here next time.</p>
      <progress max={1} value={share} aria-label="Update progress" />
      <p className="upgrade-count">
        {progress.steps > 1 && `Step ${progress.step} of ${progress.steps}: `}
        {progress.moved.toLocaleString()} of {progress.total.toLocaleString()} articles
      </p>
    </main>
  );
}
