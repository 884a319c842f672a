/**
 * Mutation records → the smallest subtrees to extract again. An added block is extracted whole; a
 * text edit or inline insertion re-reads only its block's own text; the extension's own host and
 * anything inside code, inputs or editors is ignored.
 */

import { composedParent } from '../text/flat-tree.ts';
import { HOST_ID, isBlockElement, isInsideSkipped, isSkippedElement } from '../text/skip-rules.ts';
import { blockOf } from '../text/text-extraction.ts';
import type { ExtractRoot } from './changed-runs.ts';

export interface DirtyResult {
  roots: ExtractRoot[];
  /** Nodes were removed (mentions may have died) or attributes changed (visibility may differ). */
  recheck: boolean;
}

export function dirtyRoots(records: readonly MutationRecord[], ignore: (node: Node) => boolean = isOwn): DirtyResult {
  const deep = new Set<Element>();
  const shallow = new Set<Element>();
  let recheck = false;
  const skippedCache = new Map<Node, boolean>();
  const inSkipped = (node: Node) => {
    let v = skippedCache.get(node);
    if (v === undefined) {
      v = isInsideSkipped(node);
      skippedCache.set(node, v);
    }
    return v;
  };

  for (const r of records) {
    if (r.type === 'attributes') {
      recheck = true;
      continue;
    }
    const target = r.target;
    if (!target.isConnected || ignore(target) || inSkipped(target)) continue;
    if (r.type === 'characterData') {
      const block = blockOf(target);
      if (block) shallow.add(block);
      continue;
    }
    if (r.removedNodes.length) recheck = true;
    let textChanged = r.removedNodes.length > 0;
    for (const node of r.addedNodes) {
      if (!node.isConnected || ignore(node)) continue;
      if (node.nodeType === 1) {
        const el = node as Element;
        if (isSkippedElement(el)) continue;
        if (isBlockElement(el)) deep.add(el);
        else if (el.firstElementChild) {
          const block = blockOf(target);
          if (block) deep.add(block);
        } else textChanged = true;
      } else if (node.nodeType === 3) textChanged = true;
    }
    if (textChanged) {
      const block = blockOf(target);
      if (block) shallow.add(block);
    }
  }
  return { roots: minimalRoots(deep, shallow), recheck };
}

/** Several batches' roots as one list without overlaps (a block extracted twice would be scanned twice). */
export function mergeRoots(lists: readonly (readonly ExtractRoot[])[]): ExtractRoot[] {
  const deep = new Set<Element>();
  const shallow = new Set<Element>();
  for (const list of lists) for (const r of list) (r.shallow ? shallow : deep).add(r.element);
  return minimalRoots(deep, shallow);
}

/** Drops roots inside a deep root (and shallow duplicates of deep ones); returns the rest in document order. */
function minimalRoots(deep: Set<Element>, shallow: Set<Element>): ExtractRoot[] {
  // One walk up the ancestors per root (not every pair): inside a deep root means already covered.
  const insideDeep = (el: Element, self: boolean) => {
    for (let a: Element | null = self ? el : composedParent(el); a; a = composedParent(a)) if (deep.has(a)) return true;
    return false;
  };
  const roots: ExtractRoot[] = [];
  for (const el of deep) if (!insideDeep(el, false)) roots.push({ element: el, shallow: false });
  for (const el of shallow) if (!insideDeep(el, true)) roots.push({ element: el, shallow: true });
  if (roots.every((r, i) => i === 0 || comesBefore(roots[i - 1].element, r.element))) return roots;
  return roots.sort((a, b) => (a.element === b.element ? 0 : comesBefore(a.element, b.element) ? -1 : 1));
}

/**
 * `a` precedes `b` in the document. Appended content arrives in order, as siblings a few nodes
 * apart: looking a few siblings ahead answers that without compareDocumentPosition, which walks the
 * parent's child list (a feed of 2,000 paragraphs made every comparison cost thousands of steps).
 */
function comesBefore(a: Element, b: Element): boolean {
  if (a.parentNode === b.parentNode) {
    let n: Node | null = a.nextSibling;
    for (let i = 0; n && i < 32; i++, n = n.nextSibling) if (n === b) return true;
  }
  return (a.compareDocumentPosition(b) & 4) /* FOLLOWING */ !== 0;
}

function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (el.id === HOST_ID || !!el.closest?.(`#${HOST_ID}`));
}
