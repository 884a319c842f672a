/**
 * The page's mentions: shown ones in document order (what is highlighted, counted and stepped
 * through) and hidden ones waiting to become visible.
 */
import type { FoundMention } from './run-scanner.ts';
import { isRangeVisible } from './visibility.ts';

export class MentionStore {
  private shown: FoundMention[] = [];
  private hidden: FoundMention[] = [];

  constructor(private readonly visible: (range: Range) => boolean = isRangeVisible) {}

  /** Mentions shown on the page, in document order. */
  get list(): readonly FoundMention[] {
    return this.shown;
  }

  get hiddenCount(): number {
    return this.hidden.length;
  }

  /** Replaces the mentions of `changed` blocks with `found`; drops mentions whose text left the page. */
  apply(changed: ReadonlySet<Element>, found: FoundMention[]): boolean {
    const removed = this.removeBlocks(changed);
    return this.add(found) || removed;
  }

  /** Drops the mentions of `changed` blocks (about to be scanned again) and those whose text left the page. */
  removeBlocks(changed: ReadonlySet<Element>): boolean {
    const keep = (m: FoundMention) => !changed.has(m.block) && isAlive(m);
    const before = this.shown.length;
    this.shown = this.shown.filter(keep);
    this.hidden = this.hidden.filter(keep);
    return this.shown.length !== before;
  }

  /** Adds new mentions: shown ones at their place in document order, hidden ones aside. */
  add(found: readonly FoundMention[]): boolean {
    let added = false;
    for (const m of found) {
      if (!this.visible(m.range)) {
        this.hidden.push(m);
        continue;
      }
      this.shown.splice(this.insertionIndex(m), 0, m);
      added = true;
    }
    return added;
  }

  /** Drops dead mentions and moves mentions between shown and hidden; true when the shown list changed. */
  recheck(): boolean {
    const before = this.key();
    const all = [...this.shown, ...this.hidden].filter(isAlive);
    this.shown = sortInDocumentOrder(all.filter((m) => this.visible(m.range)));
    this.hidden = all.filter((m) => !this.shown.includes(m));
    return this.key() !== before;
  }

  clear(): void {
    this.shown = [];
    this.hidden = [];
  }

  indexOf(id: number): number {
    return this.shown.findIndex((m) => m.id === id);
  }

  /** Binary search: after every shown mention that starts before (or with) `m`. */
  private insertionIndex(m: FoundMention): number {
    const order = (x: FoundMention) => compareComposed(x.range, m.range) || x.id - m.id;
    // Scans go in document order, so a new mention usually goes last: one comparison, not log n of
    // them (each can walk a long list of siblings).
    const last = this.shown[this.shown.length - 1];
    if (!last || order(last) <= 0) return this.shown.length;
    let lo = 0;
    let hi = this.shown.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(this.shown[mid]) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private key(): string {
    return this.shown.map((m) => m.id).join(',');
  }
}

export function isAlive(m: FoundMention): boolean {
  const r = m.range;
  return !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected && m.block.isConnected;
}

export function sortInDocumentOrder(list: FoundMention[]): FoundMention[] {
  return list.sort((a, b) => compareComposed(a.range, b.range) || a.id - b.id);
}

/** Order of two ranges' starts in the page as rendered, across shadow roots (hosts stand for their trees). */
export function compareComposed(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
    try {
      return a.compareBoundaryPoints(0 /* START_TO_START */, b);
    } catch {
      return 0;
    }
  }
  const chainA = hostChain(a.startContainer);
  const chainB = hostChain(b.startContainer);
  for (const x of chainA)
    for (const y of chainB) {
      if (x.getRootNode() !== y.getRootNode()) continue;
      if (x === y) return 0;
      const pos = x.compareDocumentPosition(y);
      if (pos & 16 /* y inside x */) return -1;
      if (pos & 8 /* x inside y */) return 1;
      return pos & 4 /* y follows */ ? -1 : 1;
    }
  return 0;
}

/** The node, then the host of each shadow tree it sits in, outwards. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); (root as ShadowRoot).host; root = (root as ShadowRoot).host.getRootNode())
    chain.push((root as ShadowRoot).host);
  return chain;
}
