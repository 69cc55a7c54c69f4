import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { OpmlFeed } from './opml';

export interface NewsboatRun {
  seconds: number;
  /** CPU seconds, its reload threads included (read from /proc while it runs; null where there is none). */
  cpuSeconds: number | null;
  complete: boolean;
  exitCode: number | null;
}

/** User and system time of a running process, in seconds (clock ticks of 1/100 s, as Linux counts them). */
function cpuSecondsOf(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export function newsboatVersion(): string | null {
  const answer = spawnSync('newsboat', ['-v'], { encoding: 'utf8', timeout: 10_000 });
  if (answer.status !== 0) return null;
  return /newsboat\s+([\d.]+)/.exec(answer.stdout)?.[1] ?? 'unknown';
}

/**
 * newsboat with a profile of its own (URLs file, cache, configuration, home) in a temporary folder, reloading every
 * feed with 8 threads: `newsboat -x reload` until it exits.
 */
export class NewsboatProfile {
  private readonly dir = mkdtempSync(join(tmpdir(), 'tidings-peer-newsboat-'));
  private readonly args: string[];
  private readonly cache = join(this.dir, 'cache.db');

  constructor(feeds: readonly OpmlFeed[], readonly threads = 8) {
    const urls = join(this.dir, 'urls');
    const config = join(this.dir, 'config');
    writeFileSync(urls, `${feeds.map((feed) => feed.url).join('\n')}\n`);
    writeFileSync(config, `reload-threads ${threads}\n`);
    this.args = ['-u', urls, '-c', this.cache, '-C', config, '-q'];
  }

  private run(commands: string[], timeoutMs: number): Promise<NewsboatRun & { output: string }> {
    return new Promise((resolve) => {
      const started = performance.now();
      const child = spawn('newsboat', [...this.args, '-x', ...commands], {
        cwd: this.dir,
        env: { ...process.env, HOME: this.dir, XDG_CONFIG_HOME: this.dir, XDG_DATA_HOME: this.dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      let timedOut = false;
      let cpuSeconds: number | null = null;
      const sampler = setInterval(() => (cpuSeconds = cpuSecondsOf(child.pid) ?? cpuSeconds), 100);
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        clearInterval(sampler);
        resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds, complete: !timedOut && exitCode === 0, exitCode, output });
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        clearInterval(sampler);
        resolve({ seconds: Number.NaN, cpuSeconds: null, complete: false, exitCode: null, output: String(error) });
      });
    });
  }

  reload(timeoutMs: number): Promise<NewsboatRun> {
    return this.run(['reload'], timeoutMs);
  }

  /**
   * How many articles the cache holds: counted by the sqlite3 shell where there is one (at once), else by newsboat
   * (`print-unread`: all are unread, since nothing was read), which loads the whole cache first.
   */
  async articles(): Promise<number | null> {
    const counted = spawnSync('sqlite3', [this.cache, 'SELECT count(*) FROM rss_item WHERE deleted = 0'], { encoding: 'utf8', timeout: 30_000 });
    if (counted.status === 0 && /^\d+\s*$/.test(counted.stdout)) return Number(counted.stdout);
    const { output } = await this.run(['print-unread'], 120_000);
    const match = /(\d+)\s+unread/.exec(output);
    return match ? Number(match[1]) : null;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
