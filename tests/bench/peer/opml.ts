/** A subscription as an OPML outline names it. */
export interface OpmlFeed {
  title: string;
  url: string;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeAttribute(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

export function writeOpml(title: string, feeds: readonly OpmlFeed[]): string {
  const outlines = feeds.map((feed) => `    <outline type="rss" text="${escapeAttribute(feed.title)}" title="${escapeAttribute(feed.title)}" xmlUrl="${escapeAttribute(feed.url)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head><title>${escapeAttribute(title)}</title></head>\n  <body>\n${outlines.join('\n')}\n  </body>\n</opml>\n`;
}

/** Every outline with an `xmlUrl`, folders flattened, each address once. */
export function readOpml(text: string): OpmlFeed[] {
  const feeds = new Map<string, OpmlFeed>();
  for (const [outline] of text.matchAll(/<outline\b[^>]*>/gi)) {
    const attributes = new Map<string, string>();
    for (const match of outline.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      attributes.set((match[1] ?? '').toLowerCase(), unescapeAttribute(match[3] ?? match[4] ?? ''));
    }
    const url = attributes.get('xmlurl')?.trim();
    if (!url || feeds.has(url)) continue;
    feeds.set(url, { url, title: attributes.get('title') ?? attributes.get('text') ?? url });
  }
  return [...feeds.values()];
}
