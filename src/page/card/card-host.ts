/**
 * The one element Second Source adds to a page: <second-source-host id="second-source-host"> on
 * <html>, with an open shadow root holding the card and a visually hidden live region. Inline
 * !important styles so page CSS cannot move, hide or restyle it.
 */
import { HOST_ID, HOST_TAG } from '../text/skip-rules.ts';
import { CARD_CSS } from './card-styles.ts';

export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where the card is rendered. */
  mount: HTMLElement;
  announce(text: string): void;
  /** Puts the host back if the page removed it (single-page apps replace <body>, some even <html> children). */
  ensureAttached(): void;
  destroy(): void;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0px',
  left: '0px',
  width: '0px',
  height: '0px',
  overflow: 'visible',
  'z-index': '2147483647',
  contain: 'none',
  transform: 'none',
  filter: 'none',
  visibility: 'visible',
  opacity: '1',
  'pointer-events': 'auto',
};

const LIVE_STYLE =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;';

export function createCardHost(doc: Document = document): CardHost {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement(HOST_TAG);
  host.id = HOST_ID;
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  const root = host.attachShadow({ mode: 'open' });
  addStyles(doc, root, CARD_CSS);

  const live = doc.createElement('div');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  live.className = 'live';
  live.style.cssText = LIVE_STYLE;
  const mount = doc.createElement('div');
  mount.className = 'mount';
  root.append(live, mount);
  doc.documentElement.appendChild(host);

  return {
    host,
    root,
    mount,
    announce(text) {
      // Re-setting the same text is not announced; clear first.
      live.textContent = '';
      setTimeout(() => {
        live.textContent = text;
      }, 30);
    },
    ensureAttached() {
      if (!host.isConnected) doc.documentElement.appendChild(host);
    },
    destroy() {
      host.remove();
    },
  };
}

/** Constructed stylesheets are not blocked by a page's CSP; a <style> element is the fallback. */
function addStyles(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // Firefox content scripts may not hand a sheet across compartments; fall through.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}
