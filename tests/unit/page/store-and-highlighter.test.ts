// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createCssHighlighter } from '../../../src/page/highlight/css-highlighter.ts';
import { MentionStore } from '../../../src/page/scan/mention-store.ts';
import type { FoundMention } from '../../../src/page/scan/run-scanner.ts';
import { mention } from './fake-comparison.ts';

function found(id: number, el: Element): FoundMention {
  const text = el.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.length);
  return { id, mention: mention(), range, block: el };
}

describe('mention store', () => {
  it('keeps shown mentions in document order whatever order they arrive in, and hidden ones aside', () => {
    document.body.innerHTML = '<p id="a">a</p><p id="b">b</p><p id="c">c</p><p id="d" hidden>d</p>';
    const el = (id: string) => document.getElementById(id) as Element;
    const store = new MentionStore((r) => !(r.startContainer.parentElement as HTMLElement).hidden);
    expect(store.add([found(3, el('c'))])).toBe(true);
    store.add([found(1, el('a')), found(4, el('d'))]);
    store.add([found(2, el('b'))]);
    expect(store.list.map((m) => m.id)).toEqual([1, 2, 3]);
    expect(store.hiddenCount).toBe(1);
    (el('d') as HTMLElement).hidden = false;
    expect(store.recheck()).toBe(true);
    expect(store.list.map((m) => m.id)).toEqual([1, 2, 3, 4]);
    expect(store.removeBlocks(new Set([el('b')]))).toBe(true);
    el('c').remove();
    expect(store.removeBlocks(new Set())).toBe(true);
    expect(store.list.map((m) => m.id)).toEqual([1, 4]);
  });
});

describe('css highlighter', () => {
  class FakeHighlight {
    ranges: Range[] = [];
    constructor(...r: Range[]) {
      this.ranges.push(...r);
    }
    add(r: Range) {
      this.ranges.push(r);
    }
    clear() {
      this.ranges = [];
    }
  }

  it('registers one highlight per style, updates it in place and keeps document order', () => {
    const registry = new Map<string, FakeHighlight>();
    const win = { CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as Window;
    const h = createCssHighlighter(win);
    const [r1, r2, r3] = [1, 2, 3].map(() => document.createRange());
    h.setRanges([]);
    expect([...registry.keys()]).toEqual([]);
    h.setRanges([r1, r2]);
    const registered = registry.get('second-source');
    expect(registered?.ranges).toEqual([r1, r2]);
    h.setRanges([r1, r2, r3]); // appended
    expect(registry.get('second-source')).toBe(registered);
    expect(registered?.ranges).toEqual([r1, r2, r3]);
    h.setRanges([r3, r1]); // anything else: rebuilt in the given order
    expect(registered?.ranges).toEqual([r3, r1]);
    h.setStyle('background');
    expect([...registry.keys()]).toEqual(['second-source-background']);
    h.setActive(r1);
    expect(registry.get('second-source-active')?.ranges).toEqual([r1]);
    h.setStyle('none');
    expect([...registry.keys()]).toEqual(['second-source-active']);
    h.clear();
    expect([...registry.keys()]).toEqual([]);
  });
});
