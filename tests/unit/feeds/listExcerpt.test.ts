import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';

const rss = (description: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin</title><link>https://tin.example/</link><language>vi</language>` +
      `<item><title>Cầu mới thông xe</title><link>https://tin.example/a/1</link><description><![CDATA[${description}]]></description></item></channel></rss>`,
  );

async function excerptOf(description: string): Promise<string> {
  const reading = await readFeedDocument({ body: rss(description), contentType: null, url: 'https://tin.example/rss', fetchedAt: Date.now(), sanitise: false });
  if (reading.kind !== 'feed') throw new Error(JSON.stringify(reading));
  return reading.feed.articles[0]?.excerpt ?? '';
}

describe('the excerpt shown in the article list', () => {
  it('leaves out the source line an article opens with and the page junk it ends with', async () => {
    const excerpt = await excerptOf(
      '<p>Nguồn: VnExpress</p><p>Cây cầu mới bắc qua sông Hồng đã chính thức thông xe sáng nay sau mười năm xây dựng.</p><p>Comment (0)</p>',
    );
    expect(excerpt).toBe('Cây cầu mới bắc qua sông Hồng đã chính thức thông xe sáng nay sau mười năm xây dựng.');
  });
});
