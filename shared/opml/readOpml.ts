import { normaliseLanguageTag } from '../lang/tags';
import { boundedIntervalMinutes } from '../model/pollSettings';
import { decodeOpmlBytes } from './decodeOpmlBytes';
import { checkFeedAddress, webAddressOrNull } from './feedAddress';
import { scanMarkup, type MarkupScan, type MarkupToken } from './markupScanner';
import { folderKey, tidingsOpmlNamespace, type OpmlFeed, type OpmlFeedSettings, type OpmlFolder, type OpmlReading, type OpmlSkip } from './opmlTypes';
import { cleanName } from './xmlText';

/**
 * What an OPML file would import: every subscription with its folder, and every outline that looked like one but
 * could not be, with the reason. A file that is not OPML, or that stops in the middle of markup, imports nothing.
 */
export function readOpml(text: string): OpmlReading {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const notMarkup = whyNotMarkup(source);
  if (notMarkup) return { kind: 'failed', error: `Not an OPML file: ${notMarkup}` };
  const scan = scanMarkup(source);
  const wrongRoot = whyNotOpml(scan.tokens.find((token) => token.kind === 'open'));
  if (wrongRoot) return { kind: 'failed', error: `Not an OPML file: ${wrongRoot}` };
  if (scan.damage) return { kind: 'failed', error: `The OPML file is damaged at line ${scan.damage.line}: ${scan.damage.problem}` };
  return readOutlines(scan);
}

/** For a file as it was read from disk: decoded by its byte order mark or its declared encoding first. */
export function readOpmlBytes(bytes: Uint8Array): OpmlReading {
  return readOpml(decodeOpmlBytes(bytes));
}

function whyNotMarkup(text: string): string | null {
  const start = text.search(/\S/);
  if (start === -1) return 'the file is empty';
  if (text.slice(0, 1024).includes('\u0000')) return 'the file is not text';
  const first = text[start];
  if (first === '{' || first === '[') return 'the file holds JSON';
  if (first !== '<') return 'the file does not begin with markup';
  return null;
}

function whyNotOpml(root: MarkupToken | undefined): string | null {
  if (root?.kind !== 'open') return 'the file holds no elements';
  if (root.name === 'opml') return null;
  if (root.name === 'rss' || root.name === 'feed' || root.name === 'rdf:rdf') return `the file is a feed (<${root.name}>), not a list of feeds`;
  if (root.name === 'html') return 'the file is a web page';
  return `the file’s root element is <${root.name}>, not <opml>`;
}

const feedTypes = new Set(['rss', 'atom', 'rdf', 'feed', 'json', 'jsonfeed']);
/** FreshRSS's `HTML+XPath`, `JSON+DotNotation`…: its `xmlUrl` is a page to scrape, which only FreshRSS can read. */
const scrapedPageType = /xpath|dotnotation/i;

interface Frame {
  /** The folder its children are in: its own name appended to its parent's, unless it has none. */
  folder: string[];
  attributes: Map<string, string>;
  line: number;
  hasChildren: boolean;
  /** Read as a feed when it opened: it cannot also be an empty folder. */
  isFeed: boolean;
}

function readOutlines(scan: MarkupScan): OpmlReading {
  const settingsPrefixes = tidingsPrefixes(scan.namespaces);
  const settingAttributes = settingNames(settingsPrefixes.prefixes);
  // Tidings' own exports say where each feed is by nesting; only other readers' files put folders in categories.
  const foldersFromCategories = !settingsPrefixes.declared;
  const feeds: OpmlFeed[] = [];
  const skipped: OpmlSkip[] = [];
  // A folder is listed once something lands in it, so that an outline document's headings do not all become folders.
  const folders = new Map<string, OpmlFolder>();
  const addresses = new Set<string>();
  let duplicates = 0;
  let title: string | null = null;
  let titleParts: string[] | null = null;
  let inHead = false;
  const stack: Frame[] = [];

  const currentFolder = (): string[] => stack.at(-1)?.folder ?? [];
  let lastAdded = '';
  const addFolder = (path: readonly string[]): void => {
    const key = folderKey(path);
    if (key === lastAdded) return; // feeds come in runs of one folder
    lastAdded = key;
    for (let depth = 1; depth <= path.length; depth += 1) {
      const parentOrSelf = path.slice(0, depth);
      const parentOrSelfKey = folderKey(parentOrSelf);
      if (!folders.has(parentOrSelfKey)) folders.set(parentOrSelfKey, { path: parentOrSelf });
    }
  };
  const skip = (line: number, reason: string, name: string | null): void => {
    skipped.push(name ? { line, reason, title: name } : { line, reason });
  };

  const readFeed = (attributes: Map<string, string>, address: string, line: number): void => {
    const name = cleanName(attributes.get('title')) || cleanName(attributes.get('text')) || null;
    if (scrapedPageType.test(attributes.get('type') ?? '')) return skip(line, 'a web page FreshRSS reads by scraping, not a feed', name);
    const check = checkFeedAddress(address);
    if (!check.ok) return skip(line, check.reason, name);
    if (addresses.has(check.url)) {
      duplicates += 1;
      return;
    }
    addresses.add(check.url);
    const categories = categoriesOf(attributes.get('category'));
    const nested = currentFolder();
    const folder = nested.length === 0 && foldersFromCategories ? categoryFolder(categories) : [...nested];
    addFolder(folder);
    feeds.push({
      url: check.url,
      // An exporter that knows no name repeats the address, which names nothing.
      title: name === address.trim() || name === check.url ? null : name,
      siteUrl: webAddressOrNull(attributes.get('htmlurl')),
      folder,
      language: normaliseLanguageTag(attributes.get('language')),
      categories,
      settings: settingsOf(attributes, settingAttributes),
    });
  };

  /** An outline with no address and nothing inside: a broken subscription, an empty folder, or a note to pass over. */
  const readLeaf = (attributes: Map<string, string>, line: number, explicitlyClosed: boolean): void => {
    const type = attributes.get('type')?.trim().toLowerCase() ?? '';
    const name = cleanName(attributes.get('title')) || cleanName(attributes.get('text')) || null;
    if (type === 'link') return skip(line, 'a link to a web page, not a feed', name);
    if (type === 'include') return skip(line, 'a link to another OPML file, which is not followed', name);
    if (feedTypes.has(type) || attributes.has('htmlurl')) return skip(line, 'no feed address', name);
    const folderName = folderNameOf(attributes);
    // `<outline text="Later"></outline>` is how FreshRSS and Tidings write an empty folder; `<outline text="…"/>` in an
    // outline document is a line of text.
    if (explicitlyClosed && folderName) addFolder([...currentFolder(), folderName]);
  };

  const finish = (frame: Frame): void => {
    if (!frame.hasChildren && !frame.isFeed) readLeaf(frame.attributes, frame.line, true);
  };

  for (const token of scan.tokens) {
    if (token.kind === 'text') {
      titleParts?.push(token.text);
    } else if (token.kind === 'close') {
      if (token.name === 'title' || token.name === 'head') {
        if (titleParts) title = cleanName(titleParts.join('')) || null;
        titleParts = null;
        if (token.name === 'head') inHead = false;
      } else if (inHead) {
        continue;
      } else if (token.name === 'outline') {
        const frame = stack.pop();
        if (frame) finish(frame);
      } else if (token.name === 'body' || token.name === 'opml') {
        for (let frame = stack.pop(); frame; frame = stack.pop()) finish(frame);
      }
    } else if (token.name === 'head' && stack.length === 0) {
      inHead = !token.selfClosing;
    } else if (token.name === 'body') {
      inHead = false; // a head never closed ends where the body begins
    } else if (inHead) {
      if (token.name === 'title' && title === null && !token.selfClosing) titleParts = [];
    } else if (token.name === 'outline') {
      const parent = stack.at(-1);
      if (parent) parent.hasChildren = true;
      const address = addressOf(token.attributes);
      if (address !== null) readFeed(token.attributes, address, token.line);
      else if (token.selfClosing) readLeaf(token.attributes, token.line, false);
      if (!token.selfClosing) {
        const name = folderNameOf(token.attributes);
        const outer = currentFolder();
        stack.push({ folder: name ? [...outer, name] : outer, attributes: token.attributes, line: token.line, hasChildren: false, isFeed: address !== null });
      }
    }
  }
  // Outlines, body and opml left open at the end of the file: everything inside them was read whole.
  for (let frame = stack.pop(); frame; frame = stack.pop()) finish(frame);

  return { kind: 'opml', title, feeds, folders: [...folders.values()], skipped, duplicates };
}

/**
 * The feed's address: `xmlUrl` in any case, else `url`, which some exporters use for it, except on the outline types
 * where it means something else. Null when the outline names none; empty when it names an empty one.
 */
function addressOf(attributes: Map<string, string>): string | null {
  const xmlUrl = attributes.get('xmlurl');
  if (xmlUrl?.trim()) return xmlUrl;
  const type = attributes.get('type')?.trim().toLowerCase();
  const url = type === 'link' || type === 'include' ? undefined : attributes.get('url');
  if (url?.trim()) return url;
  return xmlUrl ?? url ?? null;
}

/** A folder's name: `text` first, the attribute OPML requires and every reader shows, then `title`. */
function folderNameOf(attributes: Map<string, string>): string | null {
  return cleanName(attributes.get('text')) || cleanName(attributes.get('title')) || null;
}

function categoriesOf(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((category) => cleanName(category))
    .filter((category) => category !== '');
}

/** OPML 2.0: a category with slashes is a path (`/Tech/Linux`), one without is a tag. The first path is the folder. */
function categoryFolder(categories: readonly string[]): string[] {
  for (const category of categories) {
    if (!category.startsWith('/')) continue;
    const path = category
      .split('/')
      .map((name) => cleanName(name))
      .filter((name) => name !== '');
    if (path.length > 0) return path;
  }
  return [];
}

/** The prefixes bound to Tidings' namespace; `tidings` when a file (edited by hand, say) declares none. */
function tidingsPrefixes(namespaces: MarkupScan['namespaces']): { prefixes: string[]; declared: boolean } {
  const bound = namespaces.filter(({ uri }) => uri.replace(/\/$/, '') === tidingsOpmlNamespace).map(({ prefix }) => prefix);
  return bound.length > 0 ? { prefixes: [...new Set(bound)], declared: true } : { prefixes: ['tidings'], declared: false };
}

function settingsOf(attributes: Map<string, string>, names: SettingNames): OpmlFeedSettings {
  const interval = setting(attributes, names.interval);
  return {
    intervalMinutes: interval ? boundedIntervalMinutes(Number(interval)) : null,
    languageOverride: normaliseLanguageTag(setting(attributes, names.language)),
    paused: /^(true|1|yes)$/i.test(setting(attributes, names.paused) ?? ''),
    renamed: /^(true|1|yes)$/i.test(setting(attributes, names.renamed) ?? ''),
  };
}

/** Each setting's attribute names under every prefix bound to Tidings' namespace, spelt once per file. */
interface SettingNames {
  interval: string[];
  language: string[];
  paused: string[];
  renamed: string[];
}

function settingNames(prefixes: readonly string[]): SettingNames {
  const under = (name: string): string[] => prefixes.map((prefix) => `${prefix}:${name}`);
  return { interval: under('interval'), language: under('language'), paused: under('paused'), renamed: under('renamed') };
}

function setting(attributes: Map<string, string>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = attributes.get(name);
    if (value !== undefined) return value.trim();
  }
  return undefined;
}
