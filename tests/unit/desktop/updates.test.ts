import { describe, expect, it, vi } from 'vitest';
import { createUpdates, updateMode, type CheckOutcome, type InstallFacts, type Timers, type UpdaterPort, type UpdatesOptions } from '../../../electron/desktop/updates';

const packed: InstallFacts = { isPackaged: true, platform: 'linux', appImagePath: '/home/ana/Tidings.AppImage', packageType: null };

describe('whether this copy updates itself', () => {
  it('does in a packed AppImage, Windows installer or macOS app', () => {
    expect(updateMode(packed)).toEqual({ on: true });
    expect(updateMode({ ...packed, platform: 'win32', appImagePath: undefined })).toEqual({ on: true });
    expect(updateMode({ ...packed, platform: 'darwin', appImagePath: undefined })).toEqual({ on: true });
  });

  it('does not in development', () => {
    expect(updateMode({ ...packed, isPackaged: false })).toEqual({ on: false, reason: 'development' });
    expect(updateMode({ ...packed, platform: 'win32', isPackaged: false })).toEqual({ on: false, reason: 'development' });
  });

  it('does not in a deb (the system updates it), even started from a shell an AppImage opened', () => {
    expect(updateMode({ ...packed, appImagePath: undefined, packageType: 'deb' })).toEqual({ on: false, reason: 'system-package' });
    expect(updateMode({ ...packed, packageType: 'deb\n' })).toEqual({ on: false, reason: 'system-package' });
    expect(updateMode({ ...packed, appImagePath: undefined, packageType: 'rpm' })).toEqual({ on: false, reason: 'system-package' });
  });

  it('does not in an unpacked Linux folder, which nothing can replace', () => {
    expect(updateMode({ ...packed, appImagePath: undefined })).toEqual({ on: false, reason: 'unmanaged' });
    expect(updateMode({ ...packed, appImagePath: '' })).toEqual({ on: false, reason: 'unmanaged' });
  });
});

type Listener = (value: never) => void;

/** An updater that answers what each test says, and records what it was asked. */
class FakeUpdater implements UpdaterPort {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  checks = 0;
  installs = 0;
  answer: () => Promise<Awaited<ReturnType<UpdaterPort['checkForUpdates']>>> = async () => ({ isUpdateAvailable: false, updateInfo: { version: '1.0.0' } });
  private listeners = new Map<string, Listener[]>();

  checkForUpdates() {
    this.checks += 1;
    return this.answer();
  }
  on(event: 'update-downloaded' | 'error', listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  quitAndInstall(): void {
    this.installs += 1;
  }
  emit(event: 'update-downloaded', value: { version: string }): void;
  emit(event: 'error', value: Error): void;
  emit(event: string, value: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (value: unknown) => void)(value);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** Timers run by hand: `fire()` runs the one pending. */
function manualTimers() {
  const pending: { run: () => void; ms: number }[] = [];
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const entry = { run, ms };
      pending.push(entry);
      return entry;
    },
    clearTimeout: (handle) => {
      const at = pending.indexOf(handle as (typeof pending)[number]);
      if (at >= 0) pending.splice(at, 1);
    },
  };
  return {
    timers,
    pending,
    async fire() {
      const next = pending.shift();
      next?.run();
      // The check's promise chain, then the scheduling after it.
      for (let turn = 0; turn < 3; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

function setUp(overrides: Partial<UpdatesOptions> = {}) {
  const updater = new FakeUpdater();
  const clock = manualTimers();
  const reported: CheckOutcome[] = [];
  const asked: string[] = [];
  const logged: string[] = [];
  let restart = false;
  const created = vi.fn(() => updater);
  const updates = createUpdates({
    mode: { on: true },
    createUpdater: created,
    currentVersion: '1.0.0',
    askToRestart: async (version) => {
      asked.push(version);
      return restart;
    },
    report: (outcome) => reported.push(outcome),
    log: (line) => logged.push(line),
    firstCheckAfterMs: 10,
    everyMs: 1000,
    timers: clock.timers,
    ...overrides,
  });
  return { updates, updater, clock, reported, asked, logged, created, restartNow: () => (restart = true) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('checking for updates', () => {
  it('never creates the updater, checks or schedules when updates are off', async () => {
    const { updates, created, clock, reported, logged } = setUp({ mode: { on: false, reason: 'system-package' } });
    updates.start();
    expect(clock.pending).toHaveLength(0);
    expect(await updates.checkNow()).toEqual({ kind: 'off', reason: 'system-package' });
    expect(reported).toEqual([{ kind: 'off', reason: 'system-package' }]);
    expect(created).not.toHaveBeenCalled();
    expect(logged.join('\n')).toContain('system-package');
  });

  it('checks a little after start, then on the schedule, downloading quietly and installing at quit', async () => {
    const { updates, updater, clock, reported } = setUp();
    updates.start();
    expect(clock.pending.map((timer) => timer.ms)).toEqual([10]);
    await clock.fire();
    expect(updater.checks).toBe(1);
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.listenerCount('error')).toBe(1);
    expect(clock.pending.map((timer) => timer.ms)).toEqual([1000]);
    await clock.fire();
    expect(updater.checks).toBe(2);
    // Checks on the schedule say nothing.
    expect(reported).toEqual([]);
    updates.stop();
    expect(clock.pending).toHaveLength(0);
  });

  it('asks once to restart when a version is downloaded, and restarts only if the reader says so', async () => {
    const { updates, updater, asked, restartNow } = setUp();
    updater.answer = async () => ({ isUpdateAvailable: true, updateInfo: { version: '1.1.0' }, downloadPromise: Promise.resolve([]) });
    expect(await updates.checkNow()).toEqual({ kind: 'downloading', version: '1.1.0' });
    updater.emit('update-downloaded', { version: '1.1.0' });
    updater.emit('update-downloaded', { version: '1.1.0' });
    await settle();
    expect(asked).toEqual(['1.1.0']);
    expect(updater.installs).toBe(0);

    // Asked from the menu with a version waiting: the prompt comes again, and this time the reader restarts.
    restartNow();
    expect(await updates.checkNow()).toEqual({ kind: 'ready', version: '1.1.0' });
    await settle();
    expect(asked).toEqual(['1.1.0', '1.1.0']);
    expect(updater.installs).toBe(1);
  });

  it('stops checking on the schedule once a version waits to be installed', async () => {
    const { updates, updater, clock } = setUp();
    updater.answer = async () => ({ isUpdateAvailable: true, updateInfo: { version: '1.1.0' }, downloadPromise: Promise.resolve([]) });
    updates.start();
    await clock.fire();
    updater.emit('update-downloaded', { version: '1.1.0' });
    await clock.fire();
    expect(updater.checks).toBe(1);
    expect(clock.pending).toHaveLength(0);
  });

  it('reports an up-to-date answer and a failure when asked, and keeps a failure on the schedule quiet', async () => {
    const { updates, updater, clock, reported, logged } = setUp();
    expect(await updates.checkNow()).toEqual({ kind: 'up-to-date', version: '1.0.0' });
    updater.answer = async () => {
      throw new Error('net::ERR_CONNECTION_REFUSED\n    at SimpleURLLoaderWrapper.<anonymous>');
    };
    expect(await updates.checkNow()).toEqual({ kind: 'failed', message: 'net::ERR_CONNECTION_REFUSED' });
    updates.start();
    await clock.fire();
    expect(reported.map((outcome) => outcome.kind)).toEqual(['up-to-date', 'failed']);
    expect(logged.some((line) => line.includes('scheduled check failed: net::ERR_CONNECTION_REFUSED'))).toBe(true);
    // …and the schedule goes on.
    expect(clock.pending.map((timer) => timer.ms)).toEqual([1000]);
  });

  it('logs a failed download instead of leaving its promise rejected unhandled', async () => {
    const { updates, updater, logged } = setUp();
    updater.answer = async () => ({ isUpdateAvailable: true, updateInfo: { version: '1.1.0' }, downloadPromise: Promise.reject(new Error('sha512 checksum mismatch')) });
    await updates.checkNow();
    await settle();
    expect(logged).toContain('download failed: sha512 checksum mismatch');
  });

  it('shares one check between the menu and the schedule', async () => {
    const { updates, updater } = setUp();
    let answer: (value: { isUpdateAvailable: boolean; updateInfo: { version: string } }) => void = () => undefined;
    updater.answer = () => new Promise((resolve) => (answer = resolve));
    const first = updates.checkNow();
    const second = updates.checkNow();
    await settle();
    answer({ isUpdateAvailable: false, updateInfo: { version: '1.0.0' } });
    expect(await first).toEqual(await second);
    expect(updater.checks).toBe(1);
  });
});
