/**
 * "Does this page name both China and Russia?" — the cheap test before anything else, remembered per
 * country so that on a page that does not (yet), each batch of new content is tested on its own text.
 *
 * The page is read Text node by Text node with a plain TreeWalker (body.textContent copies every
 * script and style too and cost 20x more on a 1 MB page) and each node gets one case-sensitive
 * regex test for Russia's names as written (core/entities.ts mayNameRussia): few pages name Russia,
 * and its names are rarer letter sequences than China's "Xi". Only the nodes that pass are checked
 * for where they sit and read by the engine's own test. A page that names Russia gets a second pass
 * for China. Between slices the page gets the main thread back.
 */
import { mayNameChina, mayNameRussia, namesChina, namesRussia } from '../../core/entities.ts';
import type { TimeBudget } from './time-slice.ts';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Nodes between two looks at the clock. */
const CHECK_EVERY = 256;

export class CountryWatch {
  private china = false;
  private russia = false;
  /** The whole page was read for China (it is, once Russia is named; most pages never are). */
  private chinaRead = false;

  /** Starts over with the text under `root`; true when it names both. */
  async resetFrom(root: Node, budget?: TimeBudget): Promise<boolean> {
    this.china = this.russia = this.chinaRead = false;
    this.russia = await namedIn(root, mayNameRussia, namesRussia, budget);
    if (!this.russia) return false;
    this.china = await namedIn(root, mayNameChina, namesChina, budget);
    this.chinaRead = true;
    return this.china;
  }

  /**
   * Adds text that appeared on the page; true when the page now names both — or may: when Russia
   * first appears, the older text was never read for China, and a full reading (resetFrom) decides.
   */
  see(text: string): boolean {
    if (!text) return false;
    if (!this.china) this.china = namesChina(text);
    if (!this.russia) this.russia = namesRussia(text);
    return (this.china && this.russia) || (this.russia && !this.chinaRead);
  }
}

/** One pass over the text nodes under `root`: does one of them pass `hint` and then `names`? */
async function namedIn(
  root: Node,
  hint: (text: string) => boolean,
  names: (text: string) => boolean,
  budget?: TimeBudget,
): Promise<boolean> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let count = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (hint(data) && !NOT_TEXT.has(n.parentNode?.nodeName ?? '') && names(data)) return true;
    if (++count % CHECK_EVERY === 0 && budget?.spent) await budget.check();
  }
  return false;
}
