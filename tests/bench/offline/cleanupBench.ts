import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchProfile } from '../scale/browser';
import { buildBenchPage } from '../scale/bundle';
import { formatCount, progress } from '../scale/stats';
import type { BenchRow } from '../table';
import type { CleanupBenchApi } from './page/cleanupPage';
import { openScriptApi } from './pageCall';

// `npm run bench -- offline`: the background cleanup (retention) on a populated store, in the e2e suite's Chromium,
// against the plainest removal of the same articles measured in the same run.

const group = 'offline';
const removable = Number(process.env.TIDINGS_CLEANUP_ARTICLES ?? 100_000);
const entry = fileURLToPath(new URL('./page/cleanupPage.ts', import.meta.url));
/** Any origin will do: the page is answered by the route below, and IndexedDB is the origin's. */
const origin = 'http://127.0.0.1:9';
const pagePath = '/__cleanup/';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function benchCleanup(): Promise<BenchRow[]> {
  const script = await buildBenchPage(entry, 'tidingsCleanupBench');
  const profile = mkdtempSync(join(tmpdir(), 'tidings-cleanup-'));
  const context = await launchProfile(profile);
  try {
    const call = await openScriptApi<CleanupBenchApi>(await context.newPage(), `${origin}${pagePath}`, script, 'tidingsCleanup', 'Tidings cleanup benchmark');

    const made = await call('generate', 'cleanup', removable);
    progress(`cleanup: ${formatCount(made.articles)} articles stored (${formatCount(made.removable)} read and older than 90 days) in ${seconds(made.ms)}`);
    await call('compact', 'cleanup');
    const indexBefore = await call('searchIndex', 'cleanup');
    const cleanup = await call('cleanup', 'cleanup', 0, false);
    const indexMarked = await call('searchIndex', 'cleanup');
    const reclaim = await call('compact', 'cleanup');
    const indexAfter = await call('searchIndex', 'cleanup');
    const indexed = indexAfter.entries - indexAfter.removedEntries;
    if (indexed !== cleanup.remaining) throw new Error(`the compacted index counts ${indexed} articles, ${cleanup.remaining} are stored`);
    progress(`cleanup: search index ${mb(indexBefore.bytes)} before, ${formatCount(indexMarked.removedEntries)} entries marked, ${mb(indexAfter.bytes)} after compaction in ${seconds(reclaim.ms)}`);
    const removed = cleanup.result.removed;
    if (removed !== made.removable) throw new Error(`the cleanup removed ${removed} articles, ${made.removable} were due`);
    if (!cleanup.countsAgree || cleanup.bodies !== cleanup.remaining) throw new Error('after the cleanup, counts or bodies disagree with the articles left');
    progress(`cleanup: ${formatCount(removed)} removed in ${seconds(cleanup.ms)}, longest task ${cleanup.longestTaskMs.toFixed(0)} ms, ${formatCount(cleanup.remaining)} kept`);
    const later = await call('cleanup', 'cleanup', 5, false);
    const fullPass = await call('cleanup', 'cleanup', 5, true);
    const walk = await call('walkTimeIndex', 'cleanup');

    const baseStore = await call('generate', 'baseline', removable);
    progress(`cleanup: the baseline's store, ${formatCount(baseStore.articles)} articles, in ${seconds(baseStore.ms)}`);
    const raw = await call('rawDelete', 'baseline');
    if (raw.remaining !== cleanup.remaining) throw new Error(`the baseline left ${raw.remaining} articles, the cleanup ${cleanup.remaining}`);
    await call('close');

    const populated = `${formatCount(made.articles)} stored, ${formatCount(cleanup.remaining)} kept (unread, starred, young): counts and bodies agree with what is left`;
    const plain = { name: 'bulkDelete of the same keys, known beforehand, 500 a transaction', value: raw.ms };
    const walkBaseline = { name: `every key of the time index (${formatCount(walk.keys)})`, value: walk.ms };
    return [
      { group, name: `cleanup of ${formatCount(removed)} read articles`, value: cleanup.ms, unit: 'ms', baseline: plain, note: populated },
      { group, name: 'cleanup: longest task', value: cleanup.longestTaskMs, unit: 'ms', baseline: { name: 'bulkDelete: longest task', value: raw.longestTaskMs } },
      { group, name: 'cleanup: long tasks (over 50 ms)', value: cleanup.longTasks, unit: 'tasks', baseline: { name: 'bulkDelete: long tasks', value: raw.longTasks } },
      { group, name: 'cleanup: articles removed a second', value: (removed / cleanup.ms) * 1000, unit: 'articles/s' },
      {
        group,
        name: 'search index after cleanup and compaction',
        value: indexAfter.bytes / 1024 / 1024,
        unit: 'MB',
        baseline: { name: 'before the cleanup', value: indexBefore.bytes / 1024 / 1024 },
        note: `${formatCount(indexMarked.removedEntries)} entries marked by the cleanup in their docs rows alone; ${indexBefore.segments} segments before, ${indexAfter.segments} after`,
      },
      { group, name: 'compaction after the cleanup (idle time)', value: reclaim.ms, unit: 'ms', baseline: { name: 'the cleanup itself', value: cleanup.ms } },
      {
        group,
        name: `next pass five days later (${formatCount(later.result.examined)} keys looked at)`,
        value: later.ms,
        unit: 'ms',
        baseline: walkBaseline,
        note: 'A pass looks at what aged since the last one; a full pass (weekly, or Compact now) at every article older than the rules’ line.',
      },
      { group, name: `full pass over the cleaned store (${formatCount(fullPass.result.examined)} keys)`, value: fullPass.ms, unit: 'ms', baseline: walkBaseline },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
