/** Infers a page's date from its text ("Published: Mar 19, 2023", "22nd March 2023", "2023-03-19", "2023年3月21日", "21 марта 2023"). */
import { ruMonth } from './period.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  // "2023年3月21日"
  {
    re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  // "21 марта 2023 года"
  {
    re: /(?<![\p{N}])(\d{1,2})\s+(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\s+((?:19|20)\d{2})/iu,
    read: (m) => [Number(m[3]), ruMonth(m[2]), Number(m[1])],
  },
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    re: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, 'i'),
    read: (m) => [Number(m[3]), monthIndex(m[1]), Number(m[2])],
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+((?:19|20)\d{2})\b`, 'i'),
    read: (m) => [Number(m[3]), monthIndex(m[2]), Number(m[1])],
  },
];

/** Where a dateline or byline date stands: the top of the page. */
const HEAD_CHARS = 500;

/**
 * The page's date, as YYYY-MM-DD: a date written near the top (dateline, "Published: …"), else the latest
 * date in the text, since a report is written after the events it dates. Undefined when there is none.
 */
/** A date written near the top of the text (dateline, "Published: …") only: a page's own date, not one it reports. */
export function inferHeadDate(text: string): string | undefined {
  return allDates(text.slice(0, HEAD_CHARS + 40))
    .filter((d) => d.at < HEAD_CHARS)
    .sort((a, b) => a.at - b.at)[0]?.date;
}

export function inferPageDate(text: string): string | undefined {
  const dates = allDates(text.slice(0, 200_000));
  if (dates.length === 0) return undefined;
  const head = dates.filter((d) => d.at < HEAD_CHARS).sort((a, b) => a.at - b.at)[0];
  return (
    head?.date ??
    dates
      .map((d) => d.date)
      .sort()
      .at(-1)
  );
}

/** The patterns compiled once for exec loops (allDates resets lastIndex before each use). */
const GLOBAL_DATE_PATTERNS = DATE_PATTERNS.map(({ re, read }) => ({
  global: new RegExp(re.source, `${re.flags}g`),
  read,
}));

function allDates(text: string): { at: number; date: string }[] {
  const out: { at: number; date: string }[] = [];
  for (const { global, read } of GLOBAL_DATE_PATTERNS) {
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const [y, mo, d] = read(m);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      out.push({ at: m.index, date: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` });
    }
  }
  return out;
}

export function yearOfDate(date: string | undefined): number | undefined {
  const m = /^(\d{4})/.exec(date ?? '');
  return m ? Number(m[1]) : undefined;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * The date a page's address carries, as YYYY-MM-DD, YYYY-MM or YYYY: "/2023/03/20/", "/20230320/",
 * "/2023-03-20-…", "/202303/" (year and month). Undefined when the address holds none.
 */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/s, '');
  const valid = (y: number, m: number, d?: number) =>
    y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= 31));
  const pad = (n: number) => String(n).padStart(2, '0');
  const full = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(\d{2})[/_-]?(\d{2})(?=$|[/_.-]|\D)/.exec(path);
  if (full && valid(+full[1], +full[2], +full[3])) return `${full[1]}-${full[2]}-${full[3]}`;
  const month = /(?:^|\/)((?:19|20)\d{2})[/_-]?(\d{2})(?=\/)/.exec(path);
  if (month && valid(+month[1], +month[2])) return `${month[1]}-${pad(+month[2])}`;
  return undefined;
}

/** The words of a page's address ("/2023/03/20/summit-opens-in-paris" → "summit opens in paris"), for context. */
export function wordsOfUrl(url: string | undefined): string {
  if (!url) return '';
  const path = url.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/s, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the address as written.
  }
  return decoded
    .replace(/\.[a-z]{2,5}$/i, '')
    .split(/[/_\-+.]+/)
    .filter((w) => /\p{L}{2,}/u.test(w))
    .join(' ');
}
