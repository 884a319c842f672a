/**
 * The page's publication date for "last year"/"this year" and for dating events: article metadata
 * first, then JSON-LD datePublished, a <time datetime> in the article, then a dated address path
 * ("/2023/03/20/"). Undefined when the page says nothing (the engine then reads a dateline).
 */
import { dateFromUrl } from '../core/page-date.ts';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
];

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

export function readPageDate(doc: Document = document): string | undefined {
  for (const sel of META_SELECTORS) {
    const value = doc.querySelector(sel)?.getAttribute('content') ?? undefined;
    const day = isoDay(value);
    if (day) return day;
  }
  const fromJsonLd = jsonLdDate(doc);
  if (fromJsonLd) return fromJsonLd;
  const time =
    doc.querySelector('article time[datetime], main time[datetime], [itemprop="datePublished"][datetime]') ??
    doc.querySelector('time[datetime][pubdate], time[datetime]');
  return isoDay(time?.getAttribute('datetime') ?? undefined) ?? dateFromUrl(doc.location?.href);
}

/** `datePublished` of the page's JSON-LD (an object, a list, or an @graph); a script that is not JSON is skipped. */
function jsonLdDate(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > 200_000 || !text.includes('datePublished')) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue; // the page's own broken JSON-LD: nothing to read there
    }
    const stack = [data];
    for (let n = 0; stack.length && n < 500; n++) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === 'object') {
        const day = isoDay(
          typeof (item as Record<string, unknown>).datePublished === 'string'
            ? (item as Record<string, string>).datePublished
            : undefined,
        );
        if (day) return day;
        const graph = (item as Record<string, unknown>)['@graph'];
        if (graph) stack.push(graph);
      }
    }
  }
  return undefined;
}

function isoDay(value: string | undefined): string | undefined {
  const m = ISO_DAY.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const [y, mo, d] = m[1].split('-').map(Number);
  return y > 1900 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? m[1] : undefined;
}
