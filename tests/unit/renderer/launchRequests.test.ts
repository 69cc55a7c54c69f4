import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventContract } from '../../../shared/ipc/contract';
import type { LaunchRequest } from '../../../shared/model/launch';
import { followLaunchRequests, openLaunchRequest } from '../../../renderer/app/launchRequests';
import { db } from '../../../renderer/db/instance';
import { takeAddFeedRequest } from '../../../renderer/features/sources/addFeedRequest';
import { useOpmlDialog } from '../../../renderer/features/opml/opmlDialogState';
import { useUi } from '../../../renderer/state/store';

afterEach(async () => {
  useOpmlDialog.setState({ current: { step: 'closed' } });
  useUi.setState({ addFeedOpen: false });
  await Promise.all([db.feeds.clear(), db.folders.clear()]);
});

describe('what a launch asks the window to open', () => {
  it('opens the add box on a feed address, which it reads once', () => {
    openLaunchRequest({ kind: 'add-feed', address: 'https://example.com/rss' });
    expect(useUi.getState().addFeedOpen).toBe(true);
    expect(takeAddFeedRequest()).toBe('https://example.com/rss');
    expect(takeAddFeedRequest()).toBeNull();
  });

  it('imports an OPML file main decoded, whatever encoding its declaration names', async () => {
    const text = '<?xml version="1.0" encoding="ISO-8859-1"?><opml version="2.0"><body><outline text="Café" xmlUrl="https://cafe.example/rss"/></body></opml>';
    openLaunchRequest({ kind: 'import-opml', fileName: 'cafe.opml', text });
    await expect.poll(() => useOpmlDialog.getState().current.step).toBe('finished');
    expect((await db.feeds.toArray()).map((feed) => feed.title)).toEqual(['Café']);
  });

  it("opens a clicked notification's article in its feed, or Unread, closing Preferences", () => {
    useUi.getState().setSettingsOpen(true);
    openLaunchRequest({ kind: 'open', target: { kind: 'article', feedId: 'news', articleKey: 'news a' } });
    expect(useUi.getState().settingsOpen).toBe(false);
    expect(useUi.getState().source).toEqual({ kind: 'feed', feedId: 'news' });
    expect(useUi.getState().articleKey).toBe('news a');
    openLaunchRequest({ kind: 'open', target: { kind: 'unread' } });
    expect(useUi.getState().source).toEqual({ kind: 'unread' });
  });

  it('says why a file given to a launch was not imported', () => {
    openLaunchRequest({ kind: 'import-opml-failed', fileName: 'huge.opml', failure: { reason: 'too-large', bytes: 30_000_000 } });
    expect(useOpmlDialog.getState().current).toEqual({ step: 'failed', fileName: 'huge.opml', failure: { reason: 'too-large', bytes: 30_000_000 } });
  });

  it('listens before asking for what waited, so that nothing sent in between is lost', async () => {
    const order: string[] = [];
    const opened: LaunchRequest[] = [];
    let listener: ((payload: EventContract['app:launch']) => void) | undefined;
    const source = {
      on: ((event: string, next: (payload: EventContract['app:launch']) => void) => {
        order.push(`on ${event}`);
        listener = next;
        return () => order.push('off');
      }) as never,
      invoke: ((channel: string) => {
        order.push(`invoke ${channel}`);
        return Promise.resolve({ requests: [{ kind: 'add-feed', address: 'https://first.example/' }] });
      }) as never,
    };
    const stop = followLaunchRequests(source, (request) => opened.push(request));
    listener?.({ kind: 'add-feed', address: 'https://second.example/' });
    await Promise.resolve();
    await Promise.resolve();
    stop();
    expect(order).toEqual(['on app:launch', 'invoke app:pendingLaunches', 'off']);
    expect(opened.map((request) => (request.kind === 'add-feed' ? request.address : ''))).toEqual(['https://second.example/', 'https://first.example/']);
  });
});
