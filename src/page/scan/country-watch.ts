/**
 * "Does this page name both China and Russia?" — remembered per country, so that on a page that
 * does not (yet), each batch of new content is tested on its own text instead of the whole page's.
 * Only the engine's public mayMatch is used: text + "Russia" passes exactly when the text names
 * China, and text + "China" when it names Russia.
 */
import type { Matcher } from '../../core/engine.ts';

export class CountryWatch {
  private china = false;
  private russia = false;

  constructor(private readonly prefilter: Pick<Matcher, 'mayMatch'>) {}

  get both(): boolean {
    return this.china && this.russia;
  }

  /** Starts over with the page's whole text; true when it names both. */
  reset(text: string): boolean {
    this.china = this.russia = false;
    if (this.prefilter.mayMatch(text)) {
      this.china = this.russia = true;
      return true;
    }
    return this.see(text);
  }

  /** Adds text that appeared on the page; true when the page now names both. */
  see(text: string): boolean {
    if (!text) return this.both;
    if (!this.china) this.china = this.prefilter.mayMatch(`${text}\nRussia`);
    if (!this.russia) this.russia = this.prefilter.mayMatch(`${text}\nChina`);
    return this.both;
  }
}
