import { parseArgs } from 'node:util';
import { benchStore } from './foundation/storeBench';
import type { BenchRow } from './table';

// `npm run bench`: every figure next to a baseline measured in the same run, so ratios survive a change of machine.
type Suite = { name: string; run: () => Promise<BenchRow[]> };

const suites: Suite[] = [
  { name: 'store', run: benchStore },
  { name: 'feeds', run: async () => (await import('./feeds/feedBench')).benchFeeds() },
  { name: 'sanitise', run: async () => (await import('./sanitise/sanitiseBench')).benchSanitise() },
  { name: 'language', run: async () => (await import('./lang/langBench')).benchLanguage() },
  { name: 'search', run: async () => (await import('./search/searchBench')).benchSearch() },
  { name: 'sources', run: async () => (await import('./sources/opmlBench')).benchSources() },
  { name: 'scale', run: async () => (await import('./scale/scaleBench')).benchScale() },
  { name: 'reader', run: async () => (await import('./reader/readerBench')).benchReader() },
  { name: 'offline', run: async () => (await import('./offline/index')).benchOffline() },
  { name: 'trust', run: async () => (await import('./trust/trustBench')).benchTrust() },
  { name: 'peer', run: async () => (await import('./peer/peerBench')).benchPeer({ ...options, summary: (line) => lastLines.push(line) }) },
];

// Suite names, and the peer suite's --opml FILE --between 'SHELL COMMAND'.
const { values: options, positionals: only } = parseArgs({ allowPositionals: true, options: { opml: { type: 'string' }, between: { type: 'string' } } });
/** Printed after the table, last: a suite's one-line JSON summary. */
const lastLines: string[] = [];

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toFixed(3);
}

function printTable(rows: BenchRow[]): void {
  const header = ['group', 'measurement', 'value', 'unit', 'baseline (same run)', 'baseline', 'ratio'];
  const lines = rows.map((row) => [
    row.group,
    row.name,
    format(row.value),
    row.unit,
    row.baseline?.name ?? '',
    row.baseline ? format(row.baseline.value) : '',
    row.baseline && row.baseline.value !== 0 ? `${(row.value / row.baseline.value).toFixed(2)}×` : '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const render = (cells: string[]) => cells.map((cell, column) => (column === 2 || column === 5 || column === 6 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ');
  console.log(render(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(render(line));
  const notes = [...new Set(rows.flatMap((row) => (row.note ? [row.note] : [])))];
  if (notes.length) console.log(`\n${notes.map((note, index) => `[${index + 1}] ${note}`).join('\n')}`);
}

const rows: BenchRow[] = [];
for (const suite of suites) {
  if (only.length && !only.includes(suite.name)) continue;
  try {
    rows.push(...(await suite.run()));
  } catch (error) {
    console.error(`${suite.name}: could not run (${error instanceof Error ? error.message : String(error)})`);
    process.exitCode = 1;
  }
}
printTable(rows);
console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}`);
for (const line of lastLines) console.log(line);
