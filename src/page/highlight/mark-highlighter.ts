/**
 * Fallback highlighter for browsers without CSS.highlights: wraps the text of each range in
 * <mark data-second-source> (splitting Text nodes at the ends) and unwraps cleanly. DOM changes are
 * made inside `mute` so the mutation watcher does not mistake them for page changes.
 *
 * Moving a Text node collapses every live Range inside it, and the ranges handed in are the
 * content script's mentions; so each range is re-anchored on its (same) Text nodes after a move.
 * Split nodes are merged back (normalize) only on clear(), when no range is needed any more.
 */
import type { HighlightStyle } from '../../settings/types.ts';
import type { Highlighter } from './highlighter.ts';

export const MARK_ATTR = 'data-second-source';
/**
 * Set on <html> while marks are on the page: a later copy of the content script (extension reloaded)
 * looks for leftover marks only then, instead of querying every page for them.
 */
export const MARKED_ATTR = 'data-second-source-marked';

const STYLES: Record<HighlightStyle, Record<string, string>> = {
  underline: {
    'background-color': 'rgba(255, 176, 0, 0.13)',
    'text-decoration': 'underline dotted rgb(222, 128, 0) 2px',
    'text-underline-offset': '3px',
  },
  background: { 'background-color': 'rgba(255, 196, 0, 0.4)' },
  outline: { outline: '1px solid rgb(222, 128, 0)', 'outline-offset': '1px', 'border-radius': '2px' },
  none: {},
};
const ACTIVE = { 'background-color': 'rgba(255, 176, 0, 0.38)' };

export function createMarkHighlighter(doc: Document, mute: (change: () => void) => void = (f) => f()): Highlighter {
  let style: HighlightStyle = 'underline';
  let marks: HTMLElement[] = [];
  let ranges: Range[] = [];
  let active: Range | null = null;

  const paint = (mark: HTMLElement, isActive: boolean) => {
    mark.removeAttribute('style');
    const s = mark.style;
    s.setProperty('all', 'unset', 'important');
    s.setProperty('color', 'inherit', 'important');
    for (const [k, v] of Object.entries(isActive ? { ...STYLES[style], ...ACTIVE } : STYLES[style]))
      s.setProperty(k, v, 'important');
  };
  const inActive = (mark: HTMLElement) => !!active && active.intersectsNode(mark);
  const repaint = () => {
    for (const m of marks) paint(m, inActive(m));
  };

  const unwrapAll = (merge: boolean) => {
    const saved = ranges.map((r) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset] as const);
    const parents = new Set<Node>();
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parents.add(parent);
    }
    marks = [];
    if (merge) for (const p of parents) p.normalize();
    else
      saved.forEach(([sc, so, ec, eo], i) => {
        try {
          ranges[i].setStart(sc, so);
          ranges[i].setEnd(ec, eo);
        } catch {
          // the page removed the text meanwhile
        }
      });
  };

  const wrap = (range: Range) => {
    if (range.collapsed) return;
    let { startContainer: start, startOffset, endContainer: end, endOffset } = range;
    if (end.nodeType === 3 && endOffset < (end as Text).length) (end as Text).splitText(endOffset);
    if (start.nodeType === 3 && startOffset > 0) {
      const rest = (start as Text).splitText(startOffset);
      if (end === start) end = rest;
      start = rest;
    }
    const texts: Text[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 0x4);
    walker.currentNode = start;
    for (let n: Node | null = start; n; n = walker.nextNode()) {
      if (n.nodeType === 3 && (n as Text).data.trim()) texts.push(n as Text);
      if (n === end) break;
    }
    for (const text of texts) {
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, '');
      paint(mark, false);
      text.parentNode?.insertBefore(mark, text);
      mark.appendChild(text);
      marks.push(mark);
    }
    if (texts.length) {
      const last = texts[texts.length - 1];
      range.setStart(texts[0], 0);
      range.setEnd(last, last.length);
    }
  };

  return {
    setRanges(next) {
      mute(() => {
        unwrapAll(false);
        ranges = next;
        for (const r of ranges) wrap(r);
        if (marks.length) doc.documentElement?.setAttribute(MARKED_ATTR, '');
        else doc.documentElement?.removeAttribute(MARKED_ATTR);
        repaint();
      });
    },
    setActive(range) {
      active = range;
      repaint();
    },
    setStyle(next) {
      style = next;
      repaint();
    },
    clear() {
      mute(() => {
        unwrapAll(true);
        doc.documentElement?.removeAttribute(MARKED_ATTR);
      });
      ranges = [];
      active = null;
    },
  };
}
