// Namespace prefixes, read away. The XML reader under rss-parser does not resolve namespaces: it knows elements by
// the names written (`channel`, `rdf:RDF`, `media:content`), so a feed whose own elements carry a prefix
// (`<rss:channel>`, `<atom:feed>`) is not recognised at all, and XHTML written with prefixes (`<svg:svg>`,
// `<xh:p>`) means nothing to the HTML it becomes.

const atomNamespaces = new Set(['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#']);
const rdfNamespace = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** How far into a document its root and channel are looked for: past an XML declaration, a DOCTYPE and comments. */
const headLength = 8192;

/**
 * A feed element written with a prefix: `<rss:channel>`, `<x:rss>`, `<atom:feed>`, or an RDF root with a prefix
 * other than `rdf`. Ordinary feeds (`<rss>`, `<feed>`, `<rdf:RDF>` with an unprefixed `<channel>`) never match, and
 * pay this one test of their head.
 */
const prefixedFeedElement = /<(?!rdf:RDF[\s>])[A-Za-z_][\w.-]*:(?:rss|channel|feed|RDF)[\s>]/;
const prefixedFeedElements = /<([A-Za-z_][\w.-]*):(rss|channel|feed|RDF)[\s>]/g;
const namespaceDeclarations = /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']/g;

/** CDATA sections and comments are text: the markup quoted in them is left as written. */
const textSections = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function outsideTextSections(text: string, change: (part: string) => string): string {
  return text
    .split(textSections)
    .map((part, index) => (index % 2 === 1 ? part : change(part)))
    .join('');
}

/** The `xmlns:prefix="…"` declarations in a piece of XML, by prefix. */
export function declaredNamespaces(head: string): Map<string, string> {
  const namespaces = new Map<string, string>();
  for (const [, prefix, namespace] of head.matchAll(namespaceDeclarations)) if (prefix && namespace !== undefined) namespaces.set(prefix, namespace.trim());
  return namespaces;
}

/**
 * A feed whose RSS or Atom elements carry a prefix, rewritten with them unprefixed: RSS 1.0 as `<rss:channel>` and
 * `<rss:item>` under `<rdf:RDF>`, RSS 2.0 as `<x:rss><x:channel>`, Atom as `<atom:feed><atom:entry>`. The prefix is
 * the one the document's root or channel is written with; an RDF root under another prefix (`<RDF:RDF>`) is renamed
 * `rdf:RDF`, as the reader expects. Other prefixes (`dc:`, `media:`, an RSS feed's `atom:link`) stay as they are.
 */
export function unprefixRss(text: string): string {
  const head = text.slice(0, headLength);
  if (!prefixedFeedElement.test(head)) return text;
  const namespaces = declaredNamespaces(head);
  const feedPrefixes = new Set<string>();
  const rdfPrefixes = new Set<string>();
  for (const [, prefix = '', name] of head.matchAll(prefixedFeedElements)) {
    const namespace = namespaces.get(prefix);
    if (name === 'RDF') {
      if (prefix !== 'rdf' && (namespace === undefined || namespace === rdfNamespace)) rdfPrefixes.add(prefix);
    } else if (name === 'feed') {
      // `feed` is a common word: only Atom's own counts.
      if (namespace !== undefined && atomNamespaces.has(namespace)) feedPrefixes.add(prefix);
    } else if (prefix !== 'rdf') {
      // RSS 2.0 has no namespace of its own, and several unofficial ones are in use: `rss` or `channel` is enough.
      feedPrefixes.add(prefix);
    }
  }
  if (feedPrefixes.size === 0 && rdfPrefixes.size === 0) return text;
  const alternatives = (prefixes: Set<string>): string => [...prefixes].map(escapeRegExp).join('|');
  const feedTags = feedPrefixes.size > 0 ? new RegExp(`<(/?)(?:${alternatives(feedPrefixes)}):(?=[A-Za-z_])`, 'g') : null;
  const rdfNames = rdfPrefixes.size > 0 ? new RegExp(`(</?|\\s)(?:${alternatives(rdfPrefixes)}):(?=[A-Za-z_])`, 'g') : null;
  return outsideTextSections(text, (part) => {
    let result = feedTags ? part.replace(feedTags, '<$1') : part;
    if (rdfNames) result = result.replace(rdfNames, '$1rdf:');
    return result;
  });
}

const markupNamespaces = new Set(['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML']);

/** Prefixes these languages are written with by convention, for markup whose declaration sits outside it (on <feed>). */
const conventionalPrefixes = new Set(['xhtml', 'html', 'svg', 'math', 'mml', 'm']);

const prefixedTag = /<\/?([A-Za-z_][\w.-]*):[A-Za-z_]/g;

/**
 * XHTML, SVG and MathML written with prefixes (`<xh:p>`, `<svg:svg>`, `<m:math>`), unprefixed: HTML knows these
 * elements by their plain names only, and reads `<svg>` and `<math>` as SVG and MathML by themselves. Prefixes bound
 * to other namespaces stay. `outer` holds the declarations made around the markup (on the feed's root).
 */
export function unprefixMarkup(markup: string, outer: ReadonlyMap<string, string> = new Map()): string {
  if (!markup.includes(':')) return markup;
  const used = new Set<string>();
  for (const [, prefix] of markup.matchAll(prefixedTag)) if (prefix) used.add(prefix);
  if (used.size === 0) return markup;
  const namespaces = declaredNamespaces(markup);
  const prefixes = [...used].filter((prefix) => {
    const namespace = namespaces.get(prefix) ?? outer.get(prefix);
    return namespace === undefined ? conventionalPrefixes.has(prefix) : markupNamespaces.has(namespace);
  });
  if (prefixes.length === 0) return markup;
  const tags = new RegExp(`<(/?)(?:${prefixes.map(escapeRegExp).join('|')}):(?=[A-Za-z_])`, 'g');
  return outsideTextSections(markup, (part) => part.replace(tags, '<$1'));
}
