/**
 * Visible reading text of a subtree, as runs (text of one block element between block boundaries).
 * A generator, so callers can stop between runs and yield to the page (see scan/time-slice.ts).
 *
 * Shadow roots and iframes: each frame runs its own content script (all_frames). Open shadow roots
 * can be added here by descending into `el.shadowRoot` with a second walker; runs keep working since
 * they only hold Text nodes.
 */
import { isBlockElement, isSkippedElement } from './skip-rules.ts';
import { RunBuilder, type TextRun } from './text-run.ts';

export interface ExtractOptions {
  /** Only the root block's own text: descendant blocks are skipped (they are extracted on their own). */
  shallow?: boolean;
}

/** The nearest block-level ancestor (or the root itself) of a node. */
export function blockOf(node: Node, cache?: Map<Element, Element>): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
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
    el = el.parentElement;
  }
  if (cache && block) for (const s of seen) cache.set(s, block);
  return block;
}

export function* extractRuns(root: Element, options: ExtractOptions = {}): Generator<TextRun, void, undefined> {
  const doc = root.ownerDocument;
  const rootBlock = isBlockElement(root) ? root : (blockOf(root) ?? root);
  // A left-out block between two text nodes of the same block still separates them.
  let pendingBreak = false;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node: Node): number {
      if (node.nodeType === 3) return 1; // FILTER_ACCEPT
      const el = node as Element;
      if (el === root) return 3; // FILTER_SKIP: walk its children
      const skipped = isSkippedElement(el);
      if (skipped || (options.shallow && isBlockElement(el))) {
        if (isBlockElement(el) || el.localName === 'pre') pendingBreak = true;
        return 2; // FILTER_REJECT: not its subtree either
      }
      return el.localName === 'br' ? 1 : 3;
    },
  });
  const blocks = new Map<Element, Element>();
  let builder: RunBuilder | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.nodeType === 3 ? blockOf(node, blocks) : blockOf(node.parentElement ?? node, blocks);
    const owner = block && root.contains(block) ? block : rootBlock;
    if (!builder || builder.block !== owner) {
      const run = builder?.finish();
      if (run) yield run;
      builder = new RunBuilder(owner);
    } else if (pendingBreak) {
      builder.addLineBreak();
    }
    pendingBreak = false;
    if (node.nodeType === 3) builder.addText(node as Text);
    else builder.addLineBreak();
  }
  const last = builder?.finish();
  if (last) yield last;
}

/** All runs of a subtree at once (tests and small subtrees). */
export function extractAll(root: Element, options?: ExtractOptions): TextRun[] {
  return [...extractRuns(root, options)];
}
