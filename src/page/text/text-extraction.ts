/**
 * Visible reading text of a subtree, as runs (text of one block element between block boundaries).
 * A generator, so callers can stop between runs and yield to the page (see scan/time-slice.ts).
 *
 * Open shadow roots are read in rendered order (flat-tree.ts); iframes are not entered: each frame
 * runs its own content script (all_frames).
 */
import { composedParent, containsComposed, type FlatWalkOptions, flatPieces } from './flat-tree.ts';
import { isBlockElement } from './skip-rules.ts';
import { RunBuilder, type TextRun } from './text-run.ts';

export interface ExtractOptions extends FlatWalkOptions {}

/** The nearest block-level ancestor (or the node itself) of a node, across shadow boundaries. */
export function blockOf(node: Node, cache?: Map<Element, Element>): Element | null {
  let el =
    node.nodeType === 1
      ? (node as Element)
      : node.nodeType === 11
        ? ((node as ShadowRoot).host ?? null)
        : composedParent(node);
  const seen: Element[] = [];
  let block: Element | null = null;
  while (el) {
    const cached = cache?.get(el);
    if (cached) {
      block = cached;
      break;
    }
    if (isBlockElement(el)) {
      block = el;
      break;
    }
    seen.push(el);
    el = composedParent(el);
  }
  if (cache && block) for (const s of seen) cache.set(s, block);
  return block;
}

export function* extractRuns(root: Element, options: ExtractOptions = {}): Generator<TextRun, void, undefined> {
  const rootBlock = isBlockElement(root) ? root : (blockOf(root) ?? root);
  const blocks = new Map<Element, Element>();
  // Whether a block lies inside `root` (asked once per block, not once per text node).
  const inside = new Map<Element, boolean>();
  const ownerOf = (block: Element | null): Element => {
    if (!block) return rootBlock;
    let known = inside.get(block);
    if (known === undefined) {
      known = containsComposed(root, block);
      inside.set(block, known);
    }
    return known ? block : rootBlock;
  };
  let builder: RunBuilder | null = null;
  // A left-out block between two text nodes of the same block still separates them.
  let pendingBreak = false;
  for (const piece of flatPieces(root, options)) {
    if (piece === 'gap') {
      pendingBreak = true;
      continue;
    }
    const owner: Element = piece === 'br' ? (builder?.block ?? rootBlock) : ownerOf(blockOf(piece, blocks));
    if (piece !== 'br' && builder?.block !== owner && isBlank(piece.data)) {
      // Markup indentation between blocks: it would only open a run of nothing. It still separates.
      pendingBreak = true;
      continue;
    }
    if (!builder || builder.block !== owner) {
      const run = builder?.finish();
      if (run) yield run;
      builder = new RunBuilder(owner);
    } else if (pendingBreak) {
      builder.addLineBreak();
    }
    pendingBreak = false;
    if (piece === 'br') builder.addLineBreak();
    else builder.addText(piece);
  }
  const last = builder?.finish();
  if (last) yield last;
}

/** Only collapsible whitespace (the "\n    " between tags). */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/** All runs of a subtree at once (tests and small subtrees). */
export function extractAll(root: Element, options?: ExtractOptions): TextRun[] {
  return [...extractRuns(root, options)];
}
