import type { BenchRow } from '../table';

// `npm run bench -- offline`: every benchmark of reading offline (cleanup, full text, images, store size) in one group.

/** Each file's benchmark, loaded when the group runs; one that fails costs its own rows, not the others'. */
const parts: Array<{ name: string; run: () => Promise<BenchRow[]> }> = [
  { name: 'cleanup', run: async () => (await import('./cleanupBench')).benchCleanup() },
  { name: 'images', run: async () => (await import('./imagesBench')).benchImages() },
  { name: 'full text', run: async () => (await import('./fullTextBench')).benchFullText() },
  { name: 'store size', run: async () => (await import('./storeSizeBench')).benchStoreSize() },
];

export async function benchOffline(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const part of parts) {
    try {
      rows.push(...(await part.run()));
    } catch (error) {
      console.error(`offline ${part.name}: could not run (${error instanceof Error ? error.message : String(error)})`);
      process.exitCode = 1;
    }
  }
  return rows;
}
