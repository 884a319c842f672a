/**
 * "Does this page name both parties of some pack's pair?" — the cheap test before anything else,
 * remembered per party so that on a page that does not (yet), each batch of new content is tested on
 * its own text.
 *
 * The page is read Text node by Text node with a plain TreeWalker (body.textContent copies every
 * script and style too and cost 20x more on a 1 MB page) and each node gets one case-sensitive
 * regex test for the second party's names as written (core/entities.ts mayName). Only the nodes that
 * pass are checked for where they sit and read by the exact test. A page that names the second party
 * gets a second pass for the first. Between slices the page gets the main thread back.
 */

import type { PairGate } from './pair-names.ts';
import type { TimeBudget } from './time-slice.ts';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Nodes between two looks at the clock. */
const CHECK_EVERY = 256;

interface PairState {
  gate: PairGate;
  first: boolean;
  second: boolean;
  /** The whole page was read for the first party (it is, once the second is named). */
  firstRead: boolean;
}

export class CountryWatch {
  private pairs: PairState[] = [];

  constructor(gates: readonly PairGate[] = []) {
    this.use(gates);
  }

  /** The pairs to watch (the active packs changed): everything read so far is forgotten. */
  use(gates: readonly PairGate[]): void {
    this.pairs = gates.map((gate) => ({ gate, first: false, second: false, firstRead: false }));
  }

  /** Starts over with the text under `root`; true when it names both parties of some pair. */
  async resetFrom(root: Node, budget?: TimeBudget): Promise<boolean> {
    let any = false;
    for (const p of this.pairs) {
      p.first = p.second = p.firstRead = false;
      p.second = await namedIn(root, p.gate.second, budget);
      if (!p.second) continue;
      p.first = await namedIn(root, p.gate.first, budget);
      p.firstRead = true;
      any ||= p.first;
    }
    return any;
  }

  /**
   * Adds text that appeared on the page; true when the page now names both of a pair — or may: when
   * the second party first appears, the older text was never read for the first, and a full reading
   * (resetFrom) decides.
   */
  see(text: string): boolean {
    if (!text) return false;
    let any = false;
    for (const p of this.pairs) {
      if (!p.first) p.first = p.gate.first.names(text);
      if (!p.second) p.second = p.gate.second.names(text);
      any ||= (p.first && p.second) || (p.second && !p.firstRead);
    }
    return any;
  }
}

/** One pass over the text nodes under `root`: does one of them name the party? */
async function namedIn(root: Node, party: PairGate['first'], budget?: TimeBudget): Promise<boolean> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let count = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (party.mayName(data) && !NOT_TEXT.has(n.parentNode?.nodeName ?? '') && party.names(data)) return true;
    if (++count % CHECK_EVERY === 0 && budget?.spent) await budget.check();
  }
  return false;
}
