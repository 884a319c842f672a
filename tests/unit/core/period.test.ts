import { describe, expect, it } from 'vitest';
import { inferPageDate } from '../../../src/core/page-date.ts';
import { findPeriods, yearsNamed } from '../../../src/core/period.ts';
import { splitSentences } from '../../../src/core/sentences.ts';

const periods = (s: string, pageYear = 2023) => findPeriods(s, 0, pageYear).map(({ start, end, ...p }) => p);

describe('findPeriods', () => {
  it.each([
    ['in 2022', [{ year: 2022 }]],
    ['last year', [{ year: 2022 }]],
    ['this year', [{ year: 2023 }]],
    ['in the first two months of 2023', [{ months: [1, 2], year: 2023 }]],
    ['in the first 2 months of this year', [{ months: [1, 2], year: 2023 }]],
    ['January-February 2023', [{ months: [1, 2], year: 2023 }]],
    ['in Jan–Feb', [{ months: [1, 2] }]],
    ['in the first quarter of 2023', [{ months: [1, 3], year: 2023 }]],
    ['Q1 2023', [{ months: [1, 3], year: 2023 }]],
    ['by 2024', [{ by: 2024 }]],
    ['the $200bn target set for 2024', [{ by: 2024 }]],
    ['к 2024 году', [{ by: 2024 }]],
    ['раньше намеченного 2024 года', [{ by: 2024 }]],
    ['запланированного на 2024 год', [{ by: 2024 }]],
    ['since 2010', [{ since: 2010 }]],
    ['ten years ago', [{ year: 2013 }]],
    ['a decade since', [{ year: 2013 }]],
  ])('reads “%s”', (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });

  it('ignores the base of a comparison', () => {
    expect(periods('up 26% from the same period last year')).toEqual([]);
    expect(periods('up 34.3 percent year-on-year')).toEqual([]);
    expect(periods('compared with 2021')).toEqual([]);
    expect(periods('a quarter more than in January and February of 2022')).toEqual([]);
    expect(periods('up 25.9% compared with Jan–Feb 2022')).toEqual([]);
    expect(periods('вырос на 25,9% по сравнению с январем–февралем 2022 года')).toEqual([]);
    expect(periods('больше, чем в январе-феврале 2022 года')).toEqual([]);
    expect(periods('比2022年1-2月增长25.9%')).toEqual([]);
    expect(periods('2022年贸易额比2021年增长34.3%')).toEqual([{ year: 2022 }]);
  });

  it('does not read a season or an amount as a year', () => {
    expect(periods('the 2022-23 Year of Exchange')).toEqual([]);
    expect(periods('$2022 billion')).toEqual([]);
  });

  it('leaves relative years unresolved without a page year, and says which', () => {
    expect(findPeriods('last year', 0, undefined)).toEqual([{ start: 0, end: 9, unresolved: 'last year' }]);
    expect(findPeriods('去年', 0, undefined)).toEqual([{ start: 0, end: 2, unresolved: '去年' }]);
    expect(findPeriods('в прошлом году', 0, undefined)).toEqual([{ start: 2, end: 14, unresolved: 'прошлом году' }]);
  });
});

describe('yearsNamed', () => {
  it('names the years a text gives, not comparison bases nor amounts written with a myriad word', () => {
    expect(yearsNamed('up 5 % from 2021; in 2022 it rose')).toEqual([2022]);
    expect(yearsNamed('两国贸易额去年为1900亿美元，目标2000亿美元')).toEqual([]);
    expect(yearsNamed('2022年贸易额1902.71亿美元')).toEqual([2022]);
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends and paragraphs, not on abbreviations or decimals', () => {
    const s = splitSentences('The U.S. drone fell. Trade hit $1.28 trillion.\nNew paragraph here.Glued next');
    expect(s.map((x) => x.text)).toEqual([
      'The U.S. drone fell.',
      'Trade hit $1.28 trillion.',
      'New paragraph here.',
      'Glued next',
    ]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 1]);
  });
});

describe('inferPageDate', () => {
  it.each([
    ['Published: Mar 19, 2023 11:43 PM', '2023-03-19'],
    ['22nd March 2023 – (Moscow)', '2023-03-22'],
    ['at the Kremlin on March 20, 2023.', '2023-03-20'],
    ['2023-03-17T10:00', '2023-03-17'],
  ])('reads “%s”', (text, date) => {
    expect(inferPageDate(text)).toBe(date);
  });

  it('prefers a date at the top, else the latest, and gives undefined when there is none', () => {
    expect(inferPageDate('Filed March 1, 2023. Updated March 5, 2023.')).toBe('2023-03-01');
    expect(inferPageDate(`${'x'.repeat(600)} the February 23, 2022 invasion; talks on March 20, 2023.`)).toBe(
      '2023-03-20',
    );
    expect(inferPageDate('officially announced on Friday')).toBeUndefined();
  });
});
