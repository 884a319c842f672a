/** Tab and Shift+Tab cycle inside the card instead of leaving it for the page. */
const FOCUSABLE =
  'a[href], button:not([disabled]), summary, input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export function focusableIn(container: ParentNode): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('details:not([open]) > :not(summary)'),
  );
}

/** Handles a Tab keydown inside `container`; returns true when it moved focus. */
export function trapTab(event: KeyboardEvent, container: HTMLElement, root: DocumentOrShadowRoot): boolean {
  if (event.key !== 'Tab') return false;
  const items = focusableIn(container);
  if (!items.length) {
    event.preventDefault();
    container.focus();
    return true;
  }
  const active = root.activeElement as HTMLElement | null;
  const at = active ? items.indexOf(active) : -1;
  const next = event.shiftKey
    ? at <= 0
      ? items[items.length - 1]
      : items[at - 1]
    : at === -1 || at === items.length - 1
      ? items[0]
      : items[at + 1];
  event.preventDefault();
  next.focus();
  return true;
}
