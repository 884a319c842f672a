/**
 * Highlighter on the CSS Custom Highlight API: ranges are registered, the page's DOM is untouched.
 * One Highlight object stays registered under the style's name and is updated in place: appended
 * mentions are added, anything else rebuilds its contents (keeping document order), and the
 * registry is only touched when the style changes or the page gains or loses its first mention.
 */
import type { HighlightStyle } from '../../settings/types.ts';
import { ACTIVE_HIGHLIGHT, HIGHLIGHT_NAMES, type Highlighter } from './highlighter.ts';

type Registry = Map<string, unknown>;
interface HighlightLike {
  add(range: Range): unknown;
  clear(): void;
}

export function createCssHighlighter(win: Window = window): Highlighter {
  const registry = (win as unknown as { CSS: { highlights: Registry } }).CSS.highlights;
  const HighlightCtor = (win as unknown as { Highlight: new (...r: Range[]) => HighlightLike }).Highlight;
  let style: HighlightStyle = 'underline';
  const all = new HighlightCtor();
  let current: Range[] = [];
  let registeredAs: string | undefined;

  const register = () => {
    const name = style !== 'none' && current.length > 0 ? HIGHLIGHT_NAMES[style] : undefined;
    if (name === registeredAs) return;
    if (registeredAs) registry.delete(registeredAs);
    if (name) registry.set(name, all);
    registeredAs = name;
  };

  return {
    setRanges(next) {
      const appended = next.length >= current.length && current.every((r, i) => next[i] === r);
      if (!appended) all.clear();
      for (let i = appended ? current.length : 0; i < next.length; i++) all.add(next[i]);
      current = [...next];
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
      all.clear();
      current = [];
      registeredAs = undefined;
    },
  };
}
