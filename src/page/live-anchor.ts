/**
 * Live anchors: pages that re-render a paragraph (a live blog's counter, a React component) replace
 * its text nodes, and a mention's Range collapses where its text was. The same words are usually
 * right back at that place: find them there and hand out a new Range, so hover, the card and its
 * highlight keep following the mention until the next scan finds it again.
 */
import { HOST_ID } from './text/skip-rules.ts';

/** Range.END_TO_START: compares this range's start with the other's end. */
const END_TO_START = 3;

/** A range that still covers page text. */
export function isLive(range: Range): boolean {
  return !range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected;
}

/** Ranges over the same text, whatever text nodes hold it (a split node counts as the same place). */
export function sameText(a: Range, b: Range): boolean {
  if (a === b) return true;
  try {
    // The ranges overlap: one starts before the other ends, both ways.
    return a.compareBoundaryPoints(END_TO_START, b) < 0 && b.compareBoundaryPoints(END_TO_START, a) < 0;
  } catch {
    return false; // different documents or shadow trees
  }
}

const SKIP = `#${HOST_ID}, script, style, textarea, noscript`;

/**
 * The words `quote` where the dead range `dead` collapsed (its nearest surviving container), or in
 * `fallback`: the first occurrence at or after the collapse point, else the last before it. Null
 * when the words are gone.
 */
export function reanchor(dead: Range, quote: string, fallback?: Element): Range | null {
  const container = dead.startContainer.isConnected ? dead.commonAncestorContainer : fallback;
  const root = container?.nodeType === 3 ? container.parentNode : container;
  if (!root?.isConnected || !quote.trim()) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  if (!text) return null;
  const pattern = new RegExp(
    quote
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  );
  let last: Range | null = null;
  for (const m of text.matchAll(pattern)) {
    const range = rangeAt(doc, nodes, starts, m.index, m.index + m[0].length);
    if (!range) continue;
    const where = dead.startContainer.isConnected ? comparePoint(dead, range) : 1;
    if (where >= 0) return range;
    last = range;
  }
  return last;
}

/** Where `range` starts relative to the collapsed `dead` range: -1 before, 0 at, 1 after. */
function comparePoint(dead: Range, range: Range): number {
  try {
    return dead.comparePoint(range.startContainer, range.startOffset);
  } catch {
    return 1;
  }
}

function rangeAt(doc: Document, nodes: Text[], starts: number[], from: number, to: number): Range | null {
  const at = (offset: number, end: boolean) => {
    let i = nodes.length - 1;
    while (i > 0 && (starts[i] > offset || (end && starts[i] === offset))) i--;
    return { node: nodes[i], offset: offset - starts[i] };
  };
  const a = at(from, false);
  const b = at(to, true);
  if (!a.node || !b.node) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
