/** Highlighter on the CSS Custom Highlight API: ranges are registered, the page's DOM is untouched. */
import type { HighlightStyle } from '../../settings/types.ts';
import { ACTIVE_HIGHLIGHT, HIGHLIGHT_NAMES, type Highlighter } from './highlighter.ts';

type Registry = Map<string, unknown>;

export function createCssHighlighter(win: Window = window): Highlighter {
  const registry = (win as unknown as { CSS: { highlights: Registry } }).CSS.highlights;
  const HighlightCtor = (win as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
  let style: HighlightStyle = 'underline';
  let all: unknown = new HighlightCtor();
  let count = 0;

  const register = () => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    if (style !== 'none' && count > 0) registry.set(HIGHLIGHT_NAMES[style], all);
  };

  return {
    setRanges(ranges) {
      all = new HighlightCtor(...ranges);
      count = ranges.length;
      register();
    },
    setActive(range) {
      if (range) registry.set(ACTIVE_HIGHLIGHT, new HighlightCtor(range));
      else registry.delete(ACTIVE_HIGHLIGHT);
    },
    setStyle(next) {
      style = next;
      register();
    },
    clear() {
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
      registry.delete(ACTIVE_HIGHLIGHT);
      count = 0;
    },
  };
}
