import { attributesOf, listOf } from '../xmlValues';
import { fieldsOf } from './nodes';

// xml2js keeps element names as written, prefix and case included. Publishers mostly use the usual prefixes, but not
// always: FeedBurner binds Atom to `atom10:`, some podcast hosts write `itunes:Image` or `ITUNES:DURATION`, and a feed
// may bind Media RSS to `mrss:`. The reader looks names up as written below, so what a feed calls otherwise is renamed
// to them first: a prefix bound to a namespace the reader knows becomes that namespace's usual prefix, and a name the
// reader reads, written in another case, becomes the case below. Only namespaced names are looked at, one key at a time.

/** The namespaces the reader reads, by their usual prefix; URIs compared in lower case, without a trailing slash. */
const usualPrefixes = new Map<string, string>([
  ['http://www.w3.org/2005/atom', 'atom'],
  ['http://purl.org/rss/1.0/modules/content', 'content'],
  ['http://purl.org/dc/elements/1.1', 'dc'],
  ['http://purl.org/dc/terms', 'dcterms'],
  ['http://www.w3.org/2003/01/geo/wgs84_pos#', 'geo'],
  ['http://www.georss.org/georss', 'georss'],
  ['http://www.opengis.net/gml', 'gml'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://search.yahoo.com/mrss', 'media'],
  ['http://www.rssboard.org/media-rss', 'media'],
  ['http://purl.org/rss/1.0/modules/slash', 'slash'],
  ['http://purl.org/rss/1.0/modules/syndication', 'sy'],
  ['http://purl.org/syndication/thread/1.0', 'thr'],
  ['http://wellformedweb.org/commentapi', 'wfw'],
  ['http://www.w3.org/1999/xhtml', 'xhtml'],
]);

/** Every namespaced name the reader looks up, as it looks them up. */
const readNames = [
  'atom:link',
  'atom:updated',
  'content:encoded',
  ...['contributor', 'creator', 'date', 'description', 'language', 'rights', 'source', 'subject', 'title'].map((name) => `dc:${name}`),
  ...['created', 'issued', 'modified', 'rights'].map((name) => `dcterms:${name}`),
  'geo:lat',
  'geo:long',
  'geo:Point',
  'georss:point',
  'georss:where',
  'gml:Point',
  'gml:pos',
  ...['author', 'category', 'duration', 'email', 'image', 'name', 'owner', 'subtitle', 'summary'].map((name) => `itunes:${name}`),
  ...['category', 'content', 'description', 'group', 'thumbnail', 'title'].map((name) => `media:${name}`),
  'slash:comments',
  'sy:updateFrequency',
  'sy:updatePeriod',
  'thr:total',
  'wfw:commentRss',
  'xhtml:body',
];

const readNameSet = new Set(readNames);
const readNameByLowerCase = new Map(readNames.map((name) => [name.toLowerCase(), name]));

/** Elements the reader looks inside: their children are renamed too. */
const containers = new Set(['media:group', 'media:content', 'itunes:owner', 'itunes:category', 'georss:where', 'gml:Point', 'geo:Point']);

/** Prefixes renamed to the usual ones: those the document binds to a namespace the reader knows under another prefix. */
export type PrefixRenames = ReadonlyMap<string, string>;

/** The renames declared by these elements' `xmlns:…` attributes, added to those in force (`inherited`). */
export function prefixRenames(elements: unknown[], inherited: PrefixRenames = new Map()): PrefixRenames {
  let renames: Map<string, string> | null = null;
  for (const element of elements) {
    for (const [attribute, uri] of Object.entries(attributesOf(element))) {
      if (!attribute.startsWith('xmlns:')) continue;
      const prefix = attribute.slice('xmlns:'.length);
      const usual = usualPrefixes.get(uri.trim().toLowerCase().replace(/\/$/, ''));
      if (usual === undefined || usual === prefix) continue;
      renames ??= new Map(inherited);
      renames.set(prefix, usual);
    }
  }
  return renames ?? inherited;
}

function lookUpNameToRead(key: string, colon: number, renames: PrefixRenames): string | null {
  const prefix = key.slice(0, colon);
  const renamed = renames.size > 0 ? renames.get(prefix) : undefined;
  const name = readNameByLowerCase.get(`${renamed ?? prefix}:${key.slice(colon + 1)}`.toLowerCase());
  return name !== undefined && name !== key ? name : null;
}

/**
 * Without renames, the answer for a name is the same in every item: podcast items repeat a dozen namespaced names the
 * reader does not read (itunes:explicit, itunes:keywords…), each looked up once. Bounded, against documents that
 * invent names.
 */
const plainAnswers = new Map<string, string | null>();
const plainAnswersLimit = 2000;

/** The name the reader reads for `key`, or null when it reads it as written (or not at all). */
function nameToRead(key: string, renames: PrefixRenames): string | null {
  const colon = key.indexOf(':');
  if (colon < 0 || readNameSet.has(key)) return null;
  if (renames.size > 0) return lookUpNameToRead(key, colon, renames);
  const known = plainAnswers.get(key);
  if (known !== undefined) return known;
  const answer = lookUpNameToRead(key, colon, renames);
  if (plainAnswers.size < plainAnswersLimit) plainAnswers.set(key, answer);
  return answer;
}

/**
 * Renames, in place, the namespaced children of an item or channel (and of the containers among them) that the
 * reader reads under another name. An element already present under the usual name comes first.
 */
export function useReadNames(element: unknown, renames: PrefixRenames): void {
  const fields = fieldsOf(element);
  if (!fields) return;
  for (const key of Object.keys(fields)) {
    if (key === '$' || key === '_') continue;
    const name = nameToRead(key, renames);
    if (name !== null) {
      fields[name] = [...listOf(fields[name]), ...listOf(fields[key])];
      Reflect.deleteProperty(fields, key);
    }
    const read = name ?? key;
    if (containers.has(read)) for (const child of listOf(fields[read])) useReadNames(child, renames);
  }
}
