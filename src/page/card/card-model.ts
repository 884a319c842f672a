/** Builds what the card shows for one mention: its comparison (cached per mention) and related facts. */
import { compareMention } from '../../core/compare.ts';
import type { Matcher } from '../../core/engine.ts';
import type { Comparison, Mention } from '../../core/types.ts';
import type { CardModel } from './card-view.tsx';

export class ComparisonCache {
  private readonly cache = new WeakMap<Mention, Comparison | null>();

  constructor(
    private readonly matcher: Matcher,
    /** The page's own outlet: its report is marked and left out of the agree/differ counts. */
    private readonly pageOutletId?: string,
  ) {}

  get(mention: Mention): Comparison | undefined {
    let c = this.cache.get(mention);
    if (c === undefined) {
      const entry = this.matcher.fact(mention.fact);
      try {
        c = entry ? compareMention(mention, entry.fact, entry.pack, { outlet: this.pageOutletId }) : null;
      } catch (e) {
        console.debug('[second-source] comparison failed', e);
        c = null;
      }
      this.cache.set(mention, c);
    }
    return c ?? undefined;
  }
}

export function cardModel(
  mention: Mention,
  comparison: Comparison,
  matcher: Matcher,
  position: { index: number; total: number },
  pageDate?: string,
): CardModel {
  const related = (comparison.fact.related ?? []).flatMap((r) => {
    const other = matcher.fact(r.fact);
    return other ? [{ id: r.fact, title: other.fact.title, why: r.why }] : [];
  });
  return { comparison, mention, position, related, pageDate };
}
