// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { isLive, reanchor, sameText } from '../../../src/page/live-anchor.ts';

/** A range over `words` in the first text node of `el` holding them. */
function rangeOver(el: Element, words: string): Range {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(words);
    if (at < 0) continue;
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + words.length);
    return r;
  }
  throw new Error(`no "${words}"`);
}

/** What a browser leaves of a range whose text nodes were removed: collapsed at their old place. */
function collapsedAt(node: Node, offset: number): Range {
  const r = document.createRange();
  r.setStart(node, offset);
  r.collapse(true);
  return r;
}

describe('live anchors', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<article><p id="a">Trade reached about $190 billion last year. <b>1007</b> readers.</p>' +
      '<p id="b">Later: about $190 billion again.</p></article>';
  });

  it('finds the words again in the re-rendered paragraph, in the new text nodes', () => {
    const p = document.getElementById('a') as HTMLElement;
    const old = rangeOver(p, 'about $190 billion');
    expect(isLive(old)).toBe(true);
    p.innerHTML = 'Trade reached about <i>$190</i> billion last year. <b>1014</b> readers.';
    const dead = collapsedAt(p, 0);
    expect(isLive(dead)).toBe(false);
    const next = reanchor(dead, 'about $190 billion');
    expect(next?.toString()).toBe('about $190 billion');
    expect(p.contains(next?.startContainer ?? null)).toBe(true);
    expect(next && isLive(next)).toBe(true);
  });

  it('takes the occurrence at the collapse point, not an earlier or a later one', () => {
    const article = document.querySelector('article') as HTMLElement;
    const second = document.getElementById('b') as HTMLElement;
    second.replaceWith(Object.assign(document.createElement('p'), { textContent: second.textContent }));
    const next = reanchor(collapsedAt(article, 1), 'about $190 billion');
    expect(next?.startContainer.parentElement?.previousElementSibling?.id).toBe('a');
    expect(reanchor(collapsedAt(article, 0), 'about $190 billion')?.startContainer.parentElement?.id).toBe('a');
  });

  it('matches across spacing the page changed, and gives up when the words are gone', () => {
    const p = document.getElementById('a') as HTMLElement;
    p.textContent = 'Trade reached about\n  $190   billion last year.';
    expect(reanchor(collapsedAt(p, 0), 'about $190 billion')?.toString()).toBe('about\n  $190   billion');
    p.textContent = 'Trade reached about $191 billion last year.';
    expect(reanchor(collapsedAt(p, 0), 'about $190 billion')).toBeNull();
  });

  it('looks in the mention’s block when the collapse point is gone too', () => {
    const p = document.getElementById('a') as HTMLElement;
    const detached = document.createElement('div');
    detached.textContent = 'nothing';
    const dead = collapsedAt(detached.firstChild as Text, 0);
    expect(reanchor(dead, 'about $190 billion', p)?.toString()).toBe('about $190 billion');
    expect(reanchor(dead, 'about $190 billion')).toBeNull();
  });

  it('tells overlapping ranges (one mention) from neighbours', () => {
    const p = document.getElementById('a') as HTMLElement;
    const a = rangeOver(p, 'about $190 billion');
    const b = rangeOver(p, '$190 billion last');
    const c = rangeOver(p, 'last year');
    expect(sameText(a, b)).toBe(true);
    expect(sameText(a, c)).toBe(false);
    expect(sameText(c, a)).toBe(false);
  });
});
