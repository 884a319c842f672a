/**
 * Cooperative scheduling: long work is cut into slices and control goes back to the page between
 * them, so no task of ours blocks the main thread for long (the benchmark counts tasks over 50 ms).
 */

/** Work per slice before yielding, in ms. */
export const SLICE_MS = 12;

type SchedulerLike = { yield?: () => Promise<void> };

/** Lets the page run (input, rendering) before continuing. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class TimeBudget {
  private until: number;

  constructor(private readonly sliceMs = SLICE_MS) {
    this.until = performance.now() + sliceMs;
  }

  get spent(): boolean {
    return performance.now() >= this.until;
  }

  /** Yields to the page when the slice is used up; returns after a fresh slice starts. */
  async check(): Promise<void> {
    if (!this.spent) return;
    await yieldToPage();
    this.until = performance.now() + this.sliceMs;
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
