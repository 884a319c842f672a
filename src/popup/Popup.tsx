/** The toolbar popup: what Second Source found on this tab, and the on/off switch for its site. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageSummary } from '../messages.ts';
import { isSiteEnabled } from '../settings/sanitize.ts';
import { loadSettings, setSiteEnabled } from '../settings/store.ts';
import { t, tSlots } from '../ui/i18n.ts';
import { GearIcon } from '../ui/icons.tsx';
import { Logo } from '../ui/Logo.tsx';
import { Switch } from '../ui/Switch.tsx';
import { FactList } from './FactList.tsx';
import { EmptyState, OffState, SkeletonRows, UnreachableState } from './states.tsx';
import { fetchSummary, resolveTabId, revealMention, type SummaryState, tabIdFromUrl } from './summary.ts';

/** While the page is still being scanned (or the content script is starting), ask again this often. */
const POLL_MS = 600;
const POLL_FOR_MS = 15_000;

export function Popup() {
  const [tabId, setTabId] = useState<number | undefined>();
  const [state, setState] = useState<SummaryState>({ status: 'loading' });
  const [siteOn, setSiteOn] = useState<boolean | undefined>();
  const [status, setStatus] = useState('');
  const startedAt = useRef(Date.now());

  const refresh = useCallback(async (id: number) => {
    const next = await fetchSummary(id);
    setState((prev) =>
      // Keep showing a summary we have if the page is briefly unreachable (e.g. mid-reload).
      next.status === 'loading' && prev.status === 'ready' ? prev : next,
    );
    if (next.status === 'ready') {
      const settings = await loadSettings();
      setSiteOn(isSiteEnabled(settings, next.summary.host));
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    resolveTabId()
      .then((id) => {
        if (cancelled) return;
        if (id === undefined) setState({ status: 'unreachable' });
        else {
          setTabId(id);
          return refresh(id);
        }
      })
      .catch(() => setState({ status: 'unreachable' }));
    return () => {
      cancelled = true;
    };
  }, [refresh]);

  // The background keeps per-tab summaries in storage.session, settings live in storage.local:
  // either changing means the popup's view may be stale.
  useEffect(() => {
    if (tabId === undefined) return;
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'session' || area === 'local') void refresh(tabId);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId, refresh]);

  const waiting =
    state.status !== 'ready' || state.summary.scanning === true || (siteOn === true && !state.summary.enabled);
  // Re-armed after every answer (`state`), so it polls until the scan is done or time runs out.
  // biome-ignore lint/correctness/useExhaustiveDependencies: state is the re-arm trigger
  useEffect(() => {
    if (tabId === undefined || !waiting || Date.now() - startedAt.current > POLL_FOR_MS) return;
    const t = setTimeout(() => void refresh(tabId), POLL_MS);
    return () => clearTimeout(t);
  }, [tabId, waiting, state, refresh]);

  const summary = state.status === 'ready' ? state.summary : undefined;

  const onReveal = async (index: number) => {
    if (tabId === undefined) return;
    try {
      await revealMention(tabId, index);
      if (tabIdFromUrl() === undefined) window.close();
    } catch {
      setStatus(t('couldNotReachPage'));
    }
  };

  const onToggle = async (on: boolean) => {
    if (!summary) return;
    setSiteOn(on);
    startedAt.current = Date.now();
    try {
      await setSiteEnabled(summary.host, on);
      setStatus(t(on ? 'turnedOnForHost' : 'turnedOffForHost', summary.host));
    } catch (e) {
      setSiteOn(!on);
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div class="popup">
      <header class="bar">
        <Logo size={22} />
        <h1>{t('extName')}</h1>
        <button
          type="button"
          class="btn btn-quiet icon-btn"
          aria-label={t('options')}
          title={t('options')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <GearIcon />
        </button>
      </header>
      <main class="body" aria-busy={waiting ? 'true' : 'false'}>
        <Body summary={summary} state={state} siteOn={siteOn} onReveal={onReveal} />
      </main>
      {!summary && state.status === 'loading' && (
        <footer class="site" aria-hidden="true">
          <span class="site-label">
            <span class="sk-line sk-host" />
          </span>
          <span class="switch sk-switch" />
        </footer>
      )}
      {summary && (
        <footer class="site">
          <span class="site-label" id="site-label">
            {tSlots(siteOn === false ? 'offForHost' : 'onForHost', [<strong key="host">{summary.host}</strong>])}
          </span>
          <Switch
            checked={siteOn !== false}
            label={t('secondSourceOnHost', summary.host)}
            describedBy="site-label"
            onChange={(on) => void onToggle(on)}
          />
        </footer>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

interface BodyProps {
  state: SummaryState;
  summary?: PageSummary;
  siteOn?: boolean;
  onReveal: (index: number) => void;
}

function Body({ state, summary, siteOn, onReveal }: BodyProps) {
  if (state.status === 'unreachable') return <UnreachableState />;
  if (!summary) return <SkeletonRows label={t('loading')} />;
  if (siteOn === false || (siteOn === undefined && !summary.enabled)) return <OffState host={summary.host} />;
  // Just turned back on: the page is rescanning and its next summary is on the way.
  if (!summary.enabled) return <SkeletonRows label={t('scanningThePage')} />;
  if (summary.facts.length === 0)
    return summary.scanning ? <SkeletonRows label={t('scanningThePage')} /> : <EmptyState />;
  return <FactList summary={summary} onReveal={onReveal} />;
}
