/**
 * "Does this page name both China and Russia?" — the cheap test before anything else, remembered per
 * country so that on a page that does not (yet), each batch of new content is tested on its own text.
 *
 * The page is read Text node by Text node (a TreeWalker pass costs a fraction of body.textContent on
 * a 1 MB page, which also copies every script and style) and tested in pieces of ~32k characters,
 * each ending after whitespace so no name is cut in two; between pieces the page gets the main
 * thread back when the time slice is used up.
 * The tests are the engine's own (core/entities.ts, what Matcher.mayMatch combines), one pass per
 * country per piece, none once that country was found.
 */
import { namesChina, namesRussia } from '../../core/entities.ts';
import type { TimeBudget } from './time-slice.ts';

const PIECE = 32_768;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

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
    let parts: string[] = [];
    let size = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (NOT_TEXT.has(n.parentNode?.nodeName ?? '')) continue;
      const data = (n as Text).data;
      parts.push(data);
      size += data.length;
      if (size >= PIECE && /\s$/.test(data)) {
        if (this.see(parts.join(' '))) return true;
        parts = [];
        size = 0;
        await budget?.check();
      }
    }
    return this.see(parts.join(' '));
  }

  /** Adds text that appeared on the page; true when the page now names both. */
  see(text: string): boolean {
    if (!text) return this.both;
    if (!this.china) this.china = namesChina(text);
    if (!this.russia) this.russia = namesRussia(text);
    return this.both;
  }
}
