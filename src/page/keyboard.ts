/** Keyboard shortcuts handled on the page itself (in case the browser command is not delivered). */

/** +1 for Alt+Shift+N (next mention), -1 for Alt+Shift+P (previous), 0 for anything else. */
export function stepDirection(event: KeyboardEvent): 1 | -1 | 0 {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return 0;
  // event.code survives keyboard layouts and macOS Option characters ("˜" for Option+Shift+N).
  const key = event.code === 'KeyN' || event.key.toLowerCase() === 'n' ? 1 : 0;
  if (key) return 1;
  return event.code === 'KeyP' || event.key.toLowerCase() === 'p' ? -1 : 0;
}

/** The index after stepping `direction` from `current` (undefined = none yet) among `total`, wrapping. */
export function stepIndex(current: number | undefined, total: number, direction: 1 | -1): number {
  if (total <= 0) return -1;
  if (current === undefined || current < 0 || current >= total) return direction === 1 ? 0 : total - 1;
  return (current + direction + total) % total;
}

/** True when typing in the event's target should keep its keys (inputs, editors). */
export function isTypingTarget(event: Event): boolean {
  const el = event.composedPath()[0] as Element | undefined;
  if (el?.nodeType !== 1) return false;
  const name = el.localName;
  if (name === 'input' || name === 'textarea' || name === 'select') return true;
  return (el as HTMLElement).isContentEditable === true;
}
