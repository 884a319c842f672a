// @vitest-environment happy-dom
/** The card's own words in the reader's language; dataset titles, outlet names and values as written. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type Reason, reasonText } from '../../../src/core/reasons.ts';
import { formatReportDate } from '../../../src/page/card/card-text.ts';
import { CardView } from '../../../src/page/card/card-view.tsx';
import { localReason } from '../../../src/page/card/reason-text.ts';
import { setMessageSource } from '../../../src/ui/i18n.ts';
import { messageSource } from '../i18n-source.ts';
import { agreeingComparison, differingComparison, mention } from './fake-comparison.ts';

function show(comparison = differingComparison()) {
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(
    <CardView model={{ comparison, mention: mention(), position: { index: 2, total: 7 } }} onClose={() => {}} />,
    root,
  );
  return root.querySelector('[role="dialog"]') as HTMLElement;
}

const texts = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent?.trim());

describe('card in the reader’s language', () => {
  afterEach(() => {
    render(null, document.body);
    document.body.innerHTML = '';
    setMessageSource(messageSource('en'));
  });

  it('in Chinese', () => {
    setMessageSource(messageSource('zh_CN'));
    const card = show();
    expect(card.getAttribute('aria-label')).toBe('Second Source：China–Russia trade in 2022');
    // The dataset's and the outlets' English words say so, for fonts and screen readers.
    expect(card.querySelector('.title')?.getAttribute('lang')).toBe('en');
    expect([...card.querySelectorAll('tbody.report blockquote')].map((q) => q.getAttribute('lang'))).toEqual([
      'en',
      'en',
      'en',
    ]);
    expect(card.querySelector('.this-page .label')?.textContent).toBe('本页');
    expect(card.querySelector('caption')?.textContent).toBe('其他媒体怎么说');
    expect(texts(card, 'thead th')).toEqual(['媒体', '日期', '数值', '是否一致']);
    expect(card.querySelector('.verdict-text')?.textContent).toBe('各媒体数字在 $185 bn – $190 bn 之间');
    expect(texts(card, 'td.date')).toEqual(['2023年3月19日', '2023年3月19日', '2023年3月19日']);
    expect(texts(card, '.confidence .vh')[2]).toBe('(媒体已确认)');
    expect(texts(card, '.outlet-name')).toContain('Global Times');
    expect(card.querySelector('.foot')?.textContent).toBe('第 2 处，共 7 处Alt+Shift+N 下一个 · Esc 关闭');
    expect(show(agreeingComparison()).querySelector('.verdict-text')?.textContent).toBe(
      '2 家媒体全部一致（四舍五入范围内）',
    );
    // Why each row differs or agrees: the card's words in Chinese, the outlet's own words as written.
    const rows = card.querySelectorAll('tbody.report');
    expect(texts(rows[0], '.reasons li')).toEqual(['与本页相差-2.4%', '按¥6.90/$由人民币换算']);
    expect(texts(rows[1], '.reasons li')).toEqual(['四舍五入', '引用Chinese customs']);
    expect(texts(rows[2], '.reasons li')).toEqual(['数字相同']);
  });

  it('in Russian', () => {
    setMessageSource(messageSource('ru'));
    const card = show();
    expect(card.querySelector('.this-page .label')?.textContent).toBe('Эта страница');
    expect(card.querySelector('caption')?.textContent).toBe('Что писали другие издания');
    expect(card.querySelector('.verdict-text')?.textContent).toBe('Разброс у изданий: $185 bn – $190 bn');
    expect(texts(card, 'td.date')[0]).toBe('19 мар. 2023 г.');
    expect(card.querySelector('.close')?.getAttribute('aria-label')).toBe('Закрыть');
    expect(show(agreeingComparison()).querySelector('.verdict-text')?.textContent).toBe(
      'Все 2 издания совпадают с точностью до округления',
    );
    const rows = card.querySelectorAll('tbody.report');
    expect(texts(rows[0], '.reasons li')).toEqual([
      '-2,4\u00a0% от этой страницы',
      'пересчитано по курсу ¥6,90/$ (китайский юань)',
    ]);
    expect(texts(rows[1], '.reasons li')).toEqual(['округлено', 'ссылается на: Chinese customs']);
    expect(formatReportDate('2023-03')).toBe('март 2023 г.');
    expect(formatReportDate(undefined)).toBe('без даты');
  });

  it('says every kind of reason in each language, with nothing left in English but the outlets’ own words', () => {
    const reasons: Reason[] = [
      { kind: 'cites', source: 'Reuters' },
      { kind: 'labelled', label: 'estimate' },
      { kind: 'derived' },
      { kind: 'inWords' },
      ...(['money', 'percent', 'count', 'volume'] as const).map((states) => ({ kind: 'statesKind' as const, states })),
      { kind: 'converted', currency: 'CNY', name: 'yuan', rate: 6.9 },
      { kind: 'noRate' },
      { kind: 'onBasis', percent: 29.3, currency: 'USD', name: 'dollars' },
      { kind: 'differsBy', percent: -2.83 },
      { kind: 'differsByPoints', points: 0.7 },
      { kind: 'differs' },
      { kind: 'hedged', words: 'nearly' },
      { kind: 'rounded' },
      { kind: 'sameFigure' },
    ];
    // English reads exactly as the CLI's reasons.
    expect(reasons.map(localReason)).toEqual(reasons.map(reasonText));
    const datasetWords = /Reuters|estimate|nearly/g;
    for (const lang of ['zh_CN', 'ru'] as const) {
      setMessageSource(messageSource(lang));
      const said = reasons.map(localReason);
      expect(new Set(said).size, lang).toBe(reasons.length);
      for (const text of said) expect(text.replace(datasetWords, ''), `${lang}: ${text}`).not.toMatch(/[A-Za-z]{2,}/);
    }
    setMessageSource(messageSource('ru'));
    expect(localReason({ kind: 'onBasis', percent: 29.3, currency: 'USD', name: 'dollars' })).toBe(
      '+29,3\u00a0% (в валюте: доллар США)',
    );
    expect(localReason({ kind: 'differsByPoints', points: 0.7 })).toBe('+0,7 п. п. от этой страницы');
  });

  it('in English, dates stay as before', () => {
    expect(formatReportDate('2023-03-19')).toBe('19 Mar 2023');
    expect(formatReportDate('2023-03')).toBe('Mar 2023');
    expect(formatReportDate(undefined)).toBe('undated');
  });
});
