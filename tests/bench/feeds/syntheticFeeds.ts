/** Feeds made up for benchmarks: realistic shapes (HTML descriptions, links, images), reproducible content. */

const words = 'la fête de musique revient ce week-end dans toute la ville avec des concerts gratuits et des scènes ouvertes'.split(' ');

function sentence(seed: number, length: number): string {
  return Array.from({ length }, (_, index) => words[(seed * 7 + index * 13) % words.length]).join(' ');
}

export function articleHtml(seed: number): string {
  return (
    `<p>${sentence(seed, 30)} <a href="/story/${seed}/more" onclick="track()">lire</a>.</p>` +
    `<figure><img src="/img/${seed}.jpg" alt="photo ${seed}"><figcaption>${sentence(seed + 1, 8)}</figcaption></figure>` +
    `<p>${sentence(seed + 2, 40)} <em>${sentence(seed + 3, 4)}</em> &amp; ${sentence(seed + 4, 12)}.</p>` +
    `<script>trackView(${seed})</script><blockquote><p>${sentence(seed + 5, 16)}</p></blockquote>`
  );
}

const escape = (html: string): string => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssFeed(items: number, seed = 0): string {
  const entries = Array.from({ length: items }, (_, index) => {
    const id = seed * 100_000 + index;
    const date = new Date(Date.UTC(2024, 0, 1) + id * 60_000).toUTCString();
    return `<item><title>${escape(sentence(id, 8))}</title><link>https://bench.example/story/${id}</link><guid>https://bench.example/story/${id}</guid><pubDate>${date}</pubDate><dc:creator>Auteur ${id % 17}</dc:creator><category>cat${id % 5}</category><description>${escape(articleHtml(id))}</description></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench ${seed}</title><link>https://bench.example/</link><language>fr</language>\n${entries}\n</channel></rss>\n`;
}

export function atomFeed(items: number, seed = 0): string {
  const entries = Array.from({ length: items }, (_, index) => {
    const id = seed * 100_000 + index;
    const date = new Date(Date.UTC(2024, 0, 1) + id * 60_000).toISOString();
    return `<entry><id>tag:bench.example,2024:${id}</id><title>${escape(sentence(id, 8))}</title><link href="/story/${id}"/><published>${date}</published><updated>${date}</updated><author><name>Auteur ${id % 17}</name></author><category term="cat${id % 5}"/><content type="html">${escape(articleHtml(id))}</content></entry>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="https://bench.example/"><title>Bench ${seed}</title><id>tag:bench.example,2024:feed</id><updated>2024-01-01T00:00:00Z</updated><link href="https://bench.example/"/>\n${entries}\n</feed>\n`;
}
