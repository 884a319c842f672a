/**
 * "Does this page name both China and Russia?" — the cheap test before anything else, remembered per
 * country so that on a page that does not (yet), each batch of new content is tested on its own text.
 *
 * The page is read Text node by Text node with a plain TreeWalker (body.textContent copies every
 * script and style too and cost 20x more on a 1 MB page) and each node gets one case-sensitive
 * regex test for the names as written (core/entities.ts mayNameChinaOrRussia). Only the nodes that
 * pass — a handful on most pages — are checked for where they sit and read by the engine's own
 * tests (namesChina, namesRussia). Between slices the page gets the main thread back.
 */
import { mayNameChinaOrRussia, namesChina, namesRussia } from '../../core/entities.ts';
import type { TimeBudget } from './time-slice.ts';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Nodes between two looks at the clock. */
const CHECK_EVERY = 256;

export class CountryWatch {
  private china = false;
  private russia = false;

  get both(): boolean {
    return this.china && this.russia;
  }

  /** Starts over with the text under `root`; true when it names both. */
  async resetFrom(root: Node, budget?: TimeBudget): Promise<boolean> {
    this.china = this.russia = false;
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
    let count = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = (n as Text).data;
      if (mayNameChinaOrRussia(data) && !NOT_TEXT.has(n.parentNode?.nodeName ?? '') && this.see(data)) return true;
      if (++count % CHECK_EVERY === 0 && budget?.spent) await budget.check();
    }
    return false;
  }

  /** Adds text that appeared on the page; true when the page now names both. */
  see(text: string): boolean {
    if (!text) return this.both;
    if (!this.china) this.china = namesChina(text);
    if (!this.russia) this.russia = namesRussia(text);
    return this.both;
  }
}
