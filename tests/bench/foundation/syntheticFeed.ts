/** An RSS 2.0 document of `count` items with bodies of about `bodyBytes`, the shape of a busy news feed. */
export function syntheticRss(count: number, bodyBytes = 1500, seed = 'feed'): string {
  const paragraph =
    'Le secrétaire américain à la Défense et son homologue russe se sont entretenus par téléphone, a rapporté Reuters. ';
  const body = `<p>${paragraph.repeat(Math.max(1, Math.round(bodyBytes / paragraph.length)))}</p>`;
  const start = Date.UTC(2024, 5, 1);
  const items: string[] = [];
  for (let index = 0; index < count; index += 1) {
    items.push(`<item>
  <title>Article ${index} of ${seed}</title>
  <link>https://news.example/${seed}/${index}</link>
  <guid>https://news.example/${seed}/${index}</guid>
  <pubDate>${new Date(start + index * 60_000).toUTCString()}</pubDate>
  <description><![CDATA[${body}]]></description>
</item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${seed}</title><link>https://news.example/${seed}/</link><language>fr</language>
<description>Synthetic</description>
${items.join('\n')}
</channel></rss>`;
}
