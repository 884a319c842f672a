// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caretInRange, itemAtPoint, pointInRange } from '../../../src/page/hit-test.ts';
import { HoverIntent } from '../../../src/page/hover-intent.ts';
import { isTypingTarget, stepDirection, stepIndex } from '../../../src/page/keyboard.ts';

describe('hover intent', () => {
  let opened: string[];
  let closed: number;
  let current: { item: string; pinned: boolean } | undefined;
  let hover: HoverIntent<string>;

  /** A HoverIntent that records what it opens and closes in `opened`, `closed` and `current`. */
  const intent = (same?: (a: string, b: string) => boolean) =>
    new HoverIntent<string>({
      open: (item) => {
        opened.push(item);
        current = { item, pinned: false };
      },
      close: () => {
        closed++;
        current = undefined;
      },
      current: () => current,
      same,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    closed = 0;
    current = undefined;
    hover = intent();
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests on a mention', () => {
    hover.update('a', false);
    vi.advanceTimersByTime(200);
    expect(opened).toEqual([]);
    hover.update('a', false); // more moves over the same mention do not restart the delay
    vi.advanceTimersByTime(60);
    expect(opened).toEqual(['a']);
  });

  it('does not open when the pointer only passes over', () => {
    hover.update('a', false);
    vi.advanceTimersByTime(100);
    hover.update(null, false);
    vi.advanceTimersByTime(500);
    expect(opened).toEqual([]);
  });

  it('stays open while the pointer travels from the mention to the card', () => {
    hover.update('a', false);
    vi.advanceTimersByTime(300);
    hover.update(null, false); // gap between mention and card
    vi.advanceTimersByTime(150);
    hover.update(null, true); // on the card
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
    hover.update(null, false); // left the card
    vi.advanceTimersByTime(299);
    expect(closed).toBe(0);
    vi.advanceTimersByTime(2);
    expect(closed).toBe(1);
  });

  it('never closes a pinned card on hover out', () => {
    current = { item: 'a', pinned: true };
    hover.update(null, false);
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
  });

  it('takes a re-created copy of the mention for the same one (no restart, no second card)', () => {
    const copies = intent((a, b) => a[0] === b[0]); // 'a1' and 'a2': two copies of mention a
    copies.update('a1', false);
    vi.advanceTimersByTime(200);
    copies.update('a2', false); // the page re-rendered the paragraph under the resting pointer
    vi.advanceTimersByTime(60);
    expect(opened).toEqual(['a2']); // on time, and the newest copy
    copies.update('a3', false);
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual(['a2']);
    expect(closed).toBe(0);
  });

  it('keeps the card when the pointer is back on its mention at the end of the grace period', () => {
    let over = true;
    const staying = new HoverIntent<string>({
      open: () => {},
      close: () => {
        closed++;
      },
      current: () => ({ item: 'a', pinned: false }),
      stillOver: () => over,
    });
    staying.update(null, false); // the mention's text was replaced for a moment
    vi.advanceTimersByTime(400);
    expect(closed).toBe(0);
    over = false;
    staying.update(null, false);
    vi.advanceTimersByTime(400);
    expect(closed).toBe(1);
  });

  it('switches to another mention after the delay', () => {
    hover.update('a', false);
    vi.advanceTimersByTime(300);
    hover.update('b', false);
    vi.advanceTimersByTime(300);
    expect(opened).toEqual(['a', 'b']);
  });
});

describe('keyboard', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

  it('recognises Alt+Shift+N and Alt+Shift+P by code or key', () => {
    expect(stepDirection(key({ altKey: true, shiftKey: true, code: 'KeyN', key: 'N' }))).toBe(1);
    expect(stepDirection(key({ altKey: true, shiftKey: true, code: 'KeyN', key: '˜' }))).toBe(1);
    expect(stepDirection(key({ altKey: true, shiftKey: true, code: 'KeyP', key: 'P' }))).toBe(-1);
    expect(stepDirection(key({ altKey: true, code: 'KeyN', key: 'n' }))).toBe(0);
    expect(stepDirection(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyN', key: 'N' }))).toBe(0);
  });

  it('steps forward and back with wrap-around', () => {
    expect(stepIndex(undefined, 3, 1)).toBe(0);
    expect(stepIndex(undefined, 3, -1)).toBe(2);
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
    expect(stepIndex(1, 3, 1)).toBe(2);
    expect(stepIndex(0, 0, 1)).toBe(-1);
  });

  it('leaves keys alone in inputs and editors', () => {
    document.body.innerHTML = '<input id="i"><div id="e" contenteditable="true">x</div><p id="p">x</p>';
    const fire = (id: string) => {
      let typing: boolean | undefined;
      const el = document.getElementById(id) as HTMLElement;
      el.addEventListener('keydown', (e) => {
        typing = isTypingTarget(e);
      });
      el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true }));
      return typing;
    };
    expect(fire('i')).toBe(true);
    expect(fire('p')).toBe(false);
  });
});

describe('hit testing helpers', () => {
  const rect = (left: number, top: number, width: number, height: number) =>
    ({ left, top, right: left + width, bottom: top + height, width, height }) as DOMRect;

  function fakeRange(rects: DOMRect[], contains = true) {
    return {
      getClientRects: () => Object.assign(rects, { item: (i: number) => rects[i] }),
      comparePoint: () => (contains ? 0 : 1),
      intersectsNode: () => contains,
    } as unknown as Range;
  }

  it('checks every line box of a wrapped mention', () => {
    const r = fakeRange([rect(300, 100, 200, 20), rect(0, 124, 80, 20)]);
    expect(pointInRange(r, 350, 110)).toBe(true);
    expect(pointInRange(r, 40, 130)).toBe(true);
    expect(pointInRange(r, 150, 110)).toBe(false);
  });

  it('tells a caret inside a range from one outside', () => {
    document.body.innerHTML = '<p>China and Russia traded $190 billion</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 24);
    range.setEnd(text, 36);
    expect(caretInRange(range, { node: text, offset: 30 })).toBe(true);
    expect(caretInRange(range, { node: text, offset: 3 })).toBe(false);
  });

  it('finds the item under the point by its boxes when there is no caret API', () => {
    const items = [
      { id: 1, range: fakeRange([rect(0, 0, 50, 20)]) },
      { id: 2, range: fakeRange([rect(100, 0, 50, 20)]) },
    ];
    expect(itemAtPoint(items, document, 120, 10)?.id).toBe(2);
    expect(itemAtPoint(items, document, 80, 10)).toBeNull();
  });
});
