import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The baseline of the main-process stall: the longest event-loop delay of an idle process (idleProcess.ts) over the
 * same refresh, sharing the machine and the scheduler's group with the measured main process. On a machine with more
 * work than cores, a process doing nothing is also held off for a while; what the main process stalls beyond that is
 * its own.
 */
export class IdleProbe {
  private constructor(private readonly child: ChildProcess) {}

  static async start(): Promise<IdleProbe> {
    const entry = fileURLToPath(new URL('./idleProcess.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', entry], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the idle probe exited (${code})`)));
    });
    return new IdleProbe(child);
  }

  /** Its longest delay since it started, in milliseconds; the process ends. */
  end(): Promise<number> {
    return new Promise((resolve) => {
      this.child.once('message', (message: { maxMs?: number }) => resolve(message.maxMs ?? Number.NaN));
      this.child.send('end');
    });
  }
}
