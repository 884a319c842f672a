/**
 * Hover timing: open after the pointer rests on a mention (~250 ms), close after it has left both
 * the mention and the card for a grace period (~300 ms). Pure timers, no DOM; the caller reports
 * what is under the pointer.
 */
export interface HoverIntentOptions<T> {
  openDelay?: number;
  closeDelay?: number;
  open(item: T): void;
  close(): void;
  /** The item whose card is open, if any, and whether hover may close it. */
  current(): { item: T; pinned: boolean } | undefined;
}

export class HoverIntent<T> {
  private pending: T | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly openDelay: number;
  private readonly closeDelay: number;

  constructor(private readonly options: HoverIntentOptions<T>) {
    this.openDelay = options.openDelay ?? 250;
    this.closeDelay = options.closeDelay ?? 300;
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
      if (current?.item === item) {
        this.cancelOpen();
        return;
      }
      if (this.pending === item && this.openTimer !== undefined) return;
      this.cancelOpen();
      this.pending = item;
      this.openTimer = setTimeout(() => {
        this.openTimer = undefined;
        this.pending = undefined;
        this.options.open(item);
      }, this.openDelay);
      return;
    }
    this.cancelOpen();
    if (current && !current.pinned && this.closeTimer === undefined) {
      this.closeTimer = setTimeout(() => {
        this.closeTimer = undefined;
        const now = this.options.current();
        if (now && !now.pinned) this.options.close();
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
