import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readDesktopWords } from '../../../electron/desktop/desktopWords';
import { createBackend } from '../../../electron/handlers/backend';
import type { DesktopHooks } from '../../../electron/handlers/desktopHandlers';
import { addFeed } from '../../../renderer/db/feeds';
import { storePollResult, storePollResults } from '../../../renderer/db/ingest';
import { desktopWordsIn } from '../../../renderer/i18n/desktopWords';
import { interfaceLanguages } from '../../../renderer/i18n/interfaceLanguage';
import { reportNewArticles } from '../../../renderer/sync/desktopSync';
import type { NewArticles } from '../../../shared/model/desktop';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';

const appInfo = { name: 'Tidings', version: '0.0.0', platform: 'linux', shell: 'desktop' as const };
const database = useFreshDatabase();
const t0 = Date.UTC(2026, 0, 5, 9);

function recordingHooks() {
  const calls: unknown[][] = [];
  const hooks: DesktopHooks = {
    setUnreadCount: (count) => calls.push(['unread', count]),
    reword: (words) => calls.push(['reword', words.language]),
    configureNotifications: (settings) => calls.push(['settings', settings]),
    notifyNewArticles: (feeds) => calls.push(['new', feeds]) > 0,
    background: async (change) => {
      calls.push(['background', change]);
      return { keepRunning: true, startAtLogin: false };
    },
  };
  return { calls, hooks };
}

describe('the desktop channels', () => {
  it('reach the shell’s background life, each message checked', async () => {
    const { calls, hooks } = recordingHooks();
    const { handlers, poller } = createBackend({ emit: () => undefined, appInfo, openExternal: async () => true, desktop: hooks });
    try {
      expect(await handlers['app:unreadCount']({ count: 7 })).toEqual({ shown: true });
      expect(await handlers['app:desktopWords'](desktopWordsIn('vi'))).toEqual({ applied: true });
      expect(await handlers['app:desktopWords']({ ...desktopWordsIn('fr'), quit: '' })).toEqual({ applied: false });
      expect(await handlers['app:notificationSettings']({ enabled: false, quietHours: { enabled: true, start: 99_999, end: 60 } })).toEqual({
        enabled: false,
        quietHours: { enabled: true, start: 22 * 60, end: 60 },
      });
      const report: NewArticles = { feedId: 'f', feedTitle: 'F', count: 2, newestKey: 'f a', newestTitle: 'A', firstFetch: false, notify: true };
      expect(await handlers['app:newArticles']({ feeds: [report, { ...report, count: -1 }] })).toEqual({ queued: true });
      expect(await handlers['app:background']({ change: { startAtLogin: true } })).toEqual({ available: true, settings: { keepRunning: true, startAtLogin: false } });
      expect(calls).toEqual([
        ['unread', 7],
        ['reword', 'vi'],
        ['settings', { enabled: false, quietHours: { enabled: true, start: 22 * 60, end: 60 } }],
        ['new', [report]],
        ['background', { startAtLogin: true }],
      ]);
    } finally {
      poller.stop();
    }
  });

  it('answer that nothing was done where there is no shell (`npm run web`)', async () => {
    const { handlers, poller } = createBackend({ emit: () => undefined, appInfo: { ...appInfo, shell: 'web' }, openExternal: async () => true });
    try {
      expect(await handlers['app:unreadCount']({ count: 7 })).toEqual({ shown: false });
      expect(await handlers['app:desktopWords'](desktopWordsIn('en'))).toEqual({ applied: false });
      expect(await handlers['app:newArticles']({ feeds: [] })).toEqual({ queued: false });
      expect(await handlers['app:background']({})).toEqual({ available: false, settings: { keepRunning: false, startAtLogin: false } });
    } finally {
      poller.stop();
    }
  });

  it('keep a full disk’s pause while the reader resumes checking, and the reverse', async () => {
    const { handlers, poller, pauses } = createBackend({ emit: () => undefined, appInfo, openExternal: async () => true });
    try {
      await handlers['poller:pause']({ paused: true, reason: 'storage-full' });
      pauses.set('user', true);
      await handlers['poller:pause']({ paused: false, reason: 'storage-full' });
      expect(poller.isPaused).toBe(true);
      pauses.set('user', false);
      expect(poller.isPaused).toBe(false);
    } finally {
      poller.stop();
    }
  });

  it('carry words main can read in every language of the interface', () => {
    for (const language of interfaceLanguages) expect(readDesktopWords(desktopWordsIn(language))).toEqual(desktopWordsIn(language));
    expect(desktopWordsIn('fr').newArticles).toEqual({ one: '{count} nouvel article', many: '{count} nouveaux articles', other: '{count} nouveaux articles' });
  });
});

describe('what the writer tells of new articles', () => {
  it('counts each feed’s new articles once stored, names the newest, and marks a feed’s first fetch', async () => {
    const db = database();
    const added = await addFeed(db, 'https://news.example/feed', t0);
    const muted = await addFeed(db, 'https://muted.example/feed', t0);
    await db.feeds.update(muted.id, { notify: 0 });
    const articles = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) => parsedArticle(`${prefix}${index}`, { published: new Date(t0 + index * 60_000).toISOString() }));

    const first = await storePollResult(db, pollResult(added.id, added.url, updated(articles('n', 3)), t0 + 1));
    expect(first.fresh).toEqual([expect.objectContaining({ feedId: added.id, count: 3, firstFetch: true, notify: true })]);

    const next = await storePollResults(db, [
      pollResult(added.id, added.url, updated(articles('n', 5)), t0 + 2),
      pollResult(muted.id, muted.url, updated(articles('m', 1)), t0 + 2),
    ]);
    expect(next.fresh).toEqual([
      { feedId: added.id, feedTitle: expect.any(String), count: 2, newestKey: `${added.id} n4`, newestTitle: 'Article n4', firstFetch: false, notify: true },
      expect.objectContaining({ feedId: muted.id, count: 1, firstFetch: true, notify: false }),
    ]);
    const again = await storePollResult(db, pollResult(added.id, added.url, updated(articles('n', 5)), t0 + 3));
    expect(again.fresh).toEqual([]);

    const sent: unknown[] = [];
    const bridge = { invoke: async (channel: string, request: unknown) => sent.push([channel, request]) };
    reportNewArticles(bridge as never, again.fresh);
    reportNewArticles(bridge as never, next.fresh);
    expect(sent).toEqual([['app:newArticles', { feeds: next.fresh }]]);
  });
});
