/**
 * The rendered order of a subtree: open shadow roots stand in for their host's children, and a
 * <slot> shows the light-DOM nodes assigned to it (or its fallback content). Closed shadow roots
 * cannot be read and are left alone. Cheap attribute checks decide what is skipped (skip-rules.ts).
 */
import { isBlockElement, isSkippedElement } from './skip-rules.ts';

/** A text node, a hard line break, or a gap left by a skipped block (it still separates text). */
export type Piece = Text | 'br' | 'gap';

export interface FlatWalkOptions {
  /** Leave out descendant block elements (only the root's own text). */
  shallow?: boolean;
  /** Called for every open shadow root walked into (so it can be watched for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** The parent in the composed tree: a shadow root's top-level nodes belong to its host. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/** `node` is `root` or inside it, shadow trees included. */
export function containsComposed(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === root) return true;
  return false;
}

function openShadowRoot(el: Element): ShadowRoot | null {
  try {
    return el.shadowRoot ?? null;
  } catch {
    return null;
  }
}

export function* flatPieces(root: Node, options: FlatWalkOptions = {}): Generator<Piece, void, undefined> {
  if (root.nodeType === 1 && ((root as Element).localName === 'slot' || openShadowRoot(root as Element))) {
    yield* special(root as Element, options);
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  // No NodeFilter: a JS acceptNode callback per node made the walk ~14x slower than the walk itself.
  // Left-out subtrees are stepped over by hand instead.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      yield node as Text;
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (isSkippedElement(el) || (options.shallow && isBlockElement(el))) {
      if (isBlockElement(el) || el.localName === 'pre') yield 'gap';
      node = nextOutside(walker);
    } else if (el.localName === 'br') {
      yield 'br';
      node = nextOutside(walker);
    } else if (el.localName === 'slot' || openShadowRoot(el)) {
      yield* special(el, options); // walked separately, in place
      node = nextOutside(walker);
    } else {
      node = walker.nextNode();
    }
  }
}

/** The node after the walker's current node and its whole subtree (null past the root's end). */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

function* special(el: Element, options: FlatWalkOptions): Generator<Piece, void, undefined> {
  const shadow = el.localName === 'slot' ? null : openShadowRoot(el);
  if (shadow) {
    options.onShadowRoot?.(shadow);
    yield* flatPieces(shadow, options);
    return;
  }
  const slot = el as HTMLSlotElement;
  const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
  if (!assigned.length) {
    yield* flatPieces(el, options);
    return;
  }
  for (const node of assigned) {
    if (node.nodeType === 3) yield node as Text;
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (isSkippedElement(child) || (options.shallow && isBlockElement(child))) yield 'gap';
      else if (child.localName === 'br') yield 'br';
      else if (openShadowRoot(child)) yield* special(child, options);
      else yield* flatPieces(child, options);
    }
  }
}
