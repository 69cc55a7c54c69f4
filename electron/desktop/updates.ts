/**
 * When and how Tidings updates itself. The updater (electron-updater's, in the packed app) and the prompt are passed
 * in, so that this runs and is tested under plain Node; electron/main/updater.ts does the wiring.
 */

/** What decides whether this copy of Tidings may update itself. */
export interface InstallFacts {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Set by the AppImage runtime to the image's path: the one Linux build that can replace itself. */
  appImagePath: string | undefined;
  /** The `resources/package-type` file electron-builder writes into deb, rpm and pacman builds (the word in it). */
  packageType: string | null;
}

export type UpdatesOffReason =
  /** Run from the sources (`npm start`): there is no release to compare with. */
  | 'development'
  /** Installed by the system's package manager, which updates it. */
  | 'system-package'
  /** An unpacked folder or archive on Linux: nothing that electron-updater knows how to replace. */
  | 'unmanaged';

export type UpdateMode = { on: true } | { on: false; reason: UpdatesOffReason };

export function updateMode(facts: InstallFacts): UpdateMode {
  if (!facts.isPackaged) return { on: false, reason: 'development' };
  if (facts.platform === 'win32' || facts.platform === 'darwin') return { on: true };
  // Checked before APPIMAGE: a deb's Tidings started from a terminal that an AppImage opened inherits the variable.
  if (facts.packageType !== null && facts.packageType.trim() !== '') return { on: false, reason: 'system-package' };
  return facts.appImagePath ? { on: true } : { on: false, reason: 'unmanaged' };
}

/** The part of electron-updater's AppUpdater used here. */
export interface UpdaterPort {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string }; downloadPromise?: Promise<unknown> | null } | null>;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  quitAndInstall(): void;
}

export type CheckOutcome =
  | { kind: 'off'; reason: UpdatesOffReason }
  | { kind: 'up-to-date'; version: string }
  /** A newer version was found and is being downloaded; the prompt comes when it is ready. */
  | { kind: 'downloading'; version: string }
  /** A newer version is already downloaded: the prompt is shown again. */
  | { kind: 'ready'; version: string }
  | { kind: 'failed'; message: string };

export interface UpdatesOptions {
  mode: UpdateMode;
  /** Called once, and only when updates are on: creating electron-updater's updater reads the packed app's files. */
  createUpdater: () => UpdaterPort;
  currentVersion: string;
  /** The quiet prompt, once per downloaded version: resolves true when the reader chooses to restart now. */
  askToRestart: (version: string) => Promise<boolean>;
  /** The outcome of a check the reader asked for; checks on the schedule say nothing. */
  report: (outcome: CheckOutcome) => void;
  log: (message: string) => void;
  /** After start, so that checking does not compete with opening the window. */
  firstCheckAfterMs?: number;
  everyMs?: number;
  timers?: Timers;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Updates {
  readonly mode: UpdateMode;
  /** Checks soon after start and then every few hours, downloading quietly. */
  start(): void;
  stop(): void;
  /** "Check for updates" in the menu: checks now and reports the outcome, whatever it is. */
  checkNow(): Promise<CheckOutcome>;
}

export const firstCheckAfterMs = 30_000;
export const checkEveryMs = 4 * 60 * 60 * 1000;

const nodeTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createUpdates(options: UpdatesOptions): Updates {
  const { mode, log } = options;
  const timers = options.timers ?? nodeTimers;
  let updater: UpdaterPort | null = null;
  let downloaded: string | null = null;
  const prompted = new Set<string>();
  let checking: Promise<CheckOutcome> | null = null;
  let timer: unknown = null;
  let stopped = false;

  function theUpdater(): UpdaterPort {
    if (updater) return updater;
    const created = options.createUpdater();
    created.autoDownload = true;
    // A reader who chose "Later" gets the new version the next time Tidings quits.
    created.autoInstallOnAppQuit = true;
    // Without an 'error' listener an emitter throws; failures are answered where each call is awaited.
    created.on('error', (error) => log(`update error: ${firstLine(error)}`));
    created.on('update-downloaded', (info) => {
      downloaded = info.version;
      void prompt(info.version, false);
    });
    updater = created;
    return created;
  }

  async function prompt(version: string, asked: boolean): Promise<void> {
    if (prompted.has(version) && !asked) return;
    prompted.add(version);
    try {
      if (await options.askToRestart(version)) theUpdater().quitAndInstall();
    } catch (error) {
      log(`could not ask to restart: ${firstLine(error)}`);
    }
  }

  async function check(asked: boolean): Promise<CheckOutcome> {
    if (!mode.on) return { kind: 'off', reason: mode.reason };
    if (downloaded !== null) {
      if (asked) void prompt(downloaded, true);
      return { kind: 'ready', version: downloaded };
    }
    try {
      const result = await theUpdater().checkForUpdates();
      // electron-updater answers null when it considers itself inactive (an unpacked app).
      if (!result) return { kind: 'off', reason: 'development' };
      if (!result.isUpdateAvailable) return { kind: 'up-to-date', version: options.currentVersion };
      void result.downloadPromise?.catch((error: unknown) => log(`download failed: ${firstLine(error)}`));
      return { kind: 'downloading', version: result.updateInfo.version };
    } catch (error) {
      return { kind: 'failed', message: firstLine(error) };
    }
  }

  function checkOnce(asked: boolean): Promise<CheckOutcome> {
    checking ??= check(asked).finally(() => (checking = null));
    return checking;
  }

  function schedule(ms: number): void {
    if (stopped) return;
    timer = timers.setTimeout(() => {
      timer = null;
      // Once a version waits to be installed there is nothing more to fetch until Tidings restarts.
      if (downloaded !== null) return;
      void checkOnce(false).then((outcome) => {
        if (outcome.kind === 'failed') log(`scheduled check failed: ${outcome.message}`);
        schedule(options.everyMs ?? checkEveryMs);
      });
    }, ms);
  }

  return {
    mode,
    start() {
      if (!mode.on) {
        log(`updates are off (${mode.reason})`);
        return;
      }
      stopped = false;
      if (timer === null) schedule(options.firstCheckAfterMs ?? firstCheckAfterMs);
    },
    stop() {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
    async checkNow() {
      const outcome = await checkOnce(true);
      options.report(outcome);
      return outcome;
    },
  };
}

/** electron-updater puts whole stacks and response bodies in its messages; the first line says what failed. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0]?.trim() || 'unknown error';
}
