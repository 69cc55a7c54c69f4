/** Why checking stops: the disk is full, the reader paused it from the tray, or the machine is asleep. */
export type PauseReason = 'storage-full' | 'user' | 'suspended';

/**
 * The poller has one switch and several reasons to pause: it resumes only once none holds, so waking the machine does
 * not undo the reader's own pause, nor a full disk's.
 */
export class PauseReasons {
  private readonly held = new Set<PauseReason>();
  private readonly listeners = new Set<(reasons: ReadonlySet<PauseReason>) => void>();

  constructor(private readonly apply: (paused: boolean) => void) {}

  set(reason: PauseReason, paused: boolean): void {
    if (paused === this.held.has(reason)) return;
    if (paused) this.held.add(reason);
    else this.held.delete(reason);
    this.apply(this.held.size > 0);
    for (const listener of this.listeners) listener(this.held);
  }

  has(reason: PauseReason): boolean {
    return this.held.has(reason);
  }

  onChange(listener: (reasons: ReadonlySet<PauseReason>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
