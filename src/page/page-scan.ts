/**
 * The page's mentions over time: the first full scan (country check → engine → mentions, in time
 * slices, marks shown chunk by chunk) and rescans of what changed afterwards. Owns the mention
 * store, block signatures and the mutation watcher; tells its owner when the shown list changed.
 */
import type { Matcher } from '../core/engine.ts';
import { inferPageDate, wordsOfUrl } from '../core/page-date.ts';
import type { ClaimPack, Outlet } from '../core/schema.ts';
import type { Settings } from '../settings/types.ts';
import type { EngineParts } from './engine-parts.ts';
import { readPageDate } from './page-date.ts';
import { outletForHost } from './page-outlet.ts';
import { BlockSignatures, collectChangedRuns } from './scan/changed-runs.ts';
import { CountryWatch } from './scan/country-watch.ts';
import { type DirtyResult, mergeRoots } from './scan/dirty-roots.ts';
import { prepareMatcher } from './scan/engine-prep.ts';
import { MentionStore } from './scan/mention-store.ts';
import { MutationWatcher } from './scan/mutation-watcher.ts';
import { pairGates } from './scan/pair-names.ts';
import { type FoundMention, type ScanContext, scanRuns } from './scan/run-scanner.ts';
import { type CancelToken, TimeBudget, throwIfCancelled } from './scan/time-slice.ts';

export interface PageScanHooks {
  doc: Document;
  /** The engine chunk, loaded on first need. */
  loadEngine(): Promise<EngineParts>;
  /** The shown mentions changed (highlights, card, hover listeners follow). */
  changed(): void;
  /** Runs async work safely (the controller's guard). */
  run(work: () => Promise<void>): void;
  debounceMs?: number;
  isVisible?: (range: Range) => boolean;
}

export class PageScan {
  readonly store: MentionStore;
  readonly watcher: MutationWatcher;
  engine?: EngineParts;
  matcher?: Matcher;
  outlet?: Outlet;
  /** The engine is reading the page (the summary says "scanning"). */
  scanning = false;
  /** Any scan work is under way, the country check included (summaries wait for its answer). */
  busy = false;
  private settings?: Settings;
  private signatures = new BlockSignatures();
  private readonly countries = new CountryWatch();
  private token: CancelToken & { cancelled: boolean } = { cancelled: false };
  private queued: DirtyResult[] = [];
  private pageDate?: string;
  /** The page's date as the last scan read it (undefined when the page gives none). */
  get date(): string | undefined {
    return this.pageDate;
  }
  private pageNamesPair = false;

  constructor(private readonly hooks: PageScanHooks) {
    this.store = new MentionStore(hooks.isVisible);
    this.watcher = new MutationWatcher(hooks.doc.documentElement, {
      debounceMs: hooks.debounceMs ?? 200,
      onDirty: (r) => this.onDirty(r),
    });
  }

  get mentions(): readonly FoundMention[] {
    return this.store.list;
  }

  /** Starts over with these settings (packs may have changed): a full scan. */
  async restart(settings: Settings): Promise<void> {
    this.settings = settings;
    this.countries.use(pairGates(settings));
    this.matcher = undefined;
    this.outlet = undefined;
    await this.fullScan();
  }

  stop(): void {
    this.token.cancelled = true;
    this.watcher.stop();
    this.queued = [];
    this.store.clear();
    this.signatures = new BlockSignatures();
    this.scanning = false;
    this.busy = false;
  }

  private async fullScan(): Promise<void> {
    const body = this.hooks.doc.body;
    if (!body) return;
    this.token.cancelled = true;
    const token = { cancelled: false };
    this.token = token;
    this.store.clear();
    this.signatures = new BlockSignatures();
    this.busy = true; // no "0 mentions, done" summary before this scan has an answer
    this.hooks.changed();
    this.pageDate = undefined;
    this.watcher.stop();
    this.watcher.start();
    const budget = new TimeBudget();
    try {
      // The cheap test first: a page that never names both countries costs one pass over its text.
      this.pageNamesPair = await this.countries.resetFrom(body, budget);
      throwIfCancelled(token);
      if (!this.pageNamesPair) return budget.end();
      this.pageDate = readPageDate(this.hooks.doc); // up to nine selector queries: only on pages that need it
      const matcher = await this.ensureMatcher({ budget, token });
      await budget.check();
      throwIfCancelled(token);
      this.scanning = true;
      this.hooks.changed(); // "scanning", with the page's outlet
      const root = [{ element: body, shallow: false }];
      const { runs, changed } = await collectChangedRuns(root, this.signatures, budget, token, this.onShadowRoot);
      this.pageDate ??= inferPageDate(headText(runs));
      this.store.removeBlocks(changed);
      await scanRuns(runs, this.context(matcher, token), budget, (found) => {
        if (token === this.token && this.store.add(found)) this.hooks.changed();
      });
      budget.end();
    } finally {
      if (token === this.token) {
        this.scanning = this.busy = false;
        this.hooks.changed();
        // Content that arrived while the page was being read.
        if (this.queued.length) this.hooks.run(() => this.drain());
      }
    }
  }

  /**
   * The engine chunk (loaded on first need, outside the slice) and the packs' matcher. In a full scan
   * the matcher is built fact by fact across slices (scan/engine-prep.ts).
   */
  private async ensureMatcher(sliced?: { budget: TimeBudget; token: CancelToken }): Promise<Matcher> {
    if (!this.engine) {
      const loading = this.hooks.loadEngine();
      this.engine = await (sliced ? sliced.budget.outside(loading) : loading);
    }
    if (!this.matcher) {
      const engine = this.engine;
      const packs: ClaimPack[] = this.settings
        ? await engine.activePacks(this.settings, engine.bundled, sliced?.budget)
        : [];
      if (sliced) throwIfCancelled(sliced.token);
      this.outlet = outletForHost(this.hooks.doc.location?.hostname ?? '', packs);
      const matcher = sliced
        ? await prepareMatcher(engine.createMatcher, packs, sliced.budget, sliced.token)
        : engine.createMatcher(packs);
      this.matcher = matcher;
    }
    return this.matcher;
  }

  private readonly onShadowRoot = (root: ShadowRoot) => this.watcher.observeShadowRoot(root);

  private onDirty(result: DirtyResult): void {
    this.queued.push(result);
    if (!this.busy) this.hooks.run(() => this.drain());
  }

  private async drain(): Promise<void> {
    while (this.queued.length && !this.busy) {
      const batch = this.queued.splice(0);
      const roots = mergeRoots(batch.map((b) => b.roots));
      if (!this.pageNamesPair) {
        // Only the new text is read; the whole page is scanned once it names both countries.
        if (this.countries.see(roots.map((r) => r.element.textContent ?? '').join('\n'))) await this.fullScan();
        continue;
      }
      const token = this.token;
      this.busy = true;
      let shownChanged = false;
      try {
        const matcher = await this.ensureMatcher();
        const budget = new TimeBudget();
        const { runs, changed } = await collectChangedRuns(roots, this.signatures, budget, token, this.onShadowRoot);
        // The changed blocks' mentions are replaced in one step once their new text is scanned: the
        // shown list never lacks a mention the page still holds while the scan yields.
        const found = await scanRuns(runs, this.context(matcher, token), budget);
        if (token === this.token) shownChanged = this.store.apply(changed, found);
        if (batch.some((b) => b.recheck)) shownChanged = this.store.recheck() || shownChanged;
        budget.end();
      } finally {
        this.busy = false;
      }
      if (shownChanged && token === this.token) this.hooks.changed();
    }
  }

  private context(matcher: Matcher, token: CancelToken): ScanContext {
    const doc = this.hooks.doc;
    const pageTitle = `${doc.title ?? ''}\n${wordsOfUrl(doc.location?.href)}`.trim();
    return { matcher, pageDate: this.pageDate, pageNamesPair: this.pageNamesPair, pageTitle, token };
  }
}

function headText(runs: readonly { text: string }[], limit = 20_000): string {
  let text = '';
  for (const r of runs) {
    if (text.length > limit) break;
    text += `${r.text}\n`;
  }
  return text;
}
