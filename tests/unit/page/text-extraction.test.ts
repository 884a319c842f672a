// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { joinRuns, rangeForSpan } from '../../../src/page/text/text-chunk.ts';
import { extractAll } from '../../../src/page/text/text-extraction.ts';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function textOf(html: string): string {
  return joinRuns(extractAll(page(html))).text;
}

describe('text extraction', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('separates blocks with newlines so paragraphs never run together', () => {
    expect(textOf('<p>Trade rose 34.3%</p><p>Russia and China</p>')).toBe('Trade rose 34.3%\nRussia and China');
    expect(textOf('<ul><li>one</li><li>two</li></ul><h2>Head</h2>')).toBe('one\ntwo\nHead');
  });

  it('keeps inline elements in the same sentence and collapses whitespace', () => {
    expect(textOf('<p>China  and\n   <b>Russia</b>\t<i>traded</i>\u00a0$190 bn</p>')).toBe(
      'China and Russia traded $190 bn',
    );
  });

  it('turns <br> into a line break and drops soft hyphens and zero-width spaces', () => {
    expect(textOf('<p>first line<br>sec\u00adond\u200b line</p>')).toBe('first line\nsecond line');
  });

  it('skips code, scripts, form fields, editors, hidden and decorative nodes, and the extension host', () => {
    const text = textOf(`
      <p>visible</p>
      <script>var china = 'russia'</script><style>p{}</style><noscript>ns</noscript>
      <pre>pre text</pre><p>a <code>code()</code> b</p>
      <input value="input"><textarea>area</textarea><select><option>opt</option></select>
      <div contenteditable="true">editor</div><div contenteditable="false">not an editor</div>
      <p hidden>hidden</p><p>icon <span aria-hidden="true">★</span>end</p>
      <second-source-host id="second-source-host">host</second-source-host>
      <svg><text>svg text</text></svg>`);
    expect(text).toBe('visible\na b\nnot an editor\nicon end');
  });

  it('keeps aria-hidden blocks (often a whole article behind a dialog)', () => {
    expect(textOf('<main aria-hidden="true"><p>Article text</p></main>')).toBe('Article text');
  });

  it('gives a block its text on both sides of a nested block as separate runs', () => {
    const runs = extractAll(page('<div id="d">before<p>inside</p>after</div>'));
    expect(runs.map((r) => [r.block.localName, r.text])).toEqual([
      ['div', 'before'],
      ['p', 'inside'],
      ['div', 'after'],
    ]);
  });

  it('shallow extraction leaves nested blocks out', () => {
    page('<div id="d">before<p>inside</p>after <b>bold</b></div>');
    const runs = extractAll(document.getElementById('d') as HTMLElement, { shallow: true });
    expect(runs.map((r) => r.text)).toEqual(['before\nafter bold']);
  });

  it('extracting an inline root attributes its text to the enclosing block', () => {
    page('<p id="p">x <span id="s">added text</span></p>');
    const runs = extractAll(document.getElementById('s') as HTMLElement);
    expect(runs).toHaveLength(1);
    expect(runs[0].block.id).toBe('p');
    expect(runs[0].text).toBe('added text');
  });
});

describe('offset map', () => {
  it('maps engine offsets back to DOM ranges across nodes and collapsed whitespace', () => {
    page('<p>Trade   between <b>China</b> and\n Russia reached <span>$190</span>   billion.</p><p>Next para</p>');
    const chunk = joinRuns(extractAll(document.body));
    const text = chunk.text;
    for (const word of ['China and Russia', '$190 billion', 'Trade between', 'Next para', 'reached']) {
      const start = text.indexOf(word);
      const hit = rangeForSpan(chunk, start, start + word.length);
      expect(hit, word).not.toBeNull();
      expect(hit?.range.toString().replace(/\s+/g, ' ')).toBe(word);
    }
  });

  it('pulls span ends out of separator gaps', () => {
    page('<p>alpha</p><p>beta</p>');
    const chunk = joinRuns(extractAll(document.body));
    expect(chunk.text).toBe('alpha\nbeta');
    expect(rangeForSpan(chunk, 0, 6)?.range.toString()).toBe('alpha');
    expect(rangeForSpan(chunk, 5, 6)).toBeNull();
  });

  it('maps offsets after soft hyphens to the right node offsets', () => {
    page('<p>re\u00adcord $190 bil\u00adlion</p>');
    const chunk = joinRuns(extractAll(document.body));
    const start = chunk.text.indexOf('$190');
    const hit = rangeForSpan(chunk, start, chunk.text.length);
    expect(hit?.range.toString()).toBe('$190 bil\u00adlion');
  });
});

describe('shadow roots', () => {
  it('reads open shadow roots in rendered order, slotted light-DOM text included, closed ones not', () => {
    document.body.innerHTML =
      '<p>before</p><x-box id="open"><p>slotted</p><p slot="none">unassigned</p></x-box><x-sealed id="closed"></x-sealed><p>after</p>';
    const open = document.getElementById('open') as HTMLElement;
    const root = open.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>inside the box</p><div><slot></slot></div>';
    const closed = document.getElementById('closed') as HTMLElement;
    closed.attachShadow({ mode: 'closed' }).innerHTML = '<p>sealed</p>';
    const seen: ShadowRoot[] = [];
    const runs = extractAll(document.body, { onShadowRoot: (r) => seen.push(r) });
    expect(runs.map((r) => r.text)).toEqual(['before', 'inside the box', 'slotted', 'after']);
    expect(seen).toEqual([root]);
    const chunk = joinRuns(runs);
    const at = chunk.text.indexOf('inside');
    expect(rangeForSpan(chunk, at, at + 6)?.range.toString()).toBe('inside');
  });
});
