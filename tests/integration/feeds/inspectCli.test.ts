import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

function inspect(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'electron/cli/inspect.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the inspect command', () => {
  it('prints exactly one JSON document for a feed file', async () => {
    const { code, stdout } = await inspect(fixture('atom10.xml'), '--json');
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as { feed: Record<string, unknown>; articles: Array<Record<string, unknown>>; errors: string[] };
    expect(document.feed).toEqual({ title: 'Notes & Essays', siteUrl: 'https://blog.example/', language: 'en' });
    expect(Object.keys(document.articles[0] ?? {})).toEqual([
      'id', 'title', 'url', 'published', 'author', 'language', 'contentHtml', 'alternates', 'translation', 'sourceLinks', 'credits',
    ]);
    expect(document.articles[0]?.alternates).toEqual([
      { language: 'fr', url: 'https://blog.example/fr/essai.html' },
      { language: 'es', url: 'https://blog.example/es/ensayo.html' },
    ]);
    expect(document.errors).toEqual([]);
  }, 30_000);

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await inspect(fixture('rss2-full.xml'));
    expect(code).toBe(0);
    expect(stdout).toContain('Le Quotidien & Co [fr]');
    expect(stdout).toContain('3 articles');
  }, 30_000);

  it('exits non-zero with one line when there is no feed', async () => {
    const { code, stdout, stderr } = await inspect(fixture('page-no-feed.html'), '--json');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(['Not a feed: the file is a web page']);
    expect((await inspect('/no/such/file.xml')).stderr.trim()).toBe('No such file: /no/such/file.xml');
  }, 30_000);
});
