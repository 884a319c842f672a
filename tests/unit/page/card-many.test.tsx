// @vitest-environment happy-dom
/**
 * A figure card with many reports, on the bundled dataset's 2022 trade fact (18 outlets): it leads
 * with the values the outlets give and how many give each, shows the first five outlets in the
 * reader's order and the rest behind "Show all 18", links each page report to its words, and keeps
 * the page's own value as written beside its normalized form. The popup's line is the same summary.
 */
import { render } from 'preact';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import bundledJson from '../../../assets/claims/xi-moscow-2023.json';
import { compareMention } from '../../../src/core/compare.ts';
import { createMatcher } from '../../../src/core/engine.ts';
import { PackSchema } from '../../../src/core/schema.ts';
import { textFragmentUrl } from '../../../src/core/text-fragment.ts';
import type { Comparison, Mention } from '../../../src/core/types.ts';
import {
  cardSummary,
  deepLink,
  foldReports,
  groupAgreement,
  groupWhy,
  localGroupValue,
} from '../../../src/page/card/card-summary.ts';
import { CardView } from '../../../src/page/card/card-view.tsx';
import { buildSummary } from '../../../src/page/page-summary.ts';
import { FactList } from '../../../src/popup/FactList.tsx';
import { setMessageSource } from '../../../src/ui/i18n.ts';
import { messageSource } from '../i18n-source.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../settings/fake-browser.ts')).fake }));

const pack = v.parse(PackSchema, bundledJson); // happy-dom: no file URL for the shared bundledPack()
const matcher = createMatcher([pack]);

function found(text: string, pageDate?: string): { mention: Mention; comparison: Comparison } {
  const mention = matcher.scan(text, { pageDate }).find((m) => m.fact === 'trade-2022-total');
  if (!mention) throw new Error(`no trade-2022-total in ${text}`);
  const entry = matcher.fact(mention.fact);
  if (!entry) throw new Error('no fact');
  return { mention, comparison: compareMention(mention, entry.fact, entry.pack) };
}

const EN = 'Bilateral trade between China and Russia hit $190.27 billion in 2022, up 29.3 percent.';
const ZH = '2022年中俄贸易额达1902.71亿美元。';
const RU = 'Товарооборот России и Китая в прошлом году составил 190,27 млрд долларов.';

function show(text: string, pageDate?: string) {
  const { mention, comparison } = found(text, pageDate);
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(<CardView model={{ comparison, mention, pageDate }} onClose={() => {}} />, root);
  return root;
}

const texts = (root: ParentNode, sel: string) =>
  [...root.querySelectorAll(sel)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('a card with many reports', () => {
  afterEach(() => {
    render(null, document.body);
    document.body.innerHTML = '';
  });

  it('leads with the answer: most outlets’ value, then each value with its count, agreement and why', () => {
    const root = show(EN, '2023-03-21');
    expect(root.querySelector('.summary .lead')?.textContent).toBe('Most of 18 outlets agree: $190.27\u00a0bn');
    expect(texts(root, '.summary .group')).toEqual([
      '15 outlets: $190.27 bn ✓agree with this page (rounded; hedged: “nearing”)',
      '2 outlets: $185 bn ≠differ from this page (-2.8% from this page)',
      '1 outlet: ≤ $200 bn ✓agree with this page (rounded; hedged: “close to”)',
    ]);
    // The verdict's range stays above it.
    expect(root.querySelector('.verdict-text')?.textContent).toBe('Outlets range $185 bn – $200 bn');
  });

  it('keeps growth rates on each currency basis apart', () => {
    const mention = matcher.scan(EN, { pageDate: '2023-03-21' }).find((m) => m.fact === 'trade-2022-growth');
    const entry = mention && matcher.fact(mention.fact);
    if (!mention || !entry) throw new Error('no growth mention');
    const s = cardSummary(compareMention(mention, entry.fact, entry.pack));
    expect(s?.groups.map((g) => [g.outlets.length, g.basis, g.display])).toEqual([
      [8, 'USD', '+29.3% (in dollars)'],
      [2, 'CNY', '+34.3% (in yuan)'],
      [1, 'USD', '≤ +33.3% (in dollars)'],
    ]);
    const [dollars, yuan, third] = s?.groups ?? [];
    // The yuan group agrees, and says why: its rate restated on the page's dollar basis.
    expect(groupAgreement(yuan)).toBe('agree');
    expect(groupWhy(yuan)).toEqual(['+29.3% in dollars']);
    // Most of the dollar group agrees; one "30%" is read as differing, and the card says so.
    expect([dollars.agree, dollars.differ]).toEqual([7, 1]);
    expect(groupAgreement(dollars)).toBe('mixed');
    expect(groupWhy(dollars)).toEqual(['rounded', '1 differs: +0.7 pts from this page']);
    expect(groupAgreement(third)).toBe('differ');
    expect(groupWhy(third)).toEqual(['+4 pts from this page']);
  });

  it("says a growth rate's currency basis in the reader's language: groups, rows, the card's and the popup's lead", () => {
    const mention = matcher.scan(EN, { pageDate: '2023-03-21' }).find((m) => m.fact === 'trade-2022-growth');
    const entry = mention && matcher.fact(mention.fact);
    if (!mention || !entry) throw new Error('no growth mention');
    const comparison = compareMention(mention, entry.fact, entry.pack);
    const summary = cardSummary(comparison);
    // English as before: the engine's display and the card's words agree.
    expect(summary?.groups.map(localGroupValue)).toEqual([
      '+29.3% (in dollars)',
      '+34.3% (in yuan)',
      '≤ +33.3% (in dollars)',
    ]);
    try {
      setMessageSource(messageSource('zh_CN'));
      expect(cardSummary(comparison)?.groups.map(localGroupValue)).toEqual([
        '+29.3%（按美元计）',
        '+34.3%（按人民币计）',
        '≤ +33.3%（按美元计）',
      ]);
      expect(cardSummary(comparison)?.lead).toBe(`${summary?.outlets} 家媒体中多数一致：+29.3%（按美元计）`);
      const root = document.createElement('div');
      render(<CardView model={{ comparison, mention, position: { index: 0, total: 1 } }} onClose={() => {}} />, root);
      const values = texts(root, 'td.value').join(' ');
      expect(values).toContain('（按人民币计）');
      expect(values).not.toMatch(/\(in (dollars|yuan)\)/);
      // The popup gets the lead as data and says it in its own language.
      const popupLead = buildSummary({
        url: '',
        host: '',
        enabled: true,
        mentions: [mention],
        compare: () => comparison,
      }).facts[0].lead;
      expect(popupLead).toEqual({
        outlets: summary?.outlets,
        value: '+29.3%',
        basis: { currency: 'USD', name: 'dollars' },
      });
      setMessageSource(messageSource('ru'));
      expect(cardSummary(comparison)?.groups.map(localGroupValue)[1]).toBe('+34.3% (в валюте: китайский юань)');
    } finally {
      setMessageSource(messageSource('en'));
    }
  });

  it('shows the first five outlets (seeds first, then nearest in value), the rest behind a real button', async () => {
    const root = show(EN, '2023-03-21');
    expect(texts(root, 'tbody.report .outlet-name')).toEqual([
      'South China Morning Post',
      'Unknown aggregator (seed 003)',
      'Unknown outlet (seed 000)',
      'VOV World (Voice of Vietnam)',
      'Vestnik Kavkaza',
    ]);
    const button = root.querySelector<HTMLButtonElement>('button.show-all');
    expect(button?.type).toBe('button');
    expect(button?.textContent).toBe('Show all 18');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(button?.getAttribute('aria-controls')).toBe('ss-reports');
    expect(root.querySelector('#ss-reports')?.tagName).toBe('TABLE');

    button?.focus();
    button?.click();
    await tick();
    expect(root.querySelectorAll('tbody.report')).toHaveLength(18);
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    expect(button?.textContent).toBe('Show the first 5 only');
    expect(document.activeElement).toBe(button); // the same element, still focused
    // Each row keeps its header cell and the table its column headers.
    expect(root.querySelectorAll('tbody.report th[scope="row"]')).toHaveLength(18);
    expect(texts(root, 'thead th').slice(0, 3)).toEqual(['Outlet', 'Date', 'Value']);

    button?.click();
    await tick();
    expect(root.querySelectorAll('tbody.report')).toHaveLength(5);
    expect(button?.getAttribute('aria-expanded')).toBe('false');
  });

  it('starts folded for another mention, and stays open for the same one re-rendered', async () => {
    const a = found(EN, '2023-03-21');
    const b = found(`Some context first. ${EN}`, '2023-03-21');
    const root = document.createElement('div');
    document.body.appendChild(root);
    const view = (m: { mention: Mention; comparison: Comparison }) =>
      render(<CardView model={{ ...m, pageDate: '2023-03-21' }} onClose={() => {}} />, root);
    view(a);
    root.querySelector<HTMLButtonElement>('button.show-all')?.click();
    await tick();
    expect(root.querySelectorAll('tbody.report')).toHaveLength(18);
    view({ ...a, mention: { ...a.mention } }); // the same mention, found again
    await tick();
    expect(root.querySelectorAll('tbody.report')).toHaveLength(18);
    view(b); // another mention
    await tick();
    expect(root.querySelectorAll('tbody.report')).toHaveLength(5);
    expect(root.querySelector('button.show-all')?.getAttribute('aria-expanded')).toBe('false');
  });

  it('folds nothing when a fold would hide a single row', () => {
    const { comparison } = found(EN, '2023-03-21');
    const six = { ...comparison, reports: comparison.reports.slice(0, 6) };
    expect(foldReports(six).rest).toEqual([]);
    expect(foldReports({ ...comparison, reports: comparison.reports.slice(0, 7) }).rest).toHaveLength(2);
  });

  it('links each page report to its page, opened at its words; seeds and unsafe addresses get no link', async () => {
    const root = show(EN, '2023-03-21');
    root.querySelector<HTMLButtonElement>('button.show-all')?.click();
    await tick();
    const { comparison } = found(EN, '2023-03-21');
    const pages = comparison.reports.filter((r) => r.report.url);
    expect(pages.length).toBe(14);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a.deep-link')];
    expect(links).toHaveLength(pages.length);
    const portnews = pages.find((r) => r.outlet.name === 'PortNews')?.report;
    const href = textFragmentUrl(portnews?.url ?? '', portnews?.words ?? '');
    expect(href).toBe('https://www.en.portnews.ru/news/345814/#:~:text=%24190.27%20billion');
    const link = links.find((a) => a.getAttribute('href') === href);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.textContent).toBe('Open the page at these words (opens in a new tab) ↗');
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^https:\/\/[^#]+#:~:text=\S+$/);

    expect(deepLink({ outlet: 'x', url: 'javascript:alert(1)', words: 'a' })).toBeUndefined();
    expect(deepLink({ outlet: 'x', url: 'data:text/html,hi', words: 'a' })).toBeUndefined();
    expect(deepLink({ outlet: 'x', quote: 'seed words' })).toBeUndefined();
  });

  it('keeps the page’s value as written (Chinese) beside its normalized form', () => {
    const root = show(ZH, '2023-03-21');
    const written = root.querySelector('.page-written');
    expect(written?.textContent).toBe('1902.71亿美元');
    expect(written?.getAttribute('lang')).toBe('zh');
    expect(root.querySelector('.page-value')?.textContent).toBe('≈ ¥1.31 trn · $190.27 bn');
    expect(root.querySelector('.page-undated')).toBeNull();
  });

  it('says when the page’s period could not be dated (Russian, no page date)', () => {
    const root = show(RU);
    expect(root.querySelector('.page-written')?.textContent).toBe('190,27 млрд долларов');
    expect(root.querySelector('.page-value')?.textContent).toBe('≈ ¥1.31 trn · $190.27 bn');
    expect(root.querySelector('.page-undated')?.textContent).toBe(
      '“прошлом году” could not be dated: this page gives no date.',
    );
  });

  it('gives the popup the same summary: "Most of 18 outlets agree: $190.27 bn"', () => {
    const { mention, comparison } = found(EN, '2023-03-21');
    const summary = buildSummary({
      url: 'https://news.example/a',
      host: 'news.example',
      enabled: true,
      mentions: [mention],
      compare: () => comparison,
    });
    expect(summary.facts[0].lead).toEqual({ outlets: 18, value: '$190.27 bn' });
    const root = document.createElement('div');
    document.body.appendChild(root);
    render(<FactList summary={summary} onReveal={() => {}} />, root);
    expect(root.querySelector('.fact-lead')?.textContent).toBe(', Most of 18 outlets agree: $190.27\u00a0bn');
  });
});
