/**
 * The page's publication date for "last year"/"this year": article metadata first, then a
 * <time datetime> in the article. Undefined when the page says nothing (the engine then infers
 * the date from the text).
 */
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
  const time =
    doc.querySelector('article time[datetime], main time[datetime], [itemprop="datePublished"][datetime]') ??
    doc.querySelector('time[datetime][pubdate], time[datetime]');
  return isoDay(time?.getAttribute('datetime') ?? undefined);
}

function isoDay(value: string | undefined): string | undefined {
  const m = ISO_DAY.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const [y, mo, d] = m[1].split('-').map(Number);
  return y > 1900 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? m[1] : undefined;
}
