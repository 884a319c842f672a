/**
 * Keeps the card beside its mention and inside the viewport at any scroll and zoom: floating-ui with
 * flip, shift and size, re-run by autoUpdate on scroll, resize and layout shifts.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

const MARGIN = 8;
const MAX_HEIGHT = 520;
const MIN_HEIGHT = 140;

/**
 * A floating-ui reference for a text range: vertically the whole mention (so a card below never
 * covers its second line), horizontally the line box under the pointer (or the first line).
 */
export function rangeReference(range: Range, pointer?: { x: number; y: number }): VirtualElement {
  const contextElement =
    range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  const box = () => {
    const all = range.getBoundingClientRect();
    const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const line = (pointer && lines.find((r) => pointer.y >= r.top - 2 && pointer.y <= r.bottom + 2)) ?? lines[0] ?? all;
    return {
      x: line.left,
      y: all.top,
      left: line.left,
      right: line.right,
      width: line.width,
      top: all.top,
      bottom: all.bottom,
      height: all.height,
    };
  };
  return { getBoundingClientRect: box, contextElement: contextElement ?? undefined };
}

/** Positions `card` (position: fixed) next to `reference` and follows it; returns the stop function. */
export function followReference(reference: VirtualElement, card: HTMLElement): () => void {
  const update = () => {
    computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(8),
        // Below or above the line, whichever overflows less; size() then fits the height to that side.
        flip({ padding: MARGIN, fallbackPlacements: ['top-start'], fallbackStrategy: 'bestFit' }),
        shift({ padding: MARGIN }),
        size({
          padding: MARGIN,
          apply({ availableHeight, availableWidth, elements }) {
            const height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.floor(availableHeight)));
            elements.floating.style.setProperty('max-height', `${height}px`);
            elements.floating.style.setProperty('max-width', `${Math.max(240, Math.floor(availableWidth))}px`);
          },
        }),
        shift({ padding: MARGIN, crossAxis: true }),
      ],
    })
      .then(({ x, y }) => {
        card.style.setProperty('left', `${Math.round(x)}px`);
        card.style.setProperty('top', `${Math.round(y)}px`);
      })
      .catch(() => {});
  };
  return autoUpdate(reference, card, update, { animationFrame: false });
}
