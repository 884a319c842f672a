/** What the content script needs from a highlighter, whichever way it draws. */
import type { HighlightStyle } from '../../settings/types.ts';

export interface Highlighter {
  /** Marks exactly these ranges (replacing what was marked before). */
  setRanges(ranges: Range[]): void;
  /** Emphasises one range (the mention whose card is open), or none. */
  setActive(range: Range | null): void;
  setStyle(style: HighlightStyle): void;
  /** Removes every trace from the page. */
  clear(): void;
}

/** Highlight names registered in CSS.highlights; their styles live in src/page/highlight.css. */
export const HIGHLIGHT_NAMES: Record<Exclude<HighlightStyle, 'none'>, string> = {
  underline: 'second-source',
  background: 'second-source-background',
  outline: 'second-source-outline',
};
export const ACTIVE_HIGHLIGHT = 'second-source-active';

export function supportsCustomHighlights(win: Window = window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function' && !!css?.highlights;
}
