/**
 * Which parts of a page are not reading text: code, form fields, editors, hidden or decorative
 * nodes and the extension's own host. Cheap attribute checks only (no getComputedStyle); text that
 * turns out to be invisible is dropped per mention later (see scan/visibility.ts).
 */

import { BLOCK_TAGS, NON_TEXT_TAGS } from '../../core/html-tags.ts';

/** The id (and tag) of the one element the extension adds to a page. */
export const HOST_ID = 'second-source-host';
export const HOST_TAG = 'second-source-host';

const SKIPPED_TAGS: ReadonlySet<string> = new Set([...NON_TEXT_TAGS, HOST_TAG]);

export function isBlockElement(el: Element): boolean {
  const name = el.localName;
  // Custom elements (<news-paragraph>, <ytd-comment>) are almost always laid out as blocks.
  return BLOCK_TAGS.has(name) || name.includes('-');
}

/** True when an element is an editing host (contenteditable="" | "true" | "plaintext-only"). */
export function isEditableRoot(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/** Elements whose whole subtree is not reading text. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName) || el.id === HOST_ID) return true;
  if (el.hasAttribute('hidden') || isEditableRoot(el)) return true;
  // aria-hidden on small inline things (icons, duplicated labels) means decoration. On a block it is
  // often a whole article hidden from screen readers behind a cookie dialog, so blocks are kept.
  return el.getAttribute('aria-hidden') === 'true' && !isBlockElement(el);
}

/** True when `node` sits inside something that is not reading text (checked upwards from it). */
export function isInsideSkipped(node: Node): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; ) {
    if (isSkippedElement(el)) return true;
    el = el.parentElement ?? hostOfShadowRoot(el);
  }
  return false;
}

function hostOfShadowRoot(el: Element): Element | null {
  const root = el.getRootNode();
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}
