// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createMarkHighlighter, MARK_ATTR } from '../../../src/page/highlight/mark-highlighter.ts';

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
});
