/**
 * Everything the reader touches: hover and click open a mention's card, Alt+Shift+N / Alt+Shift+P
 * (and the browser command) step through mentions, the popup reveals one. The shadow host is
 * created on first use only.
 */
import type { Matcher } from '../core/engine.ts';
import type { Comparison, Mention } from '../core/types.ts';
import type { CardController } from './card/card-controller.tsx';
import type { CardHost } from './card/card-host.ts';
import type { ComparisonCache } from './card/card-model.ts';
import type { CardParts } from './engine-parts.ts';
import type { Highlighter } from './highlight/highlighter.ts';
import { HoverIntent } from './hover-intent.ts';
import { isTypingTarget, stepDirection, stepIndex } from './keyboard.ts';
import { watchPointer } from './pointer-input.ts';
import type { FoundMention } from './scan/run-scanner.ts';
import { scrollRangeIntoView } from './scroll-to-range.ts';

export interface MentionUiDeps {
  doc: Document;
  mentions(): readonly FoundMention[];
  matcher(): Matcher | undefined;
  /** The card's code: loaded with the engine (engine-parts.ts), so present whenever there are mentions. */
  cardParts(): CardParts | undefined;
  outletId(): string | undefined;
  highlighter(): Highlighter | undefined;
  alive(): boolean;
}

export class MentionUi {
  private host?: CardHost;
  private card?: CardController;
  private cache?: ComparisonCache;
  private stopPointer?: () => void;
  private pointer?: { x: number; y: number };
  private lastIndex?: number;
  private lastStep = { at: 0, source: '' };
  private readonly hover: HoverIntent<FoundMention>;

  constructor(private readonly deps: MentionUiDeps) {
    this.hover = new HoverIntent<FoundMention>({
      open: (item) => this.open(item, { focus: false, pinned: false, pointer: this.pointer }),
      close: () => this.card?.close(),
      current: () => {
        const key = this.card?.openKey;
        const item = key === undefined ? undefined : this.deps.mentions().find((m) => m.id === key);
        return item ? { item, pinned: !!this.card?.pinned } : undefined;
      },
    });
  }

  /** The comparison for a mention (cached until the packs change). */
  comparison(mention: Mention): Comparison | undefined {
    const matcher = this.deps.matcher();
    const parts = this.deps.cardParts();
    if (!matcher || !parts) return undefined;
    this.cache ??= new parts.ComparisonCache(matcher, this.deps.outletId());
    return this.cache.get(mention);
  }

  /** New packs: comparisons must be recomputed. */
  reset(): void {
    this.cache = undefined;
    this.card?.close();
  }

  /** The shown mentions changed: follow with pointer listeners and the open card. */
  mentionsChanged(): void {
    const list = this.deps.mentions();
    if (list.length && !this.stopPointer) {
      this.stopPointer = watchPointer(this.deps.doc, {
        items: () => this.deps.mentions(),
        onCard: (e) => !!this.card?.contains(e),
        hover: this.hover,
        openNow: (item, pointer) => this.open(item, { focus: false, pinned: true, pointer }),
        clickedElsewhere: () => this.card?.close(),
        alive: () => this.deps.alive(),
        moved: (p) => {
          this.pointer = p;
        },
      });
    } else if (!list.length && this.stopPointer) {
      this.stopPointer();
      this.stopPointer = undefined;
    }
    const key = this.card?.openKey;
    if (key !== undefined && !list.some((m) => m.id === key)) this.card?.close();
  }

  /** Page-level shortcuts (the browser command may not reach us, e.g. when unassigned). */
  listenToKeys(): () => void {
    const doc = this.deps.doc;
    const onKey = (e: KeyboardEvent) => {
      if (!this.deps.alive()) return;
      try {
        const direction = stepDirection(e);
        if (direction && !isTypingTarget(e) && this.deps.mentions().length) {
          e.preventDefault();
          e.stopPropagation();
          this.step(direction, 'page');
        } else if (e.key === 'Escape' && this.card?.openKey !== undefined) {
          this.card.close({ restoreFocus: true });
        }
      } catch (err) {
        console.debug('[second-source] key handling failed', err);
      }
    };
    doc.addEventListener('keydown', onKey, true);
    return () => doc.removeEventListener('keydown', onKey, true);
  }

  step(direction: 1 | -1, source: 'page' | 'command'): void {
    // One key press can arrive twice: as the browser command and as a page keydown.
    const now = performance.now();
    if (now - this.lastStep.at < 150 && this.lastStep.source !== source) return;
    this.lastStep = { at: now, source };
    const list = this.deps.mentions();
    if (!list.length) return;
    const openKey = this.card?.openKey;
    const current = openKey !== undefined ? list.findIndex((m) => m.id === openKey) : this.lastIndex;
    this.reveal(stepIndex(current, list.length, direction));
  }

  /** Scrolls to mention `index`, opens its card with focus inside and announces it. */
  reveal(index: number): boolean {
    const list = this.deps.mentions();
    const item = list[index];
    if (!item) return false;
    this.hover.cancel();
    scrollRangeIntoView(item.range, this.deps.doc.defaultView ?? window);
    if (!this.open(item, { focus: true, pinned: true })) return false;
    const title = this.comparison(item.mention)?.fact.title ?? item.mention.fact;
    this.host?.announce(`Mention ${index + 1} of ${list.length}: ${title}`);
    return true;
  }

  stop(): void {
    this.hover.cancel();
    this.stopPointer?.();
    this.stopPointer = undefined;
    this.card?.destroy();
    this.card = undefined;
    this.host?.destroy();
    this.host = undefined;
    this.cache = undefined;
    this.lastIndex = undefined;
  }

  private open(item: FoundMention, how: { focus: boolean; pinned: boolean; pointer?: { x: number; y: number } }) {
    const matcher = this.deps.matcher();
    const parts = this.deps.cardParts();
    const comparison = this.comparison(item.mention);
    if (!matcher || !parts || !comparison) return false;
    const list = this.deps.mentions();
    const index = list.findIndex((m) => m.id === item.id);
    if (index < 0) return false;
    if (!this.card) {
      this.host = parts.createCardHost(this.deps.doc);
      this.card = parts.createCardController(this.host, (key) => {
        const open = key === undefined ? undefined : this.deps.mentions().find((m) => m.id === key);
        this.deps.highlighter()?.setActive(open?.range ?? null);
      });
    }
    const position = { index: index + 1, total: list.length };
    const model = parts.cardModel(item.mention, comparison, matcher, position);
    this.card.open({
      key: item.id,
      model,
      range: item.range,
      pointer: how.pointer,
      focus: how.focus,
      pinned: how.pinned,
    });
    this.lastIndex = index;
    return true;
  }
}
