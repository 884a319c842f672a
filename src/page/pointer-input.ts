/**
 * Pointer → hover intent. pointermove is throttled to one hit test per animation frame; listeners
 * exist only while the page has mentions. A click or tap on a mention opens its card at once.
 */
import type { HoverIntent } from './hover-intent.ts';

export interface PointerInputOptions<T> {
  /** The mention under (x, y), if any (hit-test.ts, on ranges that follow re-rendered text). */
  itemAt(x: number, y: number): T | null;
  /** True when the event happened on the card. */
  onCard(event: Event): boolean;
  hover: HoverIntent<T>;
  /** Opens a card right away (click/tap), pinned. */
  openNow(item: T, pointer: { x: number; y: number }): void;
  /** Click outside mention and card. */
  clickedElsewhere(): void;
  /** Returns false when the extension is gone (the caller tears down). */
  alive(): boolean;
  /** Where the pointer last was over the page (for placing a hover card by the right line). */
  moved?(point: { x: number; y: number }): void;
  /** The pointer left the window: its last position no longer says anything. */
  left?(): void;
}

export function watchPointer<T>(doc: Document, o: PointerInputOptions<T>): () => void {
  const win = doc.defaultView ?? window;
  let frame = 0;
  let last: PointerEvent | undefined;

  const run = () => {
    frame = 0;
    const e = last;
    last = undefined;
    if (!e || !o.alive()) return;
    try {
      if (o.onCard(e)) return o.hover.update(null, true);
      o.moved?.({ x: e.clientX, y: e.clientY });
      o.hover.update(o.itemAt(e.clientX, e.clientY), false);
    } catch (err) {
      console.debug('[second-source] hover failed', err);
    }
  };
  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    last = e;
    if (!frame) frame = win.requestAnimationFrame(run);
  };
  const onOut = (e: PointerEvent) => {
    if (e.relatedTarget || !o.alive()) return;
    o.left?.(); // left the window
    o.hover.update(null, false);
  };
  const onClick = (e: MouseEvent) => {
    if (!o.alive() || o.onCard(e) || e.button !== 0) return;
    try {
      const target = e.target as Element | null;
      const interactive = target?.closest?.(
        'a[href], button, input, select, textarea, label, summary, [role="button"]',
      );
      const selection = win.getSelection();
      const item = interactive || (selection && !selection.isCollapsed) ? null : o.itemAt(e.clientX, e.clientY);
      if (item) o.openNow(item, { x: e.clientX, y: e.clientY });
      else o.clickedElsewhere();
    } catch (err) {
      console.debug('[second-source] click failed', err);
    }
  };

  doc.addEventListener('pointermove', onMove, { passive: true, capture: true });
  doc.addEventListener('pointerout', onOut, { passive: true, capture: true });
  doc.addEventListener('click', onClick, { capture: true });
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    doc.removeEventListener('pointermove', onMove, { capture: true });
    doc.removeEventListener('pointerout', onOut, { capture: true });
    doc.removeEventListener('click', onClick, { capture: true });
  };
}
