/**
 * Opens and closes the card: renders it with Preact inside the shadow host, places it beside the
 * mention, moves focus in (keyboard) and back out (Escape), keeps Tab inside.
 */
import { render } from 'preact';
import type { CardHost } from './card-host.ts';
import { followReference, rangeReference } from './card-position.ts';
import { type CardModel, CardView } from './card-view.tsx';
import { trapTab } from './focus-trap.ts';
import { pageTheme } from './theme.ts';

export interface OpenRequest {
  /** Identifies the mention (so hover over the same mention does not re-open). */
  key: number;
  model: CardModel;
  range: Range;
  pointer?: { x: number; y: number };
  /** Move focus into the card (keyboard, popup). */
  focus: boolean;
  /** Hover does not close a pinned card. */
  pinned: boolean;
}

export interface CardController {
  open(request: OpenRequest): void;
  /**
   * The open mention was re-created (its paragraph re-rendered, or a rescan found it again): the same
   * card, now beside `range`; focus, scroll, open quotes and pinning stay as they are.
   */
  follow(request: { key: number; range: Range; model?: CardModel }): void;
  close(options?: { restoreFocus?: boolean }): void;
  readonly openKey: number | undefined;
  readonly pinned: boolean;
  /** True when the event happened on the card (or anywhere in the host). */
  contains(event: Event): boolean;
  destroy(): void;
}

export function createCardController(host: CardHost, onChange: (key: number | undefined) => void): CardController {
  const doc = host.host.ownerDocument;
  let openKey: number | undefined;
  let pinned = false;
  let stopFollowing: (() => void) | undefined;
  let returnFocus: Element | null = null;
  let pointer: { x: number; y: number } | undefined;
  let theme: 'light' | 'dark' | undefined;

  const card = () => host.mount.querySelector<HTMLElement>('.card');

  const close = (options: { restoreFocus?: boolean } = {}) => {
    if (openKey === undefined) return;
    const hadFocus = host.root.activeElement !== null;
    stopFollowing?.();
    stopFollowing = undefined;
    render(null, host.mount);
    openKey = undefined;
    pinned = false;
    if (options.restoreFocus && hadFocus) {
      const target = returnFocus as HTMLElement | null;
      if (target?.isConnected && typeof target.focus === 'function' && target !== doc.body) {
        target.focus({ preventScroll: true });
      } else {
        (doc.activeElement as HTMLElement | null)?.blur?.();
      }
    }
    if (!hadFocus || options.restoreFocus) returnFocus = null;
    onChange(undefined);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const el = card();
    if (!el) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close({ restoreFocus: true });
    } else if (event.key === 'Tab') {
      trapTab(event, el, host.root);
      event.stopPropagation();
    }
  };
  host.root.addEventListener('keydown', onKeyDown as EventListener);

  return {
    open(request) {
      host.ensureAttached();
      const focusInside = host.root.activeElement !== null;
      if (request.focus && !focusInside) returnFocus = doc.activeElement;
      if (openKey !== undefined) {
        stopFollowing?.();
        stopFollowing = undefined;
      }
      const sameCard = openKey === request.key;
      openKey = request.key;
      pinned = request.pinned || (sameCard && pinned);
      pointer = request.pointer;
      theme = pageTheme(doc);
      render(
        <CardView model={request.model} theme={theme} onClose={() => close({ restoreFocus: true })} />,
        host.mount,
      );
      const el = card();
      if (!el) return;
      if (!sameCard) el.scrollTop = 0;
      stopFollowing = followReference(rangeReference(request.range, request.pointer), el);
      if (request.focus) el.focus({ preventScroll: true });
      onChange(openKey);
    },
    follow(request) {
      if (openKey === undefined) return;
      openKey = request.key;
      if (request.model) {
        render(
          <CardView model={request.model} theme={theme} onClose={() => close({ restoreFocus: true })} />,
          host.mount,
        );
      }
      const el = card();
      if (!el) return;
      stopFollowing?.();
      stopFollowing = followReference(rangeReference(request.range, pointer), el);
      onChange(openKey);
    },
    close,
    get openKey() {
      return openKey;
    },
    get pinned() {
      return pinned;
    },
    contains(event) {
      return event.composedPath().includes(host.host);
    },
    destroy() {
      stopFollowing?.();
      render(null, host.mount);
      host.root.removeEventListener('keydown', onKeyDown as EventListener);
      openKey = undefined;
    },
  };
}
