import { readOpml } from '../../../shared/opml/readOpml';
import { writeOpml } from '../../../shared/opml/writeOpml';
import type { OpmlExport, OpmlExportFeed } from '../../../shared/opml/opmlTypes';
import { interleavedMediansMs } from '../measure';
import type { BenchRow } from '../table';
import { benchSourcesPage } from './pageBench';

const group = 'sources';
const feedCount = 2_000;
const folderCount = 30;
const rounds = 30;

/**
 * A reader's subscriptions after years: names in several scripts, `&` in names and addresses, a few settings. `base`
 * starts each feed's address, so that a benchmark that lets the app fetch them can point them elsewhere.
 */
export function subscriptions(base: (index: number) => string = (index) => `https://site-${index}.example`): OpmlExport {
  const names = ['Tech & Science', 'Thời sự', '東京ニュース', 'Économie', 'Новости', 'أخبار', 'Blogs', 'Podcasts'];
  const folders = Array.from({ length: folderCount }, (_, index) => ({ path: [`${names[index % names.length]} ${index}`] }));
  const feeds: OpmlExportFeed[] = Array.from({ length: feedCount }, (_, index) => ({
    url: `${base(index)}/feeds/${index % 3 === 0 ? 'rss.xml' : `atom?lang=fr&page=${index}`}`,
    title: `${names[index % names.length]} — feed “${index}” <daily>`,
    folder: folders[index % folderCount]?.path ?? [],
    siteUrl: `https://site-${index}.example/`,
    language: index % 4 === 0 ? 'vi' : null,
    settings: index % 10 === 0 ? { intervalMinutes: 60, paused: index % 20 === 0 } : {},
  }));
  return { title: 'Bench subscriptions', dateCreated: new Date(0), folders, feeds };
}

/** The least an importer can do: find each outline and its xmlUrl, nothing decoded, checked or filed. */
function bareOutlineScan(text: string): number {
  let found = 0;
  for (const match of text.matchAll(/<outline\b[^>]*?\bxmlUrl="([^"]*)"/g)) if (match[1]) found += 1;
  return found;
}

/**
 * Reading and writing a 2,000-feed OPML file in 30 folders, each against the same data through JSON, the floor for
 * structured text in JavaScript, and reading also against a bare regex scan of the outlines; then the same file
 * imported and exported through the app in Chromium (pageBench), with its feeds on loopback servers that answer 404.
 */
export async function benchSources(): Promise<BenchRow[]> {
  const document = subscriptions();
  const text = writeOpml(document);
  const json = JSON.stringify(document);
  const reading = readOpml(text);
  if (reading.kind !== 'opml' || reading.feeds.length !== feedCount || reading.folders.length !== folderCount) {
    throw new Error(`the generated file did not read back: ${reading.kind === 'failed' ? reading.error : `${reading.feeds.length} feeds`}`);
  }
  const [read = Number.NaN, parse = Number.NaN, scan = Number.NaN, write = Number.NaN, stringify = Number.NaN] = await interleavedMediansMs(rounds, [
    () => readOpml(text),
    () => JSON.parse(json) as unknown,
    () => bareOutlineScan(text),
    () => writeOpml(document),
    () => JSON.stringify(document),
  ]);
  const note = `${feedCount} feeds in ${folderCount} folders, ${(text.length / 1024).toFixed(0)} KB of OPML (${(json.length / 1024).toFixed(0)} KB as JSON); one thread; median of ${rounds} interleaved rounds`;
  const page = await benchSourcesPage(subscriptions);
  return [
    { group, name: 'OPML read (tolerant scan, addresses checked, folders, settings), time', value: read, unit: 'ms', baseline: { name: 'JSON.parse of the same data', value: parse }, note },
    { group, name: 'OPML read, time', value: read, unit: 'ms', baseline: { name: 'bare regex scan of the outlines', value: scan }, note },
    { group, name: 'OPML read, throughput', value: feedCount / (read / 1000), unit: 'feeds/s', baseline: { name: 'JSON.parse of the same data', value: feedCount / (parse / 1000) }, note },
    { group, name: 'OPML write (nested, escaped, cleaned), time', value: write, unit: 'ms', baseline: { name: 'JSON.stringify of the same data', value: stringify }, note },
    ...page,
  ];
}
