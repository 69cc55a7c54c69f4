import type { Handlers } from '../../shared/ipc/contract';
import {
  boundedNotificationSettings,
  isRecord,
  type BackgroundSettings,
  type DesktopWords,
  type NewArticles,
  type NotificationSettings,
} from '../../shared/model/desktop';
import { readDesktopWords } from '../desktop/desktopWords';

/** The desktop shell's life in the background, as the handlers reach it; absent under `npm run web`. */
export interface DesktopHooks {
  setUnreadCount(count: number): void;
  reword(words: DesktopWords): void;
  configureNotifications(settings: NotificationSettings): void;
  notifyNewArticles(feeds: readonly NewArticles[]): boolean;
  background(change?: Partial<BackgroundSettings>): Promise<BackgroundSettings>;
}

type DesktopChannel = 'app:desktopWords' | 'app:unreadCount' | 'app:notificationSettings' | 'app:newArticles' | 'app:background';

/** The handlers of the desktop's background life; where there is none, they answer that nothing was done. */
export function desktopHandlers(hooks: DesktopHooks | undefined): Pick<Handlers, DesktopChannel> {
  return {
    'app:desktopWords': async (request) => {
      const words = readDesktopWords(request);
      if (!words || !hooks) return { applied: false };
      hooks.reword(words);
      return { applied: true };
    },
    'app:unreadCount': async ({ count }) => {
      if (!hooks || typeof count !== 'number') return { shown: false };
      hooks.setUnreadCount(count);
      return { shown: true };
    },
    'app:notificationSettings': async (request) => {
      const settings = boundedNotificationSettings(request);
      hooks?.configureNotifications(settings);
      return settings;
    },
    'app:newArticles': async ({ feeds }) => ({ queued: hooks?.notifyNewArticles(readNewArticles(feeds)) ?? false }),
    'app:background': async ({ change }) => {
      if (!hooks) return { available: false, settings: { keepRunning: false, startAtLogin: false } };
      return { available: true, settings: await hooks.background(readChange(change)) };
    },
  };
}

/** The reports as sent, each field checked: plain data from the window. */
export function readNewArticles(value: unknown): NewArticles[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((report: unknown) => {
    if (!isRecord(report)) return [];
    const { feedId, feedTitle, count, newestKey, newestTitle, firstFetch, notify } = report;
    if (typeof feedId !== 'string' || typeof feedTitle !== 'string' || typeof newestKey !== 'string' || typeof newestTitle !== 'string') return [];
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) return [];
    return [{ feedId, feedTitle, count, newestKey, newestTitle, firstFetch: firstFetch !== false, notify: notify === true }];
  });
}

function readChange(value: unknown): Partial<BackgroundSettings> {
  if (!isRecord(value)) return {};
  return {
    ...(typeof value.keepRunning === 'boolean' ? { keepRunning: value.keepRunning } : {}),
    ...(typeof value.startAtLogin === 'boolean' ? { startAtLogin: value.startAtLogin } : {}),
  };
}
