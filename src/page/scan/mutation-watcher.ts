/**
 * Watches the page for late and changing content. The observer callback only queues records; they
 * are read after a quiet period (debounce, with a cap so a constantly ticking page is still
 * handled within a second). Nothing runs while the page does not change.
 */
import { type DirtyResult, dirtyRoots } from './dirty-roots.ts';

export interface MutationWatcherOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  onDirty(result: DirtyResult): void;
}

const ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-expanded'];

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstAt = 0;
  private watchingAttributes = false;
  private running = false;
  /** Open shadow roots met while reading the page: the document's observer does not see inside them. */
  private shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly target: Node,
    private readonly options: MutationWatcherOptions,
  ) {
    const Observer = (target.ownerDocument?.defaultView ?? globalThis).MutationObserver;
    this.observer = new Observer((records) => this.queue(records));
  }

  start(): void {
    this.running = true;
    this.observeAll();
  }

  /** Also watch inside an open shadow root. */
  observeShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    for (const r of this.shadowRoots) if (!r.host.isConnected) this.shadowRoots.delete(r);
    this.shadowRoots.add(root);
    if (this.running) this.observer.observe(root, this.init());
  }

  stop(): void {
    this.running = false;
    this.shadowRoots.clear();
    this.observer.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = [];
  }

  /** Also watch class/style/hidden changes (only while some mention waits to become visible). */
  watchAttributes(on: boolean): void {
    if (on === this.watchingAttributes) return;
    this.watchingAttributes = on;
    if (this.running) this.observeAll();
  }

  private observeAll(): void {
    this.observer.observe(this.target, this.init());
    for (const root of this.shadowRoots) this.observer.observe(root, this.init());
  }

  /** Runs a DOM change of our own without it being seen as a page change. */
  mute(change: () => void): void {
    const before = this.observer.takeRecords();
    try {
      change();
    } finally {
      this.observer.takeRecords();
      if (before.length) this.queue(before);
    }
  }

  /** Processes queued records now (tests; teardown). */
  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const records = [...this.pending, ...this.observer.takeRecords()];
    this.pending = [];
    if (!records.length) return;
    const result = dirtyRoots(records);
    if (result.roots.length || result.recheck) this.options.onDirty(result);
  }

  private init(): MutationObserverInit {
    return this.watchingAttributes
      ? { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES }
      : { childList: true, subtree: true, characterData: true };
  }

  private queue(records: MutationRecord[]): void {
    if (!records.length) return;
    const now = performance.now();
    if (!this.pending.length) this.firstAt = now;
    this.pending.push(...records);
    if (this.timer !== undefined) clearTimeout(this.timer);
    const wait = Math.max(
      0,
      Math.min(this.options.debounceMs ?? 200, this.firstAt + (this.options.maxWaitMs ?? 600) - now),
    );
    this.timer = setTimeout(() => {
      this.timer = undefined;
      try {
        this.flush();
      } catch (e) {
        console.debug('[second-source] mutation handling failed', e);
      }
    }, wait);
  }
}
