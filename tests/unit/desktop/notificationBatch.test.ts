import { describe, expect, it } from 'vitest';
import { countPhrase, englishDesktopWords } from '../../../electron/desktop/desktopWords';
import { NotificationBatch, composeNotice, type Notice } from '../../../electron/desktop/notificationBatch';
import { isQuietTime } from '../../../electron/desktop/quietHours';
import { defaultNotificationSettings, type NewArticles, type NotificationSettings } from '../../../shared/model/desktop';
import { desktopWordsIn } from '../../../renderer/i18n/desktopWords';

function report(feedId: string, count: number, overrides: Partial<NewArticles> = {}): NewArticles {
  return { feedId, feedTitle: `Feed ${feedId}`, count, newestKey: `${feedId} a${count}`, newestTitle: `Article ${count}`, firstFetch: false, notify: true, ...overrides };
}

/** A batch whose timer and clock the test holds, recording every notification it shows. */
function batchWith(settings: NotificationSettings = defaultNotificationSettings, now = new Date(2026, 0, 5, 12, 0)) {
  const shown: Notice[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let current = settings;
  const batch = new NotificationBatch({
    show: (notice) => shown.push(notice),
    settings: () => current,
    words: () => englishDesktopWords,
    now: () => now,
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => undefined,
  });
  const elapse = () => timers.splice(0).forEach((timer) => timer.run());
  return { batch, shown, timers, elapse, change: (next: NotificationSettings) => (current = next) };
}

describe('notifications of new articles', () => {
  it('gathers the reports of a few seconds into one notification, never one per article', () => {
    const { batch, shown, timers, elapse } = batchWith();
    expect(batch.add([report('a', 5)])).toBe(true);
    batch.add([report('b', 4), report('c', 3)]);
    expect(shown).toEqual([]);
    expect(timers).toHaveLength(1);
    elapse();
    expect(shown).toEqual([{ title: 'Tidings', body: '12 new articles in 3 feeds', target: { kind: 'unread' } }]);
  });

  it('adds up what one feed brought over several deliveries, and leads to that feed', () => {
    const { batch, shown, elapse } = batchWith();
    batch.add([report('a', 2)]);
    batch.add([report('a', 1)]);
    elapse();
    expect(shown).toEqual([{ title: 'Feed a', body: '3 new articles', target: { kind: 'feed', feedId: 'a' } }]);
  });

  it('names the one new article and leads to it', () => {
    const { batch, shown, elapse } = batchWith();
    batch.add([report('a', 1, { newestTitle: 'Rain tomorrow', newestKey: 'a k1' })]);
    elapse();
    expect(shown).toEqual([{ title: 'Feed a', body: 'Rain tomorrow', target: { kind: 'article', feedId: 'a', articleKey: 'a k1' } }]);
  });

  it('says nothing of a feed’s first fetch, of a feed whose notifications are off, or when they are all off', () => {
    const { batch, shown, timers, elapse, change } = batchWith();
    expect(batch.add([report('new', 40, { firstFetch: true }), report('muted', 3, { notify: false })])).toBe(false);
    expect(timers).toEqual([]);
    batch.add([report('a', 2)]);
    change({ ...defaultNotificationSettings, enabled: false });
    elapse();
    expect(batch.add([report('a', 2)])).toBe(false);
    expect(shown).toEqual([]);
  });

  it('says nothing during the do-not-disturb hours', () => {
    const quiet = { ...defaultNotificationSettings, quietHours: { enabled: true, start: 22 * 60, end: 7 * 60 } };
    const night = batchWith(quiet, new Date(2026, 0, 5, 23, 30));
    night.batch.add([report('a', 2)]);
    night.elapse();
    expect(night.shown).toEqual([]);
    const day = batchWith(quiet, new Date(2026, 0, 5, 9, 0));
    day.batch.add([report('a', 2)]);
    day.elapse();
    expect(day.shown).toHaveLength(1);
  });

  it('shows hostile titles as text: markup as its characters, no control or direction characters, cut short', () => {
    const notice = composeNotice(
      [report('a', 1, { feedTitle: '<img src=x onerror=alert(1)>\u202eNews', newestTitle: `<b>Bold</b>\u0007\n\n${'x'.repeat(300)}` })],
      englishDesktopWords,
    );
    expect(notice.title).toBe('<img src=x onerror=alert(1)> News');
    expect(notice.body.startsWith('<b>Bold</b> xxx')).toBe(true);
    expect([...notice.body]).toHaveLength(120);
    expect(notice.body.endsWith('…')).toBe(true);
    expect(composeNotice([report('a', 1, { feedTitle: ' \u0000 ' })], englishDesktopWords).title).toBe('Tidings');
  });

  it('speaks the interface language, in the right plural form', () => {
    const fr = desktopWordsIn('fr');
    const vi = desktopWordsIn('vi');
    expect(composeNotice([report('a', 1), report('b', 1)], fr).body).toBe('2 nouveaux articles dans 2 flux');
    expect(countPhrase(fr.newArticles, 1, fr.language)).toBe('1 nouvel article');
    expect(countPhrase(fr.newArticles, 1_000_000, fr.language)).toBe('1\u202f000\u202f000 nouveaux articles');
    expect(countPhrase(englishDesktopWords.inFeeds, 1, 'en', { articles: '2 new articles' })).toBe('2 new articles in 1 feed');
    expect(composeNotice([report('a', 3), report('b', 9)], vi).body).toBe('12 bài viết mới trong 2 nguồn');
  });
});

describe('do-not-disturb hours', () => {
  const at = (hours: number, minutes = 0) => new Date(2026, 0, 5, hours, minutes);
  it('run past midnight when they end before they start', () => {
    const hours = { enabled: true, start: 22 * 60, end: 7 * 60 };
    expect([at(21, 59), at(22), at(3), at(6, 59), at(7)].map((time) => isQuietTime(hours, time))).toEqual([false, true, true, true, false]);
  });
  it('hold within a day, and never when off', () => {
    const hours = { enabled: true, start: 13 * 60, end: 14 * 60 };
    expect([at(12, 59), at(13, 30), at(14)].map((time) => isQuietTime(hours, time))).toEqual([false, true, false]);
    expect(isQuietTime({ ...hours, enabled: false }, at(13, 30))).toBe(false);
  });
});
