import { boundedNotificationSettings, type NotificationSettings } from '../../shared/model/desktop';
import { boundedPollSettings, type PollSettings } from '../../shared/model/pollSettings';
import type { TidingsDb } from './database';
import type { ReaderPreferences } from './records';

/** Until the reader chooses, the languages the system says they read, most wanted first. */
export function systemLanguages(): string[] {
  const declared = typeof navigator === 'undefined' ? [] : navigator.languages;
  return unique(declared.map((tag) => tag.split('-')[0]?.toLowerCase() ?? '').filter(Boolean));
}

/** The stored preferences, with defaults for what was never set. Read inside a live query, it follows every change. */
export async function readPreferences(db: TidingsDb): Promise<ReaderPreferences> {
  const [preferred, hidden, poll] = await Promise.all([
    db.settings.get('preferredLanguages'),
    db.settings.get('hiddenLanguages'),
    db.settings.get('pollSettings'),
  ]);
  return {
    preferredLanguages: preferred?.key === 'preferredLanguages' ? preferred.value : systemLanguages(),
    hiddenLanguages: hidden?.key === 'hiddenLanguages' ? hidden.value : [],
    pollSettings: boundedPollSettings(poll?.key === 'pollSettings' ? poll.value : {}),
  };
}

/** Changes some of the checking settings, keeping the rest. */
export async function setPollSettings(db: TidingsDb, change: Partial<PollSettings>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const { pollSettings } = await readPreferences(db);
    await db.settings.put({ key: 'pollSettings', value: boundedPollSettings({ ...pollSettings, ...change }) });
  });
}

/** Whether new articles are told in notifications, and the hours they are not; read inside a live query, it follows changes. */
export async function readNotificationSettings(db: TidingsDb): Promise<NotificationSettings> {
  const stored = await db.settings.get('notifications');
  return boundedNotificationSettings(stored?.key === 'notifications' ? stored.value : {});
}

/** Changes some of the notification settings, keeping the rest. */
export async function setNotificationSettings(db: TidingsDb, change: Partial<NotificationSettings>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await readNotificationSettings(db);
    await db.settings.put({ key: 'notifications', value: boundedNotificationSettings({ ...current, ...change }) });
  });
}

export async function setPreferredLanguages(db: TidingsDb, languages: readonly string[]): Promise<void> {
  await db.settings.put({ key: 'preferredLanguages', value: unique(languages) });
}

export async function setLanguageHidden(db: TidingsDb, language: string, hidden: boolean): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const { hiddenLanguages } = await readPreferences(db);
    const rest = hiddenLanguages.filter((code) => code !== language);
    await db.settings.put({ key: 'hiddenLanguages', value: hidden ? [...rest, language] : rest });
  });
}

/** Whether a row is left out of lists and counts; articles of unknown language never are. */
export function isHiddenLanguage(language: string | null, hidden: ReadonlySet<string>): boolean {
  return language !== null && hidden.has(language);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
