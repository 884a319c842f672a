// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatReportDate, safeUrl, verdictLine } from '../../../src/page/card/card-text.ts';
import { CardView } from '../../../src/page/card/card-view.tsx';
import { agreeingComparison, differingComparison, mention } from './fake-comparison.ts';

function show(comparison = differingComparison(), onClose = () => {}) {
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(
    <CardView model={{ comparison, mention: mention(), position: { index: 2, total: 7 } }} onClose={onClose} />,
    root,
  );
  return root;
}

const texts = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent?.trim());

describe('card view', () => {
  afterEach(() => {
    render(null, document.body);
    document.body.innerHTML = '';
  });

  it('is a labelled dialog with the fact title, period and this page’s value', () => {
    const root = show();
    const card = root.querySelector('[role="dialog"]') as HTMLElement;
    expect(card.getAttribute('aria-label')).toBe('Second Source: China–Russia trade in 2022');
    expect(card.querySelector('.title')?.textContent).toBe('China–Russia trade in 2022');
    expect(card.querySelector('.meta')?.textContent).toBe('2022 · total trade in goods');
    expect(card.querySelector('.page-quote')?.textContent).toBe('$190 billion');
    expect(card.querySelector('.page-value')?.textContent).toBe('¥1.31 trn · $190 bn');
  });

  it('lists every report with outlet, confidence, date, value, agreement and reasons', () => {
    const root = show();
    const rows = root.querySelectorAll('tbody.report');
    expect(rows).toHaveLength(3);
    expect(texts(root, '.outlet-name')).toEqual(['Unknown outlet', 'South China Morning Post', 'Global Times']);
    expect(texts(root, '.confidence .vh')).toEqual([
      '(outlet not identified)',
      '(outlet probable, not confirmed)',
      '(outlet known)',
    ]);
    expect(texts(root, 'td.date')).toEqual(['19 Mar 2023', '19 Mar 2023', '19 Mar 2023']);
    expect(texts(root, 'td.value')).toEqual(['¥1.28 trn · $185.4 bn', '¥1.3 trn · $190 bn', '¥1.31 trn · $190 bn']);
    expect(texts(root, 'td.agreement [aria-hidden]')).toEqual(['≠', '✓', '✓']);
    expect(texts(rows[0], '.reasons li')).toEqual(['-2.4% from this page', 'converted from yuan at ¥6.90/$']);
  });

  it('shows the spread when outlets differ, agreement when they do not', () => {
    expect(show().querySelector('#ss-verdict .verdict-text')?.textContent).toBe('Outlets range $185 bn – $190 bn');
    expect(show(agreeingComparison()).querySelector('.verdict-text')?.textContent).toBe(
      'All 2 outlets agree within rounding',
    );
  });

  it('keeps each quote in a collapsed details element, as text', () => {
    const root = show();
    const details = root.querySelectorAll('details.quote');
    expect(details).toHaveLength(3);
    expect(details[0].hasAttribute('open')).toBe(false);
    expect(details[0].querySelector('summary')?.textContent).toBe('Quote');
    expect(details[0].querySelector('blockquote')?.textContent).toBe('Unknown outlet said ¥1.28 trn · $185.4 bn.');
  });

  it('renders markup in quotes as text, never as HTML', () => {
    const c = differingComparison();
    c.reports[0].report.quote = '<img src=x onerror=alert(1)>';
    const root = show(c);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('blockquote')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('marks the page’s own report and says "other outlets"', () => {
    const c = agreeingComparison();
    c.reports[1].self = true;
    const root = show(c);
    expect(texts(root, '.this-page-tag')).toEqual(['this page']);
    expect(verdictLine(c)).toBe('The one other outlet agrees with this page');
  });

  it('has a close button, notes and the mention position', () => {
    let closed = 0;
    const root = show(differingComparison(), () => closed++);
    (root.querySelector('button.close') as HTMLButtonElement).click();
    expect(closed).toBe(1);
    expect(root.querySelector('.notes .note')?.textContent).toBe('Customs put it at 1.28 trillion yuan.');
    expect(root.querySelector('.foot')?.textContent).toContain('Mention 2 of 7');
  });
});

describe('card text helpers', () => {
  it('formats dates of any precision', () => {
    expect(formatReportDate('2023-03-19')).toBe('19 Mar 2023');
    expect(formatReportDate('2023-03')).toBe('Mar 2023');
    expect(formatReportDate('2023')).toBe('2023');
  });

  it('renders only http(s) links', () => {
    expect(safeUrl('https://www.globaltimes.cn/page/1.shtml')).toBe('https://www.globaltimes.cn/page/1.shtml');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });

  it('words qualitative and single-report verdicts', () => {
    const c = differingComparison();
    expect(verdictLine({ ...c, verdict: 'qualitative' })).toBe('3 outlets reported this, in their own words');
    expect(verdictLine({ ...c, verdict: 'single', reports: [c.reports[2]] })).toBe('Only Global Times reported this');
  });
});
