/**
 * Cooperative scheduling: long work is cut into slices and control goes back to the page between
 * them, so no task of ours blocks the main thread for long (the benchmark counts tasks over 50 ms).
 */

/** Work per slice before yielding, in ms. */
export const SLICE_MS = 12;

/**
 * Lets the page run (its timers, input, rendering) before continuing: the continuation is a plain new
 * task at the back of the queue. Not scheduler.yield(): its continuations run before the page's own
 * queued tasks, so a long scan starved the page's timers (seen on a 20 MB page in both browsers).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Hands out slices of work. Each slice is recorded as a User Timing measure named
 * "second-source:slice" so benchmarks and profiles can tell the extension's tasks from the page's.
 */
export class TimeBudget {
  private until = 0;
  private started = 0;

  constructor(private readonly sliceMs = SLICE_MS) {
    this.startSlice();
  }

  get spent(): boolean {
    return performance.now() >= this.until;
  }

  /** Yields to the page when the slice is used up; returns after a fresh slice starts. */
  async check(): Promise<void> {
    if (this.spent) await this.outside(yieldToPage());
  }

  /**
   * Waits for something that is not our work (the page's turn, loading a chunk): the slice ends
   * before and a fresh one starts after, so slices measure tasks of ours, not the wait.
   */
  async outside<T>(wait: Promise<T>): Promise<T> {
    this.end();
    try {
      return await wait;
    } finally {
      this.startSlice();
    }
  }

  /** Yields to the page whatever is left of the slice (before and after work that cannot be split). */
  async yieldNow(): Promise<void> {
    this.until = 0;
    await this.check();
  }

  private startSlice(): void {
    this.started = performance.now();
    this.until = this.started + this.sliceMs;
  }

  /** Closes the current slice (call when the work is done). */
  end(): void {
    try {
      performance.measure('second-source:slice', { start: this.started, end: performance.now() });
    } catch {
      // User Timing unavailable
    }
  }
}

/** Thrown out of sliced work when it was superseded (settings changed, page torn down). */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface CancelToken {
  readonly cancelled: boolean;
}

export function throwIfCancelled(token: CancelToken): void {
  if (token.cancelled) throw new Cancelled();
}
