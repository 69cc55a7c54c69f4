import {
  defaultNotificationSettings,
  type BackgroundSettings,
  type DesktopWords,
  type NewArticles,
  type NotificationSettings,
} from '../../shared/model/desktop';
import { keepsRunningByDefault } from './closeToTray';
import { englishDesktopWords } from './desktopWords';
import type { LoginItem } from './loginItem';
import { NotificationBatch, type Notice } from './notificationBatch';
import type { ShellSettingsFile } from './shellSettingsFile';
import { TrayStatus, type StatusSurfaces } from './trayStatus';

export interface DesktopStateOptions {
  platform: NodeJS.Platform;
  surfaces: StatusSurfaces;
  showNotice: (notice: Notice) => void;
  settingsFile: ShellSettingsFile;
  loginItem: LoginItem;
  /** Timings and clock of the notification batch, for tests. */
  batch?: Pick<ConstructorParameters<typeof NotificationBatch>[0], 'windowMs' | 'now' | 'setTimer' | 'clearTimer'>;
}

/**
 * What main keeps of Tidings' life in the background: the words and notification settings the window sends, the
 * unread count shown by the tray, the notifications gathered, and the shell's own settings (keep running, start at
 * login). Free of Electron: the shell passes in what shows and what is stored.
 */
export class DesktopState {
  readonly status: TrayStatus;
  readonly notifications: NotificationBatch;
  private words: DesktopWords = englishDesktopWords;
  private settings: NotificationSettings = defaultNotificationSettings;
  private keepRunning: boolean | null;
  private readonly loaded: Promise<void>;

  constructor(private readonly options: DesktopStateOptions) {
    this.status = new TrayStatus(options.surfaces);
    this.notifications = new NotificationBatch({
      ...options.batch,
      show: options.showNotice,
      settings: () => this.settings,
      words: () => this.words,
    });
    this.keepRunning = keepsRunningByDefault(options.platform);
    this.loaded = options.settingsFile.read().then(({ keepRunning }) => {
      if (keepRunning !== null) this.keepRunning = keepRunning;
    });
  }

  /** Settles once the stored choices are read; until then the platform's defaults hold. */
  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  get currentWords(): DesktopWords {
    return this.words;
  }

  setUnreadCount(count: number): void {
    this.status.setUnread(count);
  }

  reword(words: DesktopWords): void {
    this.words = words;
    this.status.reword(words);
  }

  configureNotifications(settings: NotificationSettings): void {
    this.settings = settings;
    if (!settings.enabled) this.notifications.clear();
  }

  /** Whether closing the window keeps Tidings running; null while the reader is still to be asked. */
  keepsRunning(): boolean | null {
    return this.keepRunning;
  }

  /** The reader answered the first close's question, or changed the setting. */
  async rememberKeepRunning(keepRunning: boolean): Promise<void> {
    this.keepRunning = keepRunning;
    await this.options.settingsFile.write({ keepRunning });
  }

  /** The settings now, after applying `change`; starting at login is asked of the system each time. */
  async background(change: Partial<BackgroundSettings> = {}): Promise<BackgroundSettings> {
    await this.loaded;
    if (typeof change.keepRunning === 'boolean') await this.rememberKeepRunning(change.keepRunning);
    if (typeof change.startAtLogin === 'boolean') await this.options.loginItem.setEnabled(change.startAtLogin);
    return { keepRunning: this.keepRunning, startAtLogin: await this.options.loginItem.isEnabled() };
  }

  notifyNewArticles(feeds: readonly NewArticles[]): boolean {
    return this.notifications.add(feeds);
  }
}
