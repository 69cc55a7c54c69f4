import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readArticlePage } from '../../../electron/fulltext/readArticlePage';
import { interleavedMediansMs } from '../measure';
import type { BenchRow } from '../table';
import { articlePage, pageShapes } from './articlePages';

// `npm run bench -- offline`: what reading one article out of its page costs, per page shape. Readability over the
// chosen DOM (linkedom) against parsing the same page into that DOM alone; the whole extraction as the worker runs it
// (decoding, page facts, addresses made absolute) against the same; and linkedom against jsdom 29, the alternative
// that runs on Node 20, both bare and under Readability.

const group = 'offline';
const runs = Number(process.env.TIDINGS_FULLTEXT_BENCH_RUNS ?? 15);

interface Jsdom {
  JSDOM: new (html: string, options: { url: string }) => { window: { document: unknown; close(): void } };
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

const url = 'https://gazette.example/story';

export async function benchFullText(): Promise<BenchRow[]> {
  // A development dependency only: the app never loads jsdom.
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as Jsdom;
  const rows: BenchRow[] = [];
  for (const shape of pageShapes) {
    const html = articlePage(shape);
    const bytes = Buffer.from(html);
    const kilobytes = Math.round(bytes.length / 1024);
    const label = `${shape.name} (${kilobytes} KB)`;
    const linkedomParse = () => parseHTML(html).document;
    const linkedomReadability = () => new Readability(parseHTML(html).document as unknown as ReadabilityDocument).parse();
    const extraction = () => {
      if (readArticlePage({ body: bytes, contentType: 'text/html; charset=utf-8', url }).kind !== 'extracted') throw new Error(`${shape.name}: no article`);
    };
    const jsdomParse = () => new JSDOM(html, { url }).window.close();
    const jsdomReadability = () => {
      const { window } = new JSDOM(html, { url });
      new Readability(window.document as ReadabilityDocument).parse();
      window.close();
    };
    const [parse, readability, whole, jsdomBare, jsdomRead] = await interleavedMediansMs(runs, [linkedomParse, linkedomReadability, extraction, jsdomParse, jsdomReadability]);
    const linkedomBaseline = { name: `linkedom parse alone, ${shape.name}`, value: parse ?? Number.NaN };
    rows.push(
      { group, name: `full text: linkedom parse alone, ${label}`, value: parse ?? Number.NaN, unit: 'ms/article' },
      { group, name: `full text: Readability over linkedom, ${label}`, value: readability ?? Number.NaN, unit: 'ms/article', baseline: linkedomBaseline },
      {
        group,
        name: `full text: whole extraction (worker's work), ${label}`,
        value: whole ?? Number.NaN,
        unit: 'ms/article',
        baseline: linkedomBaseline,
        note: 'whole extraction: decoding, page facts (lang, og:locale, canonical, og:site_name), Readability over linkedom, addresses made absolute',
      },
      { group, name: `full text: jsdom parse alone, ${label}`, value: jsdomBare ?? Number.NaN, unit: 'ms/article', baseline: linkedomBaseline },
      {
        group,
        name: `full text: Readability over jsdom, ${label}`,
        value: jsdomRead ?? Number.NaN,
        unit: 'ms/article',
        baseline: { name: `Readability over linkedom, ${shape.name}`, value: readability ?? Number.NaN },
      },
    );
  }
  return rows;
}
