/** What closing the window does. */
export type CloseAction = 'hide' | 'quit' | 'ask';

/**
 * Closing the window keeps Tidings running where the reader said so. Before they have said, Windows and macOS keep it
 * (their tray and menu bar always show its icon); on Linux, where Electron cannot tell whether a tray is shown, the
 * first close asks.
 */
export function closeAction(keepRunning: boolean | null, platform: NodeJS.Platform): CloseAction {
  if (keepRunning !== null) return keepRunning ? 'hide' : 'quit';
  return platform === 'linux' ? 'ask' : 'hide';
}

/** The reader's answer to "keep running in the background?" by default, before any. */
export function keepsRunningByDefault(platform: NodeJS.Platform): boolean | null {
  return platform === 'linux' ? null : true;
}

export interface CloseToTrayOptions {
  platform: NodeJS.Platform;
  /** The reader's choice, null before one where they are asked. */
  keepRunning: () => boolean | null;
  /** Remembers the answer to the question. */
  remember: (keepRunning: boolean) => void;
  /** Asks whether to keep running; true to keep running. */
  ask: () => Promise<boolean>;
  hide: () => void;
  quit: () => void;
}

/**
 * The window's close, turned into hiding it unless Tidings is quitting (the tray's Quit, the app menu's, the system
 * logging out) or the reader chose that closing quits. `close` is given the event's preventDefault and calls it at
 * once, as Electron requires, whenever the window is to stay.
 */
export class CloseToTray {
  private quitting = false;
  private asking = false;

  constructor(private readonly options: CloseToTrayOptions) {}

  /** Tidings is quitting: the window closes for good. */
  quit(): void {
    this.quitting = true;
  }

  close(preventDefault: () => void): void {
    if (this.quitting) return;
    const action = closeAction(this.options.keepRunning(), this.options.platform);
    if (action === 'quit') return;
    preventDefault();
    if (action === 'hide') return this.options.hide();
    if (this.asking) return;
    this.asking = true;
    this.options
      .ask()
      .catch(() => false)
      .then((keep) => {
        this.asking = false;
        this.options.remember(keep);
        if (keep) this.options.hide();
        else {
          this.quitting = true;
          this.options.quit();
        }
      });
  }
}
