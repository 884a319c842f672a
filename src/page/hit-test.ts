/**
 * Which mention is under the pointer. Highlights are not elements, so the caret position at the
 * point (caretPositionFromPoint / caretRangeFromPoint) says which text is there, and the range's
 * line boxes confirm the pointer is really over it (the caret snaps to the nearest text otherwise).
 */

export interface Caret {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDoc;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const pos = d.caretPositionFromPoint(x, y);
      return pos?.offsetNode ? { node: pos.offsetNode, offset: pos.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // Some engines throw for points outside the viewport.
  }
  return null;
}

/** True when (x, y) lies in one of the range's line boxes (with a little slack for the underline). */
export function pointInRange(range: Range, x: number, y: number, slack = 2): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack + 2) return true;
  }
  return false;
}

/** True when the caret sits inside the range (boundaries included). */
export function caretInRange(range: Range, caret: Caret): boolean {
  try {
    return range.comparePoint(caret.node, caret.offset) === 0;
  } catch {
    return false; // the caret is in another document or shadow tree
  }
}

/**
 * The item whose range is under (x, y). Uses the caret to pick candidates; without a caret (or when
 * the caret points elsewhere, e.g. at the edge of a line) every range's boxes are checked.
 */
export function itemAtPoint<T extends { range: Range }>(
  items: readonly T[],
  doc: Document,
  x: number,
  y: number,
): T | null {
  if (!items.length) return null;
  const caret = caretAt(doc, x, y);
  if (caret) {
    for (const item of items) if (caretInRange(item.range, caret) && pointInRange(item.range, x, y)) return item;
    if (caret.node.nodeType === 3 && !items.some((i) => i.range.intersectsNode(caret.node))) return null;
  }
  for (const item of items) if (pointInRange(item.range, x, y)) return item;
  return null;
}
