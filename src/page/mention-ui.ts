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
import type { CardModel } from './card/card-view.tsx';
import type { CardParts } from './engine-parts.ts';
import type { Highlighter } from './highlight/highlighter.ts';
import { caretAt, caretInRange, itemAtPoint, pointInRange } from './hit-test.ts';
import { HoverIntent } from './hover-intent.ts';
import { isTypingTarget, stepDirection, stepIndex } from './keyboard.ts';
import { isLive, reanchor, sameText } from './live-anchor.ts';
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
  /** The page's date, for ordering a card's outlets by nearness in time. */
  pageDate?(): string | undefined;
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
  /** The mention whose card is open (its newest copy) and the range the card follows. */
  private openItem?: FoundMention;
  private openRange?: Range;
  /** Ranges found again for mentions whose text nodes the page re-created (null: the words are gone). */
  private readonly anchors = new WeakMap<FoundMention, { range: Range | null; at: number }>();
  /** While a card is open: re-anchors it as soon as the page re-renders its text. */
  private watchOpen?: MutationObserver;

  constructor(private readonly deps: MentionUiDeps) {
    this.hover = new HoverIntent<FoundMention>({
      open: (item) => this.open(item, { focus: false, pinned: false, pointer: this.pointer }),
      close: () => this.card?.close(),
      current: () =>
        this.openItem && this.card?.openKey !== undefined
          ? { item: this.openItem, pinned: this.card.pinned }
          : undefined,
      same: (a, b) => this.same(a, b),
      stillOver: (item) => {
        const p = this.pointer;
        if (!p) return false;
        const at = this.itemAt(p.x, p.y);
        if (at) return this.same(at, item);
        // The page may have re-rendered the words under the pointer where no listed mention's range
        // reaches them yet: the open mention's own words, found again, still under it keep its card.
        const range = this.rangeOf(item, true);
        return !!range && pointInRange(range, p.x, p.y);
      },
    });
  }

  /** The mention's range still in the page: its own, or where it was last found again; no new search. */
  private liveRange(item: FoundMention): Range | undefined {
    if (isLive(item.range)) return item.range;
    const found = this.anchors.get(item)?.range;
    return found && isLive(found) ? found : undefined;
  }

  /** The mention's text now: its own range, or the same words where the page re-rendered them. */
  rangeOf(item: FoundMention, fresh = false): Range | null {
    const live = this.liveRange(item);
    if (live) return live;
    const cached = this.anchors.get(item);
    const now = performance.now();
    if (cached && !fresh && now - cached.at < 100) return null; // looked a moment ago: gone
    const range = reanchor(item.range, item.mention.quote, item.block);
    this.anchors.set(item, { range, at: now });
    return range;
  }

  /** One mention, whichever copy: the same fact and words, at the same place in the page. */
  same(a: FoundMention, b: FoundMention): boolean {
    if (a === b) return true;
    if (a.mention.fact !== b.mention.fact || a.mention.pack !== b.mention.pack || a.mention.quote !== b.mention.quote)
      return false;
    const ra = this.rangeOf(a);
    const rb = ra && this.rangeOf(b);
    return !!ra && !!rb && sameText(ra, rb);
  }

  /** The mention under (x, y): live ranges first, then mentions whose paragraph was re-rendered there. */
  itemAt(x: number, y: number): FoundMention | null {
    const list = this.deps.mentions();
    if (!list.length) return null;
    const doc = this.deps.doc;
    const live: { item: FoundMention; range: Range }[] = [];
    const dead: FoundMention[] = [];
    for (const item of list) {
      const range = this.liveRange(item);
      if (range) live.push({ item, range });
      else dead.push(item);
    }
    const hit = itemAtPoint(live, doc, x, y);
    if (hit || !dead.length) return hit?.item ?? null;
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    for (const item of dead) {
      const near = item.range.startContainer;
      if (!(near.isConnected && near.contains(caret.node)) && !item.block.contains(caret.node)) continue;
      const range = this.rangeOf(item);
      if (range && caretInRange(range, caret) && pointInRange(range, x, y)) return item;
    }
    return null;
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
        itemAt: (x, y) => this.itemAt(x, y),
        onCard: (e) => !!this.card?.contains(e),
        hover: this.hover,
        openNow: (item, pointer) => this.open(item, { focus: false, pinned: true, pointer }),
        clickedElsewhere: () => this.card?.close(),
        alive: () => this.deps.alive(),
        moved: (p) => {
          this.pointer = p;
        },
        left: () => {
          this.pointer = undefined;
        },
      });
    } else if (!list.length && this.stopPointer) {
      this.stopPointer();
      this.stopPointer = undefined;
    }
    const open = this.openItem;
    if (open && this.card?.openKey !== undefined && !list.includes(open)) {
      // A rescan re-created the open mention (its paragraph changed around it): follow the new copy.
      this.rangeOf(open, true); // where its words are now (not a miss remembered from a moment ago)
      const next = list.find((m) => this.same(m, open));
      const range = next && this.rangeOf(next, true);
      const model = next && range ? this.model(next) : undefined;
      if (next && range && model) {
        this.openItem = next;
        this.openRange = range;
        this.card.follow({ key: next.id, range, model });
      } else {
        this.card.close();
      }
    }
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
    const open = this.card?.openKey !== undefined ? this.openItem : undefined;
    const current = open ? list.indexOf(open) : this.lastIndex;
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
    this.following(undefined);
    this.host?.destroy();
    this.host = undefined;
    this.cache = undefined;
    this.lastIndex = undefined;
  }

  private open(item: FoundMention, how: { focus: boolean; pinned: boolean; pointer?: { x: number; y: number } }) {
    const list = this.deps.mentions();
    // The item may be a copy a rescan has since replaced: open the one on the page now.
    const target = list.includes(item) ? item : list.find((m) => this.same(m, item));
    const range = target && this.rangeOf(target, true);
    const parts = this.deps.cardParts();
    const model = target && range ? this.model(target) : undefined;
    if (!target || !range || !parts || !model) return false;
    if (!this.card) {
      this.host = parts.createCardHost(this.deps.doc);
      this.card = parts.createCardController(this.host, (key) => {
        if (key === undefined) this.following(undefined);
        this.deps.highlighter()?.setActive(key === undefined ? null : (this.openRange ?? null));
      });
    }
    const previous = this.card.openKey !== undefined ? this.openItem : undefined;
    this.openItem = target;
    this.openRange = range;
    // The same mention in a new copy keeps its card (pinning, scroll, open quotes).
    if (previous && previous !== target && this.same(previous, target)) this.card.follow({ key: target.id, range });
    this.card.open({
      key: target.id,
      model,
      range,
      pointer: how.pointer,
      focus: how.focus,
      pinned: how.pinned,
    });
    this.following(target);
    this.lastIndex = list.indexOf(target);
    return true;
  }

  private model(item: FoundMention): CardModel | undefined {
    const matcher = this.deps.matcher();
    const parts = this.deps.cardParts();
    const comparison = this.comparison(item.mention);
    const list = this.deps.mentions();
    const index = list.indexOf(item);
    if (!matcher || !parts || !comparison || index < 0) return undefined;
    return parts.cardModel(
      item.mention,
      comparison,
      matcher,
      { index: index + 1, total: list.length },
      this.deps.pageDate?.(),
    );
  }

  /** Watches the page while a card is open, to move the card to its mention's re-rendered text at once. */
  private following(item: FoundMention | undefined): void {
    if (!item) {
      this.watchOpen?.disconnect();
      this.watchOpen = undefined;
      this.openItem = undefined;
      this.openRange = undefined;
      return;
    }
    if (this.watchOpen) return;
    const win = this.deps.doc.defaultView ?? window;
    this.watchOpen = new win.MutationObserver(() => {
      try {
        const open = this.openItem;
        if (!open || !this.card || this.card.openKey === undefined) return;
        if (this.openRange && isLive(this.openRange)) return;
        const range = this.rangeOf(open, true);
        if (!range) return; // the words are gone: the next scan closes the card
        this.openRange = range;
        this.card.follow({ key: open.id, range });
      } catch (err) {
        console.debug('[second-source] re-anchoring failed', err);
      }
    });
    this.watchOpen.observe(this.deps.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }
}
