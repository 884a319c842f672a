/**
 * Hover timing: open after the pointer rests on a mention (~250 ms), close after it has left both
 * the mention and the card for a grace period (~300 ms). Pure timers, no DOM; the caller reports
 * what is under the pointer.
 *
 * Pages re-render paragraphs under a resting pointer (live counters), and a rescan then hands out a
 * new item for the same mention: `same` says when two items are one mention, so the delay is not
 * restarted and an open card is not taken for another one.
 */
export interface HoverIntentOptions<T> {
  openDelay?: number;
  closeDelay?: number;
  open(item: T): void;
  close(): void;
  /** The item whose card is open, if any, and whether hover may close it. */
  current(): { item: T; pinned: boolean } | undefined;
  /** Two items are the same mention (default: the same object). */
  same?(a: T, b: T): boolean;
  /** At the end of the grace period: the pointer is (again) on this item, so the card stays. */
  stillOver?(item: T): boolean;
}

export class HoverIntent<T> {
  private pending: T | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly openDelay: number;
  private readonly closeDelay: number;
  private readonly same: (a: T, b: T) => boolean;

  constructor(private readonly options: HoverIntentOptions<T>) {
    this.openDelay = options.openDelay ?? 250;
    this.closeDelay = options.closeDelay ?? 300;
    this.same = options.same ?? ((a, b) => a === b);
  }

  /** The pointer is now over `item` (or no mention), and over the card or not. */
  update(item: T | null, overCard: boolean): void {
    if (overCard) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    const current = this.options.current();
    if (item !== null) {
      this.cancelClose();
      if (current && this.same(current.item, item)) {
        this.cancelOpen();
        return;
      }
      if (this.pending !== undefined && this.openTimer !== undefined && this.same(this.pending, item)) {
        this.pending = item; // the newest copy of the mention is the one to open
        return;
      }
      this.cancelOpen();
      this.pending = item;
      this.openTimer = setTimeout(() => {
        const target = this.pending ?? item;
        this.openTimer = undefined;
        this.pending = undefined;
        this.options.open(target);
      }, this.openDelay);
      return;
    }
    this.cancelOpen();
    if (current && !current.pinned && this.closeTimer === undefined) {
      this.closeTimer = setTimeout(() => {
        this.closeTimer = undefined;
        const now = this.options.current();
        if (now && !now.pinned && !this.options.stillOver?.(now.item)) this.options.close();
      }, this.closeDelay);
    }
  }

  cancel(): void {
    this.cancelOpen();
    this.cancelClose();
  }

  private cancelOpen(): void {
    if (this.openTimer !== undefined) clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.pending = undefined;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
