import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/opml/${name}`, import.meta.url));

function inspect(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'electron/cli/inspect.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the inspect command on an OPML file', () => {
  it('lists the folders and feeds an import would bring, what it would skip, and the summary', async () => {
    const { code, stdout } = await inspect(fixture('nested-3-levels.opml'));
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Deeply nested — 7 feeds in 6 folders',
        '• Top Level — https://toplevel.example/rss',
        'World/',
        '  • Globe Wire — https://globewire.example/rss',
        '  Europe/',
        '    • Continental Post — https://continentalpost.example/rss',
        '    • Baltic Brief — https://balticbrief.example/rss',
        '    France/',
        '      • Le Courrier de Lyon — https://courrierdelyon.example/rss  (fr)',
        '      • Bretagne Hebdo — https://bretagnehebdo.example/rss',
        '    Portugal/',
        '  Asia/',
        '    Vietnam/',
        '      • Hà Nội Ngày Nay — https://hanoingaynay.example/rss  (vi)',
        '7 feeds imported.',
        '',
      ].join('\n'),
    );
    const skipping = await inspect(fixture('freshrss.opml'));
    expect(skipping.stdout).toContain('! “Forum front page” (line 14): a web page FreshRSS reads by scraping, not a feed\n3 feeds imported, 1 skipped:');
  }, 30_000);

  it('prints the reading as one JSON document with --json, and knows OPML by its content whatever the file is called', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tidings-opml-'));
    try {
      const renamed = join(folder, 'subscriptions.xml');
      copyFileSync(fixture('latin1.opml'), renamed);
      const { code, stdout } = await inspect(renamed, '--json');
      expect(code).toBe(0);
      const reading = JSON.parse(stdout) as { kind: string; title: string; feeds: Array<{ title: string }> };
      expect(reading).toMatchObject({ kind: 'opml', title: 'Abonnements de Hélène', skipped: [], duplicates: 0 });
      expect(reading.feeds.map((feed) => feed.title)).toEqual(['Le Café du Coin', 'Économie & Société', 'Ñandú Señales']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);

  it('exits non-zero with one line for a damaged or mistaken .opml file, and still reads feeds as feeds', async () => {
    const damaged = await inspect(fixture('truncated.opml'), '--json');
    expect(damaged.code).not.toBe(0);
    expect(damaged.stdout).toBe('');
    expect(damaged.stderr).toBe('The OPML file is damaged at line 10: the value of xmlUrl in <outline> is never closed; it may have been cut short\n');
    const feed = await inspect(fixture('not-opml.xml'));
    expect(feed.code).toBe(0);
    expect(feed.stdout).toContain('1 articles');
  }, 30_000);
});
