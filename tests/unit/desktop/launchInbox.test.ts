import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LaunchInbox, launchRequestFor } from '../../../electron/desktop/launchInbox';
import type { LaunchRequest } from '../../../shared/model/launch';
import { largestOpmlBytes } from '../../../shared/opml/opmlFileLimit';

const folder = mkdtempSync(join(tmpdir(), 'tidings-launch-'));

describe('what a launch asks to open', () => {
  it('keeps requests until the window asks, then sends later ones at once, in order', async () => {
    const sent: LaunchRequest[] = [];
    const inbox = new LaunchInbox((request) => sent.push(request));
    await inbox.receive([{ kind: 'feed', address: 'https://a.example/rss' }]);
    await inbox.receive([{ kind: 'feed', address: 'https://b.example/rss' }]);
    expect(sent).toEqual([]);
    expect(inbox.take()).toEqual([
      { kind: 'add-feed', address: 'https://a.example/rss' },
      { kind: 'add-feed', address: 'https://b.example/rss' },
    ]);
    expect(inbox.take()).toEqual([]);
    await inbox.receive([{ kind: 'feed', address: 'https://c.example/rss' }]);
    expect(sent).toEqual([{ kind: 'add-feed', address: 'https://c.example/rss' }]);
  });

  it('keeps them again while the window loads anew', async () => {
    const sent: LaunchRequest[] = [];
    const inbox = new LaunchInbox((request) => sent.push(request));
    inbox.take();
    inbox.stopListening();
    await inbox.receive([{ kind: 'feed', address: 'https://a.example/rss' }]);
    expect(sent).toEqual([]);
    expect(inbox.take()).toHaveLength(1);
  });

  it("keeps a clicked notification's target like a launch's, after the files read before it", async () => {
    const sent: LaunchRequest[] = [];
    const inbox = new LaunchInbox((request) => sent.push(request));
    const path = join(folder, 'first.opml');
    writeFileSync(path, '<opml><body/></opml>');
    void inbox.receive([{ kind: 'opml', path }]);
    inbox.post({ kind: 'open', target: { kind: 'unread' } });
    await inbox.receive([]);
    expect(inbox.take().map((request) => request.kind)).toEqual(['import-opml', 'open']);
    inbox.post({ kind: 'open', target: { kind: 'feed', feedId: 'news' } });
    await inbox.receive([]);
    expect(sent).toEqual([{ kind: 'open', target: { kind: 'feed', feedId: 'news' } }]);
  });

  it('reads an OPML file by the encoding it declares', async () => {
    const path = join(folder, 'latin.opml');
    const text = '<?xml version="1.0" encoding="ISO-8859-1"?><opml><body><outline text="Café" xmlUrl="https://c.example/rss"/></body></opml>';
    writeFileSync(path, Buffer.from(text, 'latin1'));
    expect(await launchRequestFor({ kind: 'opml', path })).toEqual({ kind: 'import-opml', fileName: 'latin.opml', text });
  });

  it('refuses a file too large to be a list of feeds without reading it, and says when one cannot be read', async () => {
    const path = join(folder, 'huge.opml');
    writeFileSync(path, Buffer.alloc(largestOpmlBytes + 1));
    expect(await launchRequestFor({ kind: 'opml', path })).toEqual({
      kind: 'import-opml-failed',
      fileName: 'huge.opml',
      failure: { reason: 'too-large', bytes: largestOpmlBytes + 1 },
    });
    const gone = await launchRequestFor({ kind: 'opml', path: join(folder, 'gone.opml') });
    expect(gone).toMatchObject({ kind: 'import-opml-failed', fileName: 'gone.opml', failure: { reason: 'not-imported' } });
  });
});
