import type { DesktopWords } from '../../shared/model/desktop';
import { countPhrase, englishDesktopWords } from './desktopWords';

/** What the shell shows of Tidings' state without its window; each part is absent where the platform has none. */
export interface StatusSurfaces {
  setToolTip: (text: string) => void;
  /** The dock's badge on macOS, the launcher's on Unity (`app.setBadgeCount`); 0 clears it. */
  setBadgeCount?: (count: number) => void;
  /** The taskbar button's overlay on Windows: shown while something is unread, with the tooltip's words. */
  setOverlay?: (unread: boolean, description: string) => void;
}

/** The tray's tooltip, the badge and the overlay, kept in step with the unread count and whether checking is paused. */
export class TrayStatus {
  private unread = 0;
  private paused = false;
  private words: DesktopWords = englishDesktopWords;
  private shown: string | null = null;

  constructor(private readonly surfaces: StatusSurfaces) {}

  setUnread(count: number): void {
    const unread = Number.isSafeInteger(count) && count > 0 ? count : 0;
    if (unread === this.unread && this.shown !== null) return;
    this.unread = unread;
    this.surfaces.setBadgeCount?.(unread);
    this.show();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.show();
  }

  reword(words: DesktopWords): void {
    this.words = words;
    this.show();
  }

  /** "Tidings — 12 unread — Checking paused" */
  tooltip(): string {
    const parts = ['Tidings'];
    if (this.unread > 0) parts.push(countPhrase(this.words.unread, this.unread, this.words.language));
    if (this.paused) parts.push(this.words.checkingPaused);
    return parts.join(' — ');
  }

  private show(): void {
    const text = this.tooltip();
    if (text === this.shown) return;
    this.shown = text;
    this.surfaces.setToolTip(text);
    this.surfaces.setOverlay?.(this.unread > 0, text);
  }
}
