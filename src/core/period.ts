/**
 * Periods stated in a sentence: "in 2022", "last year" (against the page's year), "the first two months
 * of 2023", "January–February", "Q1", "by 2024", "ten years ago". Comparison bases ("from the same period
 * last year", "year-on-year") are not the period a figure covers and are ignored.
 */
import { parseNumberWords } from './number-words.ts';

export interface TextPeriod {
  start: number;
  end: number;
  year?: number;
  months?: [number, number];
  by?: number;
  /** "since 2010": a starting point, not the period of a figure. */
  since?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const COUNT = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const YEAR_REF = String.raw`(?:${YEAR}|this\s+year|last\s+year|the\s+year)`;

/** Phrases naming the base of a comparison; blanked before looking for periods. */
const COMPARISON_BASE = new RegExp(
  String.raw`\b(?:from|over|on|compared\s+(?:with|to)|than|versus|vs\.?)\s+(?:the\s+)?(?:same\s+(?:period|months?|time)\s+(?:of\s+|in\s+)?)?(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year|the\s+prior\s+year|${YEAR})|year[-\s]on[-\s]year|year[-\s]over[-\s]year|y-?o-?y|from\s+a\s+year\s+earlier`,
  'gi',
);

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, pageYear?: number) => Omit<TextPeriod, 'start' | 'end'> }[] = [
  {
    // "first two months of 2023", "first 2 months of this year", "the first five months"
    re: new RegExp(String.raw`\bfirst\s+(${COUNT})\s+months(?:\s+(?:of|in)\s+(${YEAR_REF}))?`, 'gi'),
    read: (m, y) => ({ months: [1, count(m[1])], year: yearOf(m[2], y) }),
  },
  {
    // "January-February 2023", "Jan–Feb", "between January and February"
    re: new RegExp(String.raw`\b(${MONTH})\s*(?:-|–|—|,|to|through|and)\s*(${MONTH})(?:,?\s+(${YEAR}))?`, 'gi'),
    read: (m, y) => ({ months: [month(m[1]), month(m[2])], year: yearOf(m[3], y) }),
  },
  {
    re: new RegExp(
      String.raw`\b(?:Q([1-4])|(first|second|third|fourth)\s+quarter)(?:\s+(?:of\s+)?(${YEAR_REF}))?`,
      'gi',
    ),
    read: (m, y) => {
      const q = m[1] ? Number(m[1]) : ['first', 'second', 'third', 'fourth'].indexOf(m[2].toLowerCase()) + 1;
      return { months: [q * 3 - 2, q * 3], year: yearOf(m[3], y) };
    },
  },
  {
    re: new RegExp(String.raw`\b(first|second)\s+half(?:\s+of\s+(${YEAR_REF}))?`, 'gi'),
    read: (m, y) =>
      m[1].toLowerCase() === 'first'
        ? { months: [1, 6], year: yearOf(m[2], y) }
        : { months: [7, 12], year: yearOf(m[2], y) },
  },
  {
    re: new RegExp(String.raw`\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?(${YEAR})\b`, 'gi'),
    read: (m) => ({ by: Number(m[1]) }),
  },
  { re: new RegExp(String.raw`\bsince\s+(?:${MONTH}\s+)?(${YEAR})\b`, 'gi'), read: (m) => ({ since: Number(m[1]) }) },
  { re: /\b(last|this|next|previous|past)\s+year\b/gi, read: (m, y) => relativeYear(m[1], y) },
  {
    re: new RegExp(String.raw`\b(a|${COUNT}|\d+)\s+(year|decade)s?\s+ago\b`, 'gi'),
    read: (m, y) => (y === undefined ? {} : { year: y - count(m[1]) * (m[2].toLowerCase() === 'decade' ? 10 : 1) }),
  },
  { re: /\ba\s+decade\s+since\b/gi, read: (_m, y) => (y === undefined ? {} : { year: y - 10 }) },
  // A year alone, but not the first half of a season like "2022-23".
  { re: new RegExp(String.raw`(?<![\d$.,-])(${YEAR})(?![\d%]|[-–]\d)`, 'g'), read: (m) => ({ year: Number(m[1]) }) },
];

export function findPeriods(sentence: string, offset: number, pageYear?: number): TextPeriod[] {
  const text = sentence.replace(COMPARISON_BASE, (s) => ' '.repeat(s.length));
  const taken: TextPeriod[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (taken.some((p) => start < p.end - offset && p.start - offset < end)) continue;
      const value = read(m, pageYear);
      if (Object.values(value).every((v) => v === undefined)) continue;
      taken.push({ ...value, start: offset + start, end: offset + end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function relativeYear(word: string, pageYear?: number): Omit<TextPeriod, 'start' | 'end'> {
  if (pageYear === undefined) return {};
  const w = word.toLowerCase();
  return { year: w === 'this' ? pageYear : w === 'next' ? pageYear + 1 : pageYear - 1 };
}

function yearOf(ref: string | undefined, pageYear?: number): number | undefined {
  if (!ref) return undefined;
  if (/^\d{4}$/.test(ref)) return Number(ref);
  if (/^last/i.test(ref)) return pageYear === undefined ? undefined : pageYear - 1;
  if (/^this/i.test(ref)) return pageYear;
  return undefined;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function count(raw: string): number {
  return /^\d+$/.test(raw) ? Number(raw) : raw.toLowerCase() === 'a' ? 1 : (parseNumberWords(raw) ?? 0);
}
