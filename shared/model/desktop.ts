/**
 * What the desktop shell's background life shares with the window: notification settings and reports, the words the
 * main process shows (notifications, the tray's tooltip, the question asked at the first close), and where a click on
 * a notification leads. Plain data: it crosses the IPC contract.
 */

/** Hours without notifications, as minutes after local midnight; `end` before `start` runs past midnight. */
export interface QuietHours {
  enabled: boolean;
  start: number;
  end: number;
}

export interface NotificationSettings {
  /** The global switch; each feed has its own beside it (FeedRecord.notify). */
  enabled: boolean;
  quietHours: QuietHours;
}

export const defaultNotificationSettings: NotificationSettings = {
  enabled: true,
  quietHours: { enabled: false, start: 22 * 60, end: 7 * 60 },
};

const minutesInDay = 24 * 60;

/** The settings as sent or stored, every field checked: a missing or malformed one takes its default. */
export function boundedNotificationSettings(value: unknown): NotificationSettings {
  const given = isRecord(value) ? value : {};
  const hours = isRecord(given.quietHours) ? given.quietHours : {};
  const defaults = defaultNotificationSettings;
  return {
    enabled: typeof given.enabled === 'boolean' ? given.enabled : defaults.enabled,
    quietHours: {
      enabled: typeof hours.enabled === 'boolean' ? hours.enabled : defaults.quietHours.enabled,
      start: minuteOfDay(hours.start, defaults.quietHours.start),
      end: minuteOfDay(hours.end, defaults.quietHours.end),
    },
  };
}

function minuteOfDay(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < minutesInDay ? value : fallback;
}

/** What one delivery of a feed brought that was not stored before, told by the window once it is stored. */
export interface NewArticles {
  feedId: string;
  /** The reader's name for the feed, else the feed's own. */
  feedTitle: string;
  count: number;
  /** The newest new article's key (ArticleRecord.key) and title. */
  newestKey: string;
  newestTitle: string;
  /** The feed had never been read before: everything it lists is new, and none of it is news. */
  firstFetch: boolean;
  /** The feed's own notification switch. */
  notify: boolean;
}

/** Where a notification's click leads the window. */
export type OpenTarget = { kind: 'article'; feedId: string; articleKey: string } | { kind: 'feed'; feedId: string } | { kind: 'unread' };

/**
 * A phrase with a number, one form per plural category of the language (`Intl.PluralRules`); `other` is always there.
 * `{count}` stands for the number.
 */
export type PluralWords = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The main process's own words in the interface language, which its notifications and tray cannot read themselves. */
export interface DesktopWords {
  /** The interface language, for choosing plural forms and writing numbers. */
  language: string;
  /** "{count} new articles" */
  newArticles: PluralWords;
  /** "{articles} in {count} feeds": the phrase above, and how many feeds brought them. */
  inFeeds: PluralWords;
  /** "{count} unread", for the tray's tooltip. */
  unread: PluralWords;
  /** Said in the tooltip while checking is paused from the tray. */
  checkingPaused: string;
  /** The tray menu's item, in each state. */
  pauseChecking: string;
  resumeChecking: string;
  /** The question asked at the first close where Tidings cannot tell whether its tray icon is shown (Linux). */
  closeQuestion: string;
  closeDetail: string;
  keepRunning: string;
  quit: string;
  /** The updater's prompts and answers; `{version}` is filled in by main. */
  updates: Record<UpdateWord, string>;
}

/** The updater's words in English, in the interface's placeholders (`{{version}}`); main's are `mainPlaceholders` of them. */
export const updateWordsInEnglish = {
  ready: 'Tidings {{version}} is ready',
  readyDetail: 'Restart Tidings to start using it, or it will be installed the next time Tidings quits.',
  restartNow: 'Restart now',
  later: 'Later',
  ok: 'OK',
  off: 'Updates are not checked here',
  offDevelopment: 'Tidings updates itself only when it is installed from a release.',
  offSystemPackage: 'This copy of Tidings was installed as a system package: your system’s software updates keep it up to date.',
  offUnmanaged: 'This copy of Tidings is not an installer or an AppImage, so it cannot replace itself: download the new version to update.',
  upToDate: 'Tidings {{version}} is the latest version',
  available: 'Tidings {{version}} is available',
  downloading: 'It is being downloaded; Tidings will ask to restart when it is ready.',
  failed: 'Could not check for updates',
} as const;

export type UpdateWord = keyof typeof updateWordsInEnglish;

/** `{{count, number}}` → `{count}`: main fills placeholders itself, numbers formatted in the words' language. */
export function mainPlaceholders(form: string): string {
  return form.replace(/\{\{\s*(\w+)(?:\s*,\s*number)?\s*\}\}/g, '{$1}');
}

/**
 * The shell's own words in English: what main says until the window sends its words, and the English interface's
 * (renderer/i18n/locales/en.ts), written once.
 */
export const shellWordsInEnglish = {
  checkingPaused: 'Checking paused',
  pauseChecking: 'Pause checking',
  resumeChecking: 'Resume checking',
  closeQuestion: 'Keep Tidings running when its window is closed?',
  closeDetail: 'It keeps checking your feeds and tells you of new articles; open it again from its icon. You can change this in Preferences.',
  keepRunning: 'Keep running',
  quit: 'Quit',
} as const satisfies Partial<DesktopWords>;

/** Whether closing the window keeps Tidings running, and whether it starts at login: the shell's own settings. */
export interface BackgroundSettings {
  /** null until the reader has been asked, where they are asked (Linux). */
  keepRunning: boolean | null;
  startAtLogin: boolean;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
