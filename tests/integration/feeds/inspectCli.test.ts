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
    expect(document.feed).toMatchObject({ title: 'Notes & Essays', siteUrl: 'https://blog.example/', language: 'en' });
    expect(Object.keys(document.feed.details as object)).toEqual([
      'description', 'iconUrl', 'imageUrl', 'authors', 'categories', 'updated', 'published', 'rights', 'generator', 'selfUrl',
    ]);
    expect(Object.keys(document.articles[0] ?? {})).toEqual([
      'id', 'title', 'url', 'published', 'updated', 'author', 'authors', 'contributors', 'language', 'excerpt', 'summaryHtml', 'contentHtml',
      'categories', 'enclosures', 'imageUrl', 'comments', 'geo', 'alternates', 'translation', 'sourceLinks', 'credits',
    ]);
    expect(document.articles[0]?.alternates).toEqual([
      { language: 'fr', url: 'https://blog.example/fr/essai.html' },
      { language: 'es', url: 'https://blog.example/es/ensayo.html' },
    ]);
    expect(document.errors).toEqual([]);
  }, 30_000);

  it('prints what a JSON Feed says of itself and of each item', async () => {
    const { code, stdout } = await inspect(fixture('json/podcast-1.1.json'), '--json');
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as { feed: { details: Record<string, unknown> }; articles: Array<Record<string, unknown>> };
    expect(document.feed.details).toMatchObject({
      description: 'Conversations about boats, knots & the people who tie them.',
      imageUrl: 'https://tidewater.example/artwork/cover-1400.png',
      authors: [{ name: 'Nell Harrow', email: null, url: 'https://tidewater.example/nell' }, { name: 'Owen Keel', email: 'owen@tidewater.example', url: null }],
    });
    expect(document.articles[0]).toMatchObject({
      summaryHtml: 'Nell and Owen argue about the one knot everybody thinks they know.',
      categories: [{ term: 'knots', scheme: null, label: null }, { term: 'sailing', scheme: null, label: null }],
      enclosures: [{ url: 'https://cdn.tidewater.example/042.mp3', duration: 2581, medium: 'audio' }, { duration: 2581.5 }],
      comments: null,
      geo: null,
    });
  }, 30_000);

  it('shows the description, pictures, categories and enclosures in the readable summary', async () => {
    const { code, stdout } = await inspect(fixture('json/podcast-1.1.json'));
    expect(code).toBe(0);
    expect(stdout).toContain('  Conversations about boats, knots & the people who tie them.');
    expect(stdout).toContain('  icon: https://tidewater.example/favicon-64.png');
    expect(stdout).toContain('    categories: knots, sailing');
    expect(stdout).toContain('    enclosure: https://cdn.tidewater.example/042.mp3 (audio/mpeg, 41.2 MB, 43:01)');
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
