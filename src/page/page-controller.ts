/**
 * The content script's state machine: settings → packs → matcher → scan (sliced) → mentions →
 * highlights, card, summary; mutations → rescan of changed blocks only. Every entry point is
 * guarded: nothing throws into the page, and a dead extension context tears everything down.
 */
import type { Matcher } from '../core/engine.ts';
import { inferPageDate } from '../core/page-date.ts';
import type { ClaimPack, Outlet } from '../core/schema.ts';
import type { PageSummary, ToContent } from '../messages.ts';
import { isSiteEnabled } from '../settings/sanitize.ts';
import type { Settings } from '../settings/types.ts';
import { activePacks } from './active-packs.ts';
import type { Highlighter } from './highlight/highlighter.ts';
import { removeLeftovers } from './leftovers.ts';
import { MentionUi } from './mention-ui.ts';
import { readPageDate } from './page-date.ts';
import { outletForHost } from './page-outlet.ts';
import { buildSummary } from './page-summary.ts';
import { BlockSignatures, collectChangedRuns, type ExtractRoot } from './scan/changed-runs.ts';
import { CountryWatch } from './scan/country-watch.ts';
import { type DirtyResult, mergeRoots } from './scan/dirty-roots.ts';
import { MentionStore } from './scan/mention-store.ts';
import { MutationWatcher } from './scan/mutation-watcher.ts';
import { type ScanContext, scanRuns } from './scan/run-scanner.ts';
import { Cancelled, TimeBudget, throwIfCancelled } from './scan/time-slice.ts';

export const TEARDOWN_EVENT = 'second-source:teardown';

export interface PageApi {
  alive(): boolean;
  sendSummary(summary: PageSummary): void;
  loadSettings(): Promise<Settings>;
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  onMessage(handler: (message: ToContent) => unknown): () => void;
}

export interface PageControllerDeps {
  doc: Document;
  api: PageApi;
  bundled: ClaimPack | undefined;
  createMatcher(packs: ClaimPack[]): Matcher;
  createHighlighter(mute: (change: () => void) => void): Highlighter;
  isTopFrame: boolean;
  debounceMs?: number;
  /** Is a mention's text shown? (tests replace the layout-based check) */
  isVisible?: (range: Range) => boolean;
}

export class PageController {
  private readonly doc: Document;
  /** Built on first need: frames and pages that never name both countries never pay for it. */
  private matcher?: Matcher;
  private packs: ClaimPack[] = [];
  private readonly countries: CountryWatch;
  private packsKey = '';
  private outlet?: Outlet;
  private pageDate?: string;
  private pageNamesPair = false;
  private enabled = false;
  private readonly store: MentionStore;
  private signatures = new BlockSignatures();
  private token = { cancelled: false };
  private scanning = false;
  private queued: DirtyResult[] = [];
  private readonly watcher: MutationWatcher;
  private readonly ui: MentionUi;
  private highlighter?: Highlighter;
  private style: Settings['highlightStyle'] = 'underline';
  private unsubscribe: (() => void)[] = [];
  private lastSummary = '';
  private destroyed = false;
  /** Resolves when the current scan (and the rescans queued behind it) are done; for tests and tools. */
  idle: Promise<void> = Promise.resolve();

  constructor(private readonly deps: PageControllerDeps) {
    this.doc = deps.doc;
    this.countries = new CountryWatch();
    this.store = new MentionStore(deps.isVisible);
    this.watcher = new MutationWatcher(this.doc.documentElement, {
      debounceMs: deps.debounceMs ?? 200,
      onDirty: (r) => this.guard(() => this.onDirty(r)),
    });
    this.ui = new MentionUi({
      doc: this.doc,
      mentions: () => this.store.list,
      matcher: () => this.matcher,
      outletId: () => this.outlet?.id,
      highlighter: () => this.highlighter,
      alive: () => this.checkAlive(),
    });
  }

  async start(): Promise<void> {
    const doc = this.doc;
    doc.dispatchEvent(new CustomEvent(TEARDOWN_EVENT)); // an older copy of this script (extension reloaded)
    try {
      removeLeftovers(doc);
    } catch (e) {
      console.debug('[second-source] leftovers', e);
    }
    const onTeardown = () => this.destroy();
    doc.addEventListener(TEARDOWN_EVENT, onTeardown);
    this.unsubscribe.push(() => doc.removeEventListener(TEARDOWN_EVENT, onTeardown));
    const settings = await this.deps.api.loadSettings();
    if (this.destroyed) return;
    this.unsubscribe.push(
      this.deps.api.onSettingsChanged((s) => this.guard(() => this.applySettings(s))),
      this.deps.api.onMessage((m) => (this.checkAlive() ? this.onMessage(m) : undefined)),
      this.ui.listenToKeys(),
    );
    await this.applySettings(settings);
  }

  /** Removes every trace from the page: highlights, host, observers, listeners. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.deactivate();
    for (const off of this.unsubscribe.splice(0)) off();
  }

  get mentions() {
    return this.store.list;
  }

  summary(): PageSummary {
    const host = this.doc.location?.hostname ?? '';
    return buildSummary({
      url: this.doc.location?.href ?? '',
      host,
      enabled: this.enabled,
      scanning: this.scanning,
      mentions: this.store.list.map((m) => m.mention),
      outlet: this.enabled ? this.outlet : undefined,
      compare: (m) => this.ui.comparison(m),
    });
  }

  private async applySettings(settings: Settings): Promise<void> {
    const enabled = isSiteEnabled(settings, this.doc.location?.hostname ?? '');
    if (settings.highlightStyle !== this.style) {
      this.style = settings.highlightStyle;
      this.highlighter?.setStyle(this.style);
    }
    if (!enabled) {
      if (this.enabled || !this.lastSummary) {
        this.deactivate();
        this.enabled = false;
        this.publish(true);
      }
      return;
    }
    const packs = activePacks(settings, this.deps.bundled);
    const key = JSON.stringify(settings.packs.map((p) => [p.id, p.version, p.enabled, p.importedAt ?? '']));
    if (this.enabled && key === this.packsKey) return;
    this.packsKey = key;
    this.enabled = true;
    this.packs = packs;
    this.matcher = undefined;
    this.ui.reset();
    this.outlet = outletForHost(this.doc.location?.hostname ?? '', packs);
    await this.run(() => this.fullScan());
  }

  private deactivate(): void {
    this.token.cancelled = true;
    this.watcher.stop();
    this.queued = [];
    this.ui.stop();
    this.highlighter?.clear();
    this.highlighter = undefined;
    this.store.clear();
    this.signatures = new BlockSignatures();
  }

  private readonly onShadowRoot = (root: ShadowRoot) => this.watcher.observeShadowRoot(root);

  private ensureMatcher(): Matcher {
    this.matcher ??= this.deps.createMatcher(this.packs);
    return this.matcher;
  }

  private async fullScan(): Promise<void> {
    const body = this.doc.body;
    if (!body) return;
    this.token.cancelled = true;
    const token = { cancelled: false };
    this.token = token;
    this.store.clear();
    this.signatures = new BlockSignatures();
    // No summary until this scan has an answer: a "0 mentions, done" in between would be wrong.
    this.scanning = true;
    this.refresh();
    this.pageDate = readPageDate(this.doc);
    this.watcher.stop();
    this.watcher.start();
    const budget = new TimeBudget();
    try {
      // The cheap test first: a page that never names both countries costs one pass over its text.
      this.pageNamesPair = await this.countries.resetFrom(body, budget);
      throwIfCancelled(token);
      if (!this.pageNamesPair) {
        budget.end();
        this.scanning = false;
        return this.publish(true);
      }
      this.ensureMatcher();
      this.publish();
      const { runs, changed } = await collectChangedRuns(
        [{ element: body, shallow: false }],
        this.signatures,
        budget,
        token,
        this.onShadowRoot,
      );
      this.pageDate ??= inferPageDate(headText(runs));
      this.store.removeBlocks(changed);
      await scanRuns(runs, this.context(token), budget, (found) => {
        if (token === this.token && this.store.add(found)) this.refresh();
      });
      this.refresh();
      budget.end();
    } finally {
      if (token === this.token) this.scanning = false;
    }
    this.publish(true);
  }

  private onDirty(result: DirtyResult): void {
    if (!this.enabled) return;
    this.queued.push(result);
    if (!this.scanning) void this.run(() => this.drain());
  }

  private async drain(): Promise<void> {
    while (this.queued.length && !this.scanning) {
      const batch = this.queued.splice(0);
      const roots: ExtractRoot[] = mergeRoots(batch.map((b) => b.roots));
      const recheck = batch.some((b) => b.recheck);
      if (!this.pageNamesPair) {
        // Only the new text is read; the whole page is scanned once it names both countries.
        if (this.countries.see(roots.map((r) => r.element.textContent ?? '').join('\n'))) await this.fullScan();
        continue;
      }
      const token = this.token;
      this.scanning = true;
      let changedList = false;
      try {
        const budget = new TimeBudget();
        const { runs, changed } = await collectChangedRuns(roots, this.signatures, budget, token, this.onShadowRoot);
        changedList = this.store.removeBlocks(changed);
        if (runs.length)
          await scanRuns(runs, this.context(token), budget, (found) => {
            if (token === this.token && this.store.add(found)) {
              changedList = true;
              this.refresh();
            }
          });
        if (recheck) changedList = this.store.recheck() || changedList;
        if (changedList) this.refresh();
        budget.end();
      } finally {
        this.scanning = false;
      }
      if (changedList) this.publish();
    }
  }

  private context(token: { cancelled: boolean }): ScanContext {
    return { matcher: this.ensureMatcher(), pageDate: this.pageDate, pageNamesPair: this.pageNamesPair, token };
  }

  /** After the shown mentions changed: highlights, hover listeners, open card, summary. */
  private refresh(): void {
    const list = this.store.list;
    if (list.length && !this.highlighter) {
      this.highlighter = this.deps.createHighlighter((change) => this.watcher.mute(change));
      this.highlighter.setStyle(this.style);
    }
    this.highlighter?.setRanges(list.map((m) => m.range));
    this.watcher.watchAttributes(this.store.hiddenCount > 0);
    this.ui.mentionsChanged();
    if (!this.scanning) this.publish();
  }

  private publish(force = false): void {
    const summary = this.summary();
    const key = JSON.stringify(summary);
    if (key === this.lastSummary && !force) return;
    const hadMentions = this.lastSummary.includes('"index"');
    this.lastSummary = key;
    if (this.deps.isTopFrame || summary.mentions.length || hadMentions) this.deps.api.sendSummary(summary);
  }

  private onMessage(message: ToContent): unknown {
    const answers = this.deps.isTopFrame || this.store.list.length > 0;
    switch (message.type) {
      case 'get-summary':
        return answers ? this.summary() : undefined;
      case 'reveal-mention':
        return answers && this.enabled ? this.ui.reveal(message.index) : undefined;
      case 'step-mention':
        if (!this.deps.isTopFrame || !this.enabled) return undefined;
        this.ui.step(message.direction === -1 ? -1 : 1, 'command');
        return true;
    }
  }

  private checkAlive(): boolean {
    if (this.destroyed) return false;
    if (this.deps.api.alive()) return true;
    this.destroy();
    return false;
  }

  private guard(fn: () => unknown): void {
    if (!this.checkAlive()) return;
    void this.run(fn);
  }

  /** Runs async work, swallowing cancellation and logging failures (never into the page). */
  private run(fn: () => unknown): Promise<void> {
    const done = (async () => {
      try {
        await fn();
      } catch (e) {
        if (!(e instanceof Cancelled)) console.debug('[second-source]', e);
      }
    })();
    this.idle = Promise.all([this.idle, done]).then(() => undefined);
    return done;
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
