import { describe, expect, it } from 'vitest';
import { dateFromUrl, inferHeadDate, wordsOfUrl } from '../../../src/core/page-date.ts';

describe('dated addresses', () => {
  it.each([
    ['https://news.example/2023/03/20/visit-story', '2023-03-20'],
    ['https://news.example/20230320/visit-story.html', '2023-03-20'],
    ['https://news.example/world/2023-03-21-visit-story', '2023-03-21'],
    ['https://news.example/page/202303/1287576.shtml', '2023-03'],
    ['https://news.example/news/20230113_36/', '2023-01-13'],
  ])('%s → %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it.each([
    'https://news.example/economy/1073344',
    'https://news.example/?p=77228',
    'https://news.example/2023/99/99/not-a-date',
    'not a url',
  ])('%s has no date', (url) => {
    expect(dateFromUrl(url)).toBeUndefined();
  });
});

describe('words of an address', () => {
  it('reads the slug as words, without the host, numbers or extension', () => {
    expect(wordsOfUrl('https://news.example/2023/03/20/xi-visits-moscow_for-talks.html?x=1')).toBe(
      'xi visits moscow for talks',
    );
    expect(wordsOfUrl(undefined)).toBe('');
  });
});

describe('head date', () => {
  it('takes a dateline at the top, never a date the report speaks of further down', () => {
    expect(inferHeadDate('MOSCOW, 22nd March 2023 – Talks went on.')).toBe('2023-03-22');
    expect(inferHeadDate(`${'Words. '.repeat(100)}On February 24, 2022 the war began.`)).toBeUndefined();
  });
});
