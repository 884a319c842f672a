import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../src/core/text-fragment.ts';

describe('deep links to a report’s words', () => {
  it('adds a text directive, percent-encoding what would split it', () => {
    expect(textFragmentUrl('https://news.example/2023/03/21/visit', 'March 20-22, 2023 & more')).toBe(
      'https://news.example/2023/03/21/visit#:~:text=March%2020%2D22%2C%202023%20%26%20more',
    );
    expect(textFragmentUrl('https://news.example/a', '$190,27 billion')).toBe(
      'https://news.example/a#:~:text=%24190%2C27%20billion',
    );
  });

  it('keeps the page’s own fragment and replaces an older directive', () => {
    expect(textFragmentUrl('https://news.example/a#top', 'record')).toBe('https://news.example/a#top:~:text=record');
    expect(textFragmentUrl('https://news.example/a#:~:text=old', 'new words')).toBe(
      'https://news.example/a#:~:text=new%20words',
    );
  });

  it('encodes non-Latin words and refuses addresses that are not web pages', () => {
    expect(textFragmentUrl('https://zh.example/p', '1902.71亿美元')).toBe(
      `https://zh.example/p#:~:text=1902.71${encodeURIComponent('亿美元')}`,
    );
    expect(textFragmentUrl('javascript:alert(1)', 'x')).toBeUndefined();
  });
});
