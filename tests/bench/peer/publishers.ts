import { exec, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { readOpml, type OpmlFeed } from './opml';
import type { PublisherStats } from './workloadServer';

// The publishers a reader refreshes (the benchmark's own, or the feeds of an OPML file), and how each reader's two
// refreshes run against them.

export const log = (line: string) => console.error(`[peer] ${line}`);

const betweenMs = 60_000;

export interface Workload {
  label: string;
  feeds: OpmlFeed[];
  /** Back to the first epoch before a reader's cold refresh; an external publisher cannot, and stays where it is. */
  reset(): Promise<void>;
  between(): Promise<void>;
  /** The publishers' own tally, for the benchmark's workload only. */
  stats(): Promise<PublisherStats | null>;
  close(): Promise<void>;
}

function runShell(command: string): Promise<void> {
  return new Promise((resolve, reject) => {
    exec(command, { timeout: betweenMs }, (error, stdout, stderr) => {
      if (error) reject(new Error(`--between failed: ${error.message} ${stderr}`.trim()));
      else resolve(void (stdout.trim() && log(`between: ${stdout.trim().slice(0, 200)}`)));
    });
  });
}

export function externalWorkload(opml: string, between: string | undefined): Workload {
  const feeds = readOpml(readFileSync(opml, 'utf8'));
  if (feeds.length === 0) throw new Error(`${opml} lists no feeds (outlines with xmlUrl)`);
  return {
    label: `${feeds.length} feeds of ${opml}`,
    feeds,
    reset: async () => undefined,
    between: async () => (between ? runShell(between) : undefined),
    stats: async () => null,
    close: async () => undefined,
  };
}

/** The workload's publishers in a process of their own, so that serving costs the measured process nothing. */
export async function ownWorkload(): Promise<Workload> {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-peer-'));
  const opml = join(dir, 'peer.opml');
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./serveWorkload.ts', import.meta.url)), '--opml', opml, '--exit-with-stdin'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const ready = await new Promise<{ control: string; readyAfterMs: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the workload server did not start within 120 s')), 120_000);
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line) as { control: string; readyAfterMs: number });
    });
    child.once('exit', (code) => reject(new Error(`the workload server exited (${code})`)));
  });
  const hasCurl = spawnSync('curl', ['--version'], { timeout: 10_000 }).status === 0;
  log(`workload served in ${(ready.readyAfterMs / 1000).toFixed(1)} s; publishers move on with: curl -s ${ready.control}next-epoch`);
  const control = async (path: string) => (await fetch(new URL(path, ready.control), { signal: AbortSignal.timeout(betweenMs) })).json() as Promise<PublisherStats>;
  return {
    label: 'the benchmark’s own workload',
    feeds: readOpml(readFileSync(opml, 'utf8')),
    reset: async () => void (await control('reset')),
    // Through a shell command when curl is there, as --between runs one for an OPML of your own.
    between: async () => void (hasCurl ? await runShell(`curl -s -o /dev/null --max-time 60 ${ready.control}next-epoch`) : await control('next-epoch')),
    stats: () => control('stats'),
    close: async () => {
      child.stdin.end();
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the publishers did during one refresh. */
export interface Served {
  requests: number;
  served: number;
  notModified: number;
  expectedArticles: number;
  expectedXmlArticles: number;
}

export interface Pair<T> {
  cold: T;
  next: T | null;
  served: { cold: Served | null; next: Served | null };
}

function difference(after: PublisherStats | null, before: PublisherStats | null): Served | null {
  if (!after || !before) return null;
  return {
    requests: after.requests - before.requests,
    served: after.served - before.served,
    notModified: after.notModified - before.notModified,
    expectedArticles: after.expectedArticles,
    expectedXmlArticles: after.expectedXmlArticles,
  };
}

/** A reader's cold refresh, the publishers moved on, and its next refresh; the publishers' tally of each. */
export async function coldThenNext<T>(workload: Workload, name: string, cold: (expected: PublisherStats | null) => Promise<T>, next: (expected: PublisherStats | null) => Promise<T>, goOn: (cold: T) => boolean = () => true): Promise<Pair<T>> {
  await workload.reset();
  const start = await workload.stats();
  log(`${name}: cold refresh`);
  const coldRun = await cold(start);
  const afterCold = await workload.stats();
  if (!goOn(coldRun)) return { cold: coldRun, next: null, served: { cold: difference(afterCold, start), next: null } };
  await workload.between();
  const moved = await workload.stats();
  log(`${name}: next refresh`);
  const nextRun = await next(moved);
  const afterNext = await workload.stats();
  return { cold: coldRun, next: nextRun, served: { cold: difference(afterCold, start), next: difference(afterNext, moved) } };
}
