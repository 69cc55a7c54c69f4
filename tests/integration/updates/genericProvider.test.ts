import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeHttpExecutor } from 'builder-util';
import { configureRequestOptions, configureRequestUrl, type DownloadOptions } from 'builder-util-runtime';
import { AppImageUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUpdates, type CheckOutcome, type Timers } from '../../../electron/desktop/updates';

/**
 * electron-updater's own update logic (its generic provider, the yml it reads, the version comparison, the download and
 * its checksum) against a release folder served on loopback, driven by Tidings' updates module. Only the two pieces that
 * need Electron are replaced: the app (an AppAdapter of temporary folders) and the HTTP client (Node's, through
 * electron-builder's executor, in place of Electron's `net`).
 */

const installer = Buffer.from('#!/bin/sh\necho Tidings 0.2.0\n');
const sha512 = createHash('sha512').update(installer).digest('base64');
const newerRelease = [
  'version: 0.2.0',
  'files:',
  '  - url: Tidings-0.2.0-x86_64.AppImage',
  `    sha512: ${sha512}`,
  `    size: ${installer.length}`,
  'path: Tidings-0.2.0-x86_64.AppImage',
  `sha512: ${sha512}`,
  "releaseDate: '2026-03-01T10:00:00.000Z'",
].join('\n');

/** Node's HTTP client with the `download` that electron-updater's Electron client adds, written the same way. */
class NodeDownloadingExecutor extends NodeHttpExecutor {
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      const callback = (error: Error | null) => (error ? reject(error) : resolve(destination));
      this.doDownload(requestOptions, { destination, options, onCancel, callback, responseHandler: null }, 0);
    });
  }
}

let folder: string;
let server: Server;
let baseUrl: string;
/** What the server answers for the channel file; null answers 404. */
let channelFile: string | null;
const requested: string[] = [];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tidings-updates-'));
  channelFile = newerRelease;
  requested.length = 0;
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://loopback').pathname;
    requested.push(path);
    // latest-linux.yml here; latest-mac.yml or latest.yml where the tests run elsewhere.
    if (/^\/latest[\w-]*\.yml$/.test(path) && channelFile !== null) {
      response.writeHead(200, { 'content-type': 'text/yaml' }).end(channelFile);
    } else if (path === '/Tidings-0.2.0-x86_64.AppImage') {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': installer.length }).end(installer);
    } else {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // The AppImage updater works only inside an AppImage, which sets this.
  vi.stubEnv('APPIMAGE', join(folder, 'Tidings-0.1.0-x86_64.AppImage'));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

async function realUpdater(url = baseUrl): Promise<AppImageUpdater> {
  // What electron-builder writes into the packed app as resources/app-update.yml, here for the generic provider.
  const configPath = join(folder, 'app-update.yml');
  await writeFile(configPath, `provider: generic\nurl: ${url}\nupdaterCacheDirName: tidings-updater\n`);
  const app: AppAdapter = {
    version: '0.1.0',
    name: 'Tidings',
    isPackaged: true,
    appUpdateConfigPath: configPath,
    userDataPath: join(folder, 'user-data'),
    baseCachePath: join(folder, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
  const updater = new AppImageUpdater(null, app);
  updater.logger = process.env.DEBUG_UPDATES ? console : null;
  // The one internal touched: Electron's `net` client, which the updater creates only when it makes its own app.
  Reflect.set(updater, 'httpExecutor', new NodeDownloadingExecutor());
  return updater;
}

/** Timers that never fire by themselves: the schedule is started by hand. */
function heldTimers() {
  const pending: (() => void)[] = [];
  const timers: Timers = { setTimeout: (run) => pending.push(run), clearTimeout: () => undefined };
  return { timers, fire: () => pending.shift()?.() };
}

async function setUp(url?: string) {
  const updater = await realUpdater(url);
  const installs = vi.spyOn(updater, 'quitAndInstall').mockImplementation(() => undefined);
  const asked: string[] = [];
  const reported: CheckOutcome[] = [];
  const logged: string[] = [];
  const clock = heldTimers();
  const updates = createUpdates({
    mode: { on: true },
    createUpdater: () => updater,
    currentVersion: '0.1.0',
    askToRestart: async (version) => {
      asked.push(version);
      return false;
    },
    report: (outcome) => reported.push(outcome),
    log: (line) => logged.push(line),
    timers: clock.timers,
  });
  return { updates, asked, reported, logged, installs, clock };
}

describe('updates from a generic release folder, with electron-updater', () => {
  it('finds a newer version, downloads it quietly with its checksum checked, and asks once to restart', async () => {
    const { updates, asked, installs } = await setUp();
    expect(await updates.checkNow()).toEqual({ kind: 'downloading', version: '0.2.0' });
    await vi.waitFor(() => expect(asked).toEqual(['0.2.0']), { timeout: 5_000 });
    expect(requested).toContain('/Tidings-0.2.0-x86_64.AppImage');
    const pending = await readdir(join(folder, 'cache', 'tidings-updater', 'pending'));
    expect(pending).toContain('Tidings-0.2.0-x86_64.AppImage');
    // "Later": nothing is installed until Tidings quits.
    expect(installs).not.toHaveBeenCalled();
  });

  it('finds nothing to do when the release is the running version', async () => {
    channelFile = newerRelease.replaceAll('0.2.0', '0.1.0');
    const { updates, asked } = await setUp();
    expect(await updates.checkNow()).toEqual({ kind: 'up-to-date', version: '0.1.0' });
    expect(asked).toEqual([]);
    expect(requested.some((path) => path.endsWith('.AppImage'))).toBe(false);
  });

  it('says clearly that the release’s yml could not be read', async () => {
    channelFile = 'version: [0.2.0\nfiles: {';
    const { updates } = await setUp();
    const outcome = await updates.checkNow();
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.message).toMatch(/Cannot parse update info from latest[\w-]*\.yml/);
  });

  it('says that the release has no yml at all', async () => {
    channelFile = null;
    const { updates } = await setUp();
    const outcome = await updates.checkNow();
    expect(outcome.kind === 'failed' && outcome.message).toMatch(/latest[\w-]*\.yml/);
    expect(outcome.kind === 'failed' && outcome.message).toMatch(/404/);
  });

  it('fails quietly on the schedule when the server is down, and says so only when asked', async () => {
    const down = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

    const { updates, reported, logged, clock, asked } = await setUp(down);
    updates.start();
    clock.fire();
    await vi.waitFor(() => expect(logged.some((line) => line.startsWith('scheduled check failed:'))).toBe(true), { timeout: 5_000 });
    expect(logged.join('\n')).toMatch(/ECONNREFUSED/);
    expect(reported).toEqual([]);
    expect(asked).toEqual([]);

    const outcome = await updates.checkNow();
    expect(outcome.kind).toBe('failed');
    expect(reported).toEqual([outcome]);
    updates.stop();
  });
});
