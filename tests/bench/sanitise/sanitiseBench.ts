import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { sanitiseHtml } from '../../../electron/feeds/sanitise/sanitiseHtml';
import { articleHtmlPolicy } from '../../../shared/security/articleHtmlPolicy';
import { medianMs } from '../measure';
import type { BenchRow } from '../table';

const group = 'sanitise';
const count = 2000;

/** Article bodies of the usual mix: paragraphs, a figure, a link, and the odd script and handler to remove. */
function articles(): string[] {
  return Array.from(
    { length: count },
    (_, index) => `<p>Paragraphe ${index} : le secrétaire américain à la Défense et son homologue russe se sont entretenus par téléphone.</p>
<figure><img src="/img/${index}.jpg" onerror="steal()" alt="Photo"><figcaption>Photo : Anadolu</figcaption></figure>
<p>${'Moscou et Washington ont donné des versions très différentes de cet appel. '.repeat(12)}</p>
<p><a href="../related/${index}.html">À lire aussi</a> <a href="javascript:steal()">piège</a></p><script>steal()</script>`,
  );
}

/**
 * The app sanitises an article's HTML when the reading pane shows it, with DOMPurify over Chromium's own DOM; the
 * baseline is the same policy over jsdom in Node, which the feed pipeline would have to run to sanitise on the way in.
 */
export async function benchSanitise(): Promise<BenchRow[]> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path)) ?? process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  const bodies = articles();
  const jsdomPerArticle = (await medianMs(3, () => bodies.slice(0, 400).forEach((html) => sanitiseHtml(html, 'https://news.example/a/1')))) / 400;

  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('dompurify/dist/purify.min.js') });
    const policy = { ...articleHtmlPolicy, ALLOWED_URI_REGEXP: articleHtmlPolicy.ALLOWED_URI_REGEXP.source };
    const chromiumPerArticle = await page.evaluate(
      ({ bodies: html, policy: { ALLOWED_URI_REGEXP, ...rest } }) => {
        type Purify = { sanitize(html: string): string; setConfig(config: object): void; addHook(name: string, hook: (node: Element) => void): void };
        const purify = (window as unknown as { DOMPurify: Purify }).DOMPurify;
        // As the renderer's hook does: addresses made absolute against the article's own.
        purify.addHook('afterSanitizeAttributes', (node) => {
          for (const name of ['href', 'src']) {
            const value = node.getAttribute?.(name);
            if (value) node.setAttribute(name, new URL(value, 'https://news.example/a/1').href);
          }
        });
        purify.setConfig({ ...rest, ALLOWED_URI_REGEXP: new RegExp(ALLOWED_URI_REGEXP, 'i') });
        for (const body of html.slice(0, 200)) purify.sanitize(body);
        const started = performance.now();
        for (const body of html) purify.sanitize(body);
        return (performance.now() - started) / html.length;
      },
      { bodies, policy },
    );
    return [
      {
        group,
        name: 'DOMPurify over Chromium’s DOM (the reading pane, per article opened)',
        value: chromiumPerArticle * 1000,
        unit: 'µs/article',
        baseline: { name: 'same policy over jsdom in Node', value: jsdomPerArticle * 1000 },
        note: `${count} article bodies of ~1.5 KB; sanitising all 40,000 articles of a first refresh on the way in would take ${((chromiumPerArticle * 40_000) / 1000).toFixed(1)} s in Chromium, ${((jsdomPerArticle * 40_000) / 1000).toFixed(0)} s over jsdom`,
      },
    ];
  } finally {
    await browser.close();
  }
}
