// @vitest-environment happy-dom
/**
 * The payload pack (tests/fixtures/hostile/packs/payload-pack.json) through the real engine and the
 * real card: outlet names, quotes, notes, titles and URLs holding HTML and script come out as text,
 * never as elements, and no javascript:/data: link is offered. The e2e twin is
 * tests/e2e/reliability-payloads.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import bundledJson from '../../../assets/claims/xi-moscow-2023.json';
import { createMatcher } from '../../../src/core/engine.ts';
import type { ClaimPack } from '../../../src/core/schema.ts';
import { parsePackText } from '../../../src/core/validate-pack.ts';
import { ComparisonCache, cardModel } from '../../../src/page/card/card-model.ts';
import { CardView } from '../../../src/page/card/card-view.tsx';

const ROOT = process.cwd(); // happy-dom gives import.meta.url no file path
const TEXT = readFileSync(join(ROOT, 'tests/fixtures/hostile/packs/payload-pack.json'), 'utf8');
const parsed = parsePackText(TEXT, 'payload-pack.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const payload = parsed.pack;
const matcher = createMatcher([bundledJson as unknown as ClaimPack, payload]);

/** Page text with payloads right beside the mention (as text, the way a page would hold them). */
const PAGE =
  'Beijing and Moscow say China–Russia gadget trade rose to $1.5 billion in 2022. ' +
  '<img src=x onerror=alert(1)> <script>alert(1)</script>';

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

function showCard() {
  const [mention] = matcher.scan(PAGE, { pageDate: '2023-03-21' });
  expect(mention?.fact).toBe('gadget-trade-2022');
  const comparison = new ComparisonCache(matcher).get(mention);
  if (!comparison) throw new Error('no comparison');
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(<CardView model={cardModel(mention, comparison, matcher, { index: 1, total: 1 })} onClose={() => {}} />, root);
  return root;
}

describe('payload pack in the card', () => {
  it('creates no element from any payload', () => {
    const root = showCard();
    for (const tag of ['img', 'script', 'svg', 'iframe', 'b', 'object', 'embed']) {
      expect(root.querySelectorAll(tag), tag).toHaveLength(0);
    }
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.localName}[${attr}]`).toBe(false);
    }
  });

  it('shows outlet names, title, quotes and notes as literal text', () => {
    const root = showCard();
    const text = root.textContent ?? '';
    expect(text).toContain(payload.outlets[0].name);
    expect(text).toContain("<script>window.__ssPwned='outlet-script';alert('script')</script>Quay Street Times");
    expect(root.querySelector('.title')?.textContent).toBe(payload.facts[0].title);
    expect(text).toContain(payload.facts[0].reports[0].quote);
    expect(text).toContain(payload.facts[0].reports[1].quote);
    expect(text).toContain(payload.facts[0].note);
  });

  it('offers no javascript: or data: link', () => {
    const root = showCard();
    const hrefs = [...root.querySelectorAll('[href], [src], [cite]')].map(
      (e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('cite') ?? '',
    );
    for (const h of hrefs) expect(h).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    expect(root.querySelectorAll('a.source-link')).toHaveLength(0);
  });
});
