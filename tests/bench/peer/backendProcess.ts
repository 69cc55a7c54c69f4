import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MainActivity } from './mainProbe';

/**
 * The main process of the measured Tidings, in a Node process of its own as in the desktop app: the web transport and
 * the real handlers, watched by a MainProbe. Keeping it apart from the benchmark keeps Playwright's own work (which
 * reads every DevTools message the page sends) out of its event loop, its CPU time and its memory.
 */
export interface MainStatus {
  activity: MainActivity;
  /** Results pushed and not yet acknowledged by the window. */
  held: number;
  /** Nothing queued or being fetched. */
  idle: boolean;
}

export interface MainReport extends MainStatus {
  /** Longest event-loop delay since `begin`. */
  stallMs: number;
  /** CPU seconds since `begin`, its parse workers included. */
  cpuSeconds: number;
  peakRssMB: number;
  peakHeapMB: number;
}

export type BackendRequest = { id: number } & ({ type: 'begin'; feeds: number } | { type: 'status' } | { type: 'end' });
export type BackendMessage = { type: 'ready'; url: string } | { type: 'failed'; error: string } | { id: number; value: unknown };

export class BackendProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, (value: unknown) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.on('message', (message: BackendMessage) => {
      if (!('id' in message)) return;
      this.waiting.get(message.id)?.(message.value);
      this.waiting.delete(message.id);
    });
  }

  static async start(rendererDir: string): Promise<BackendProcess> {
    const entry = fileURLToPath(new URL('./mainHost.ts', import.meta.url));
    // TIDINGS_PEER_PROFILE=<folder> saves a CPU profile of the main process there when it stops.
    const profile = process.env.TIDINGS_PEER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.TIDINGS_PEER_PROFILE}`] : [];
    const child = spawn(process.execPath, [...profile, '--import', 'tsx', entry, rendererDir], {
      cwd: fileURLToPath(new URL('../../../', import.meta.url)),
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the main process did not start within 60 s')), 60_000);
      child.on('message', (message: BackendMessage) => {
        if ('id' in message) return;
        clearTimeout(timer);
        if (message.type === 'ready') resolve(message.url);
        else reject(new Error(message.error));
      });
      child.once('exit', (code) => reject(new Error(`the main process exited (${code})`)));
    });
    return new BackendProcess(child, url);
  }

  private ask(request: BackendRequest): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the main process did not answer ${request.type}`)), 30_000);
      this.waiting.set(request.id, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
      this.child.send(request);
    });
  }

  /** Starts counting afresh for a refresh of `feeds` feeds. */
  async begin(feeds: number): Promise<void> {
    await this.ask({ id: this.nextId++, type: 'begin', feeds });
  }

  status(): Promise<MainStatus> {
    return this.ask({ id: this.nextId++, type: 'status' }) as Promise<MainStatus>;
  }

  end(): Promise<MainReport> {
    return this.ask({ id: this.nextId++, type: 'end' }) as Promise<MainReport>;
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
