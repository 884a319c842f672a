// @vitest-environment happy-dom
/** The card's own words in the reader's language; dataset titles, outlet names and values as written. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatReportDate } from '../../../src/page/card/card-text.ts';
import { CardView } from '../../../src/page/card/card-view.tsx';
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
    expect(formatReportDate('2023-03')).toBe('март 2023 г.');
    expect(formatReportDate(undefined)).toBe('без даты');
  });

  it('in English, dates stay as before', () => {
    expect(formatReportDate('2023-03-19')).toBe('19 Mar 2023');
    expect(formatReportDate('2023-03')).toBe('Mar 2023');
    expect(formatReportDate(undefined)).toBe('undated');
  });
});
