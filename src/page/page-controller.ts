/**
 * The content script's lifecycle: settings → scan (page-scan.ts) → highlights, card, summary.
 * Every entry point is guarded: nothing throws into the page, and a dead extension context tears
 * everything down.
 */
import type { Matcher } from '../core/engine.ts';
import type { ClaimPack } from '../core/schema.ts';
import type { PageSummary, ToContent } from '../messages.ts';
import { isSiteEnabled } from '../settings/sanitize.ts';
import type { Settings } from '../settings/types.ts';
import type { EngineParts } from './engine-parts.ts';
import type { Highlighter } from './highlight/highlighter.ts';
import { removeLeftovers } from './leftovers.ts';
import { MentionUi } from './mention-ui.ts';
import { PageScan } from './page-scan.ts';
import { buildSummary } from './page-summary.ts';
import { Cancelled } from './scan/time-slice.ts';

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
  createHighlighter(mute: (change: () => void) => void): Highlighter;
  isTopFrame: boolean;
  /** Where the engine comes from (default: its own chunk, imported on first need; see engine-parts.ts). */
  loadEngine?: () => Promise<EngineParts>;
  /** Replace parts of the engine chunk (tests, the bench). */
  bundled?: ClaimPack;
  createMatcher?: (packs: readonly ClaimPack[]) => Matcher;
  debounceMs?: number;
  /** Is a mention's text shown? (tests replace the style-based check) */
  isVisible?: (range: Range) => boolean;
}

export class PageController {
  private readonly doc: Document;
  private readonly scan: PageScan;
  private readonly ui: MentionUi;
  private highlighter?: Highlighter;
  private style: Settings['highlightStyle'] = 'underline';
  private enabled = false;
  private packsKey = '';
  private unsubscribe: (() => void)[] = [];
  private lastSummary = '';
  private destroyed = false;
  /** Resolves when the work started so far is done; for tests and tools. */
  idle: Promise<void> = Promise.resolve();

  constructor(private readonly deps: PageControllerDeps) {
    this.doc = deps.doc;
    this.scan = new PageScan({
      doc: this.doc,
      loadEngine: () => this.loadEngine(),
      changed: () => this.refresh(),
      run: (work) => this.guard(work),
      debounceMs: deps.debounceMs,
      isVisible: deps.isVisible,
    });
    this.ui = new MentionUi({
      doc: this.doc,
      mentions: () => this.scan.mentions,
      matcher: () => this.scan.matcher,
      cardParts: () => this.scan.engine?.card,
      outletId: () => this.scan.outlet?.id,
      pageDate: () => this.scan.date,
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
    await this.run(() => this.applySettings(settings));
  }

  /** Removes every trace from the page: highlights, host, observers, listeners. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.deactivate();
    for (const off of this.unsubscribe.splice(0)) off();
  }

  get mentions() {
    return this.scan.mentions;
  }

  summary(): PageSummary {
    return buildSummary({
      url: this.doc.location?.href ?? '',
      host: this.doc.location?.hostname ?? '',
      enabled: this.enabled,
      scanning: this.scan.scanning,
      mentions: this.scan.mentions.map((m) => m.mention),
      outlet: this.enabled ? this.scan.outlet : undefined,
      compare: (m) => this.ui.comparison(m),
    });
  }

  private async loadEngine(): Promise<EngineParts> {
    const parts = this.deps.loadEngine ? await this.deps.loadEngine() : (await import('./engine-parts.ts')).engineParts;
    return {
      ...parts,
      bundled: this.deps.bundled ?? parts.bundled,
      createMatcher: this.deps.createMatcher ?? parts.createMatcher,
    };
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
    const key = JSON.stringify(settings.packs.map((p) => [p.id, p.version, p.enabled, p.importedAt ?? '']));
    if (this.enabled && key === this.packsKey) return;
    this.packsKey = key;
    this.enabled = true;
    this.ui.reset();
    await this.scan.restart(settings);
  }

  private deactivate(): void {
    this.scan.stop();
    this.ui.stop();
    this.highlighter?.clear();
    this.highlighter = undefined;
  }

  /** After the shown mentions (or the scan's state) changed: highlights, hover listeners, card, summary. */
  private refresh(): void {
    const list = this.scan.mentions;
    if (list.length && !this.highlighter) {
      this.highlighter = this.deps.createHighlighter((change) => this.scan.watcher.mute(change));
      this.highlighter.setStyle(this.style);
    }
    this.highlighter?.setRanges(list.map((m) => m.range));
    this.scan.watcher.watchAttributes(this.scan.store.hiddenCount > 0);
    this.ui.mentionsChanged();
    this.publish();
  }

  /** Sends the summary when it changed; while the engine reads the page, only its first "scanning". */
  private publish(force = false): void {
    if (!force && this.scan.busy && !this.scan.scanning) return;
    if (!force && this.scan.scanning && this.lastSummary.includes('"scanning":true')) return;
    const summary = this.summary();
    const key = JSON.stringify(summary);
    if (key === this.lastSummary && !force) return;
    const hadMentions = this.lastSummary.includes('"index"');
    this.lastSummary = key;
    if (this.deps.isTopFrame || summary.mentions.length || hadMentions) this.deps.api.sendSummary(summary);
  }

  private onMessage(message: ToContent): unknown {
    const answers = this.deps.isTopFrame || this.scan.mentions.length > 0;
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

  private guard(work: () => unknown): void {
    if (!this.checkAlive()) return;
    void this.run(work);
  }

  /** Runs async work, swallowing cancellation and logging failures (never into the page). */
  private run(work: () => unknown): Promise<void> {
    const done = (async () => {
      try {
        await work();
      } catch (e) {
        if (!(e instanceof Cancelled)) console.debug('[second-source]', e);
      }
    })();
    this.idle = Promise.all([this.idle, done]).then(() => undefined);
    return done;
  }
}
