import { hostOf } from '../../../shared/util/url';

/**
 * Runs tasks at most `perHost` at a time per host, the rest waiting in order: many feeds of one site (a blog host, a
 * video site) must not have their icons asked for all at once.
 */
export class HostSlots {
  private readonly busy = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly perHost: number) {}

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    if ((this.busy.get(host) ?? 0) >= this.perHost) {
      await new Promise<void>((resolve) => this.waiting.set(host, [...(this.waiting.get(host) ?? []), resolve]));
    }
    this.busy.set(host, (this.busy.get(host) ?? 0) + 1);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private release(host: string): void {
    const left = (this.busy.get(host) ?? 1) - 1;
    if (left === 0) this.busy.delete(host);
    else this.busy.set(host, left);
    const [next, ...rest] = this.waiting.get(host) ?? [];
    if (rest.length === 0) this.waiting.delete(host);
    else this.waiting.set(host, rest);
    next?.();
  }
}
