import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/instance';
import { importOpmlFile, largestOpmlBytes, startOpmlImport } from '../../../renderer/features/opml/importSubscriptions';
import { useOpmlDialog } from '../../../renderer/features/opml/opmlDialogState';
import { opmlFileAmong } from '../../../renderer/features/opml/useOpmlDrop';

const opml = (outlines: string) => `<?xml version="1.0"?>\n<opml version="2.0"><body>\n${outlines}\n</body></opml>`;
const file = (text: string, name = 'feeds.opml') => new File([text], name, { type: 'text/x-opml' });

afterEach(async () => {
  useOpmlDialog.setState({ current: { step: 'closed' } });
  await Promise.all([db.feeds.clear(), db.folders.clear()]);
});

describe('the import flow behind the dialog', () => {
  it('reads the chosen file, stores its feeds and shows the summary', async () => {
    const steps: string[] = [];
    const stop = useOpmlDialog.subscribe(({ current }) => steps.push(current.step === 'importing' ? `importing ${current.done}/${current.total}` : current.step));
    await importOpmlFile(file(opml('<outline text="A" xmlUrl="https://a.example/feed"/>\n<outline text="No address"/>\n<outline type="rss" text="Broken"/>')));
    stop();
    expect(steps).toEqual(['importing 0/0', 'importing 0/1', 'importing 1/1', 'finished']);
    expect(useOpmlDialog.getState().current).toMatchObject({
      step: 'finished',
      fileName: 'feeds.opml',
      summary: { imported: 1, alreadyFollowed: 0, skipped: [{ line: 5, reason: 'no feed address', title: 'Broken' }] },
    });
    expect(await db.feeds.count()).toBe(1);
  });

  it('says why a file that is not OPML imported nothing', async () => {
    await importOpmlFile(file('{"feeds": []}', 'feeds.json'));
    expect(useOpmlDialog.getState().current).toEqual({
      step: 'failed',
      fileName: 'feeds.json',
      failure: { reason: 'not-imported', detail: 'Not an OPML file: the file holds JSON' },
    });
    expect(await db.feeds.count()).toBe(0);
  });

  it('refuses a file far larger than any list of feeds without reading it', async () => {
    const huge = file('x');
    Object.defineProperty(huge, 'size', { value: largestOpmlBytes + 1 });
    await importOpmlFile(huge);
    expect(useOpmlDialog.getState().current).toMatchObject({ step: 'failed', failure: { reason: 'too-large', bytes: largestOpmlBytes + 1 } });
  });

  it('runs one import at a time, and keeps its dialog open until it is done', async () => {
    const first = importOpmlFile(file(opml('<outline text="A" xmlUrl="https://a.example/feed"/>')));
    await importOpmlFile(file(opml('<outline text="B" xmlUrl="https://b.example/feed"/>')));
    startOpmlImport();
    useOpmlDialog.getState().close();
    expect(useOpmlDialog.getState().current.step).toBe('importing');
    await first;
    expect((await db.feeds.toArray()).map((feed) => feed.url)).toEqual(['https://a.example/feed']);
    useOpmlDialog.getState().close();
    expect(useOpmlDialog.getState().current.step).toBe('closed');
  });

  it('opens the dialog at its file button for the menu command, which cannot open a chooser itself', () => {
    startOpmlImport();
    expect(useOpmlDialog.getState().current).toEqual({ step: 'choosing' });
  });

  it('takes the OPML file among several dropped, else the first, to say what is wrong with it', () => {
    const picture = new File(['x'], 'cat.png');
    const list = new File(['x'], 'Subscriptions.OPML');
    expect(opmlFileAmong([picture, list])).toBe(list);
    expect(opmlFileAmong([picture])).toBe(picture);
    expect(opmlFileAmong([])).toBeUndefined();
  });
});
