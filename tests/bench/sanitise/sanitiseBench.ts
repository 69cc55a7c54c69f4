import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import Parser from 'rss-parser';
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

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The bodies as one RSS feed's descriptions, as a publisher would send them. */
function feedOf(bodies: string[]): string {
  const items = bodies.map((html, index) => `<item><guid>https://news.example/a/${index}</guid><title>Article ${index}</title><description>${escapeXml(html)}</description></item>`);
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>${items.join('')}</channel></rss>`;
}

/**
 * The app sanitises an article's HTML when the reading pane shows it, with DOMPurify over Chromium's own DOM; the
 * baseline is the same policy over jsdom in Node, which the feed pipeline would have to run to sanitise on the way in.
 */
export async function benchSanitise(): Promise<BenchRow[]> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path)) ?? process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  const bodies = articles();
  const parserPerArticle = (await medianMs(5, () => new Parser().parseString(feedOf(bodies)))) / bodies.length;
  const jsdomPerArticle = (await medianMs(3, () => bodies.slice(0, 400).forEach((html) => sanitiseHtml(html, 'https://news.example/a/1')))) / 400;

  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('dompurify/dist/purify.min.js') });
    const policy = { ...articleHtmlPolicy, ALLOWED_URI_REGEXP: articleHtmlPolicy.ALLOWED_URI_REGEXP.source };
    const { sanitising: chromiumPerArticle, parsing: parsePerArticle } = await page.evaluate(
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
        const sanitising = (performance.now() - started) / html.length;
        // Only the HTML parse every DOM-based sanitiser starts with, nothing removed: the least it can cost.
        const template = document.createElement('template');
        const parseStarted = performance.now();
        for (const body of html) template.innerHTML = body;
        return { sanitising, parsing: (performance.now() - parseStarted) / html.length };
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
      {
        group,
        name: 'HTML parse alone in Chromium (what any DOM sanitiser pays first), per article',
        value: parsePerArticle * 1000,
        unit: 'µs/article',
        baseline: { name: 'rss-parser parseString of the feed, per article', value: parserPerArticle * 1000 },
        note: 'the same bodies as the feed’s descriptions: sanitising on the way in would add at least this ratio to the whole parse, so Tidings sanitises once, when an article is opened',
      },
    ];
  } finally {
    await browser.close();
  }
}
