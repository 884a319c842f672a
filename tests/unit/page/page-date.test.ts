// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readPageDate } from '../../../src/page/page-date.ts';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('page date from JSON-LD', () => {
  it('reads datePublished from an object, a list or an @graph', () => {
    document.head.innerHTML =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-21T08:00:00Z"}</script>';
    expect(readPageDate(document)).toBe('2023-03-21');
    document.head.innerHTML =
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-03-18"}]}</script>';
    expect(readPageDate(document)).toBe('2023-03-18');
    document.head.innerHTML = '<script type="application/ld+json">[{"datePublished":"2013-03-22"}]</script>';
    expect(readPageDate(document)).toBe('2013-03-22');
  });

  it('skips a page’s broken JSON-LD and reads the next source', () => {
    document.head.innerHTML = '<script type="application/ld+json">{"datePublished": 2023-03-21</script>';
    document.body.innerHTML = '<article><time datetime="2023-03-20">20 March</time></article>';
    expect(readPageDate(document)).toBe('2023-03-20');
  });
});
