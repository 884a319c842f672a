// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createMarkHighlighter, MARK_ATTR, MARKED_ATTR } from '../../../src/page/highlight/mark-highlighter.ts';
import { removeLeftovers } from '../../../src/page/leftovers.ts';

function rangeOf(text: Text, start: number, end: number, endNode: Text = text): Range {
  const r = document.createRange();
  r.setStart(text, start);
  r.setEnd(endNode, end);
  return r;
}

describe('mark highlighter (fallback without CSS.highlights)', () => {
  it('wraps ranges in marks, across nodes, and unwraps to the original text', () => {
    document.body.innerHTML = '<p id="p">Trade hit <b>$190</b> billion in 2022, and <i>34.3% growth</i>.</p>';
    const p = document.getElementById('p') as HTMLElement;
    const original = p.innerHTML;
    const bold = p.querySelector('b')?.firstChild as Text;
    const after = p.childNodes[2] as Text;
    const italic = p.querySelector('i')?.firstChild as Text;
    const h = createMarkHighlighter(document);
    const ranges = [rangeOf(bold, 0, 8, after), rangeOf(italic, 0, 5)];
    h.setRanges(ranges);
    const marks = [...p.querySelectorAll(`mark[${MARK_ATTR}]`)].map((m) => m.textContent);
    expect(marks).toEqual(['$190', ' billion', '34.3%']);
    // The mentions' ranges still cover their text after the DOM moves.
    expect(ranges.map((r) => r.toString())).toEqual(['$190 billion', '34.3%']);
    h.setStyle('outline');
    h.setRanges(ranges);
    expect(ranges.map((r) => r.toString())).toEqual(['$190 billion', '34.3%']);
    expect(p.querySelectorAll('mark')).toHaveLength(3);
    expect(p.textContent).toBe('Trade hit $190 billion in 2022, and 34.3% growth.');
    h.clear();
    expect(p.querySelector('mark')).toBeNull();
    expect(p.innerHTML).toBe(original);
  });

  it('styles marks per highlight style with important inline styles', () => {
    document.body.innerHTML = '<p>China and Russia</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const h = createMarkHighlighter(document);
    h.setStyle('background');
    h.setRanges([rangeOf(text, 0, 5)]);
    const mark = document.querySelector('mark') as HTMLElement;
    expect(mark.style.getPropertyValue('background-color')).toContain('255');
    expect(mark.style.getPropertyPriority('background-color')).toBe('important');
    h.clear();
  });

  it('runs its DOM changes through the mute hook', () => {
    document.body.innerHTML = '<p>China and Russia</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    let muted = 0;
    const h = createMarkHighlighter(document, (change) => {
      muted++;
      change();
    });
    h.setRanges([rangeOf(text, 0, 5)]);
    h.clear();
    expect(muted).toBe(2);
  });

  it('marks left by a stopped copy are removed by the next copy, and only then looked for', () => {
    document.body.innerHTML = '<p id="p">Trade hit $190 billion in 2022.</p>';
    const p = document.getElementById('p') as HTMLElement;
    const original = p.innerHTML;
    const text = p.firstChild as Text;
    createMarkHighlighter(document).setRanges([rangeOf(text, 10, 22)]); // the old copy stops here, marks on
    expect(document.documentElement.hasAttribute(MARKED_ATTR)).toBe(true);
    removeLeftovers(document);
    expect(p.querySelector('mark')).toBeNull();
    expect(p.innerHTML).toBe(original);
    expect(document.documentElement.hasAttribute(MARKED_ATTR)).toBe(false);
    // Without the flag, a page's own <mark data-second-source> is not ours to unwrap.
    p.innerHTML = '<mark data-second-source="">page</mark>';
    removeLeftovers(document);
    expect(p.querySelector(`mark[${MARK_ATTR}]`)).not.toBeNull();
  });

  it('clear() takes the flag off <html> with the marks', () => {
    document.body.innerHTML = '<p>Trade hit $190 billion.</p>';
    const h = createMarkHighlighter(document);
    h.setRanges([rangeOf(document.querySelector('p')?.firstChild as Text, 10, 14)]);
    expect(document.documentElement.hasAttribute(MARKED_ATTR)).toBe(true);
    h.clear();
    expect(document.documentElement.hasAttribute(MARKED_ATTR)).toBe(false);
  });
});
