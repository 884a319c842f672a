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
  /** A relative period ("last year", "去年") on a page with no date: named, but not placed in time. */
  unresolved?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const COUNT = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const YEAR_REF = String.raw`(?:${YEAR}|this\s+year|last\s+year|the\s+year)`;

/** ru month stems ("января", "феврале", "март"). */
const RU_MONTH = String.raw`(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*`;
const RU_MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const RU_COUNT = String.raw`(?:два|две|двух|три|трех|трёх|четыре|пять|шесть|\d{1,2})`;
const ZH_COUNT = String.raw`(?:两|二|三|四|五|六|七|八|九|十|十一|十二|\d{1,2})`;
/** ru months of a comparison's base ("январем–февралем", "в январе-феврале"), before its year. */
const RU_MONTHS_BEFORE_YEAR = String.raw`(?:${RU_MONTH}(?:\s*[-–—]\s*${RU_MONTH})?\s+)?`;
/** zh months or "the same period" of a comparison's year ("2022年1-2月", "2022年同期"). */
const ZH_MONTHS_AFTER_YEAR = String.raw`(?:\s*\d{1,2}\s*(?:-|–|—|至|到)\s*\d{1,2}\s*月|同期)?`;
/**
 * zh and ru ways of naming a comparison's base ("同比", "比去年同期", "比2022年1-2月", "较2021年",
 * "по сравнению с прошлым годом", "по сравнению с январем–февралем 2022 года", "чем в 2021-м").
 */
const COMPARISON_BASE_INTL = new RegExp(
  String.raw`(?:较|比|与)(?:上年|去年|上一年|前一年)(?:同期)?|(?:较|比)\s*\d{4}\s*年${ZH_MONTHS_AFTER_YEAR}|与\s*\d{4}\s*年${ZH_MONTHS_AFTER_YEAR}\s*相比|同比|по\s+сравнению\s+с\s+(?:прошл\p{L}+\s+год\p{L}*|(?:аналогичн\p{L}+\s+период\p{L}*\s+)?(?:прошл|предыдущ)\p{L}+\s+год\p{L}*|${RU_MONTHS_BEFORE_YEAR}\d{4}(?:\s+год\p{L}*)?)|год\s+к\s+году|в\s+годовом\s+выражении|г\/г|чем\s+(?:в\s+)?${RU_MONTHS_BEFORE_YEAR}\d{4}(?:-м|\s+год\p{L}*)?|к\s+\d{4}-(?:му|м)`,
  'giu',
);

/** Months of another year as a comparison's base: "than in January and February of 2022", "compared with Jan–Feb 2022". */
const MONTHS_BASE = String.raw`\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:in\s+|during\s+)?(?:the\s+same\s+(?:period|months?)\s+(?:of\s+|in\s+)?)?${MONTH}(?:\s*(?:-|–|—|and|to|through)\s*${MONTH})?,?\s+(?:of\s+)?${YEAR}`;

/** Phrases naming the base of a comparison; blanked before looking for periods. */
const COMPARISON_BASE = new RegExp(
  String.raw`\b(?:from|over|on|compared\s+(?:with|to)|than|versus|vs\.?)\s+(?:the\s+)?(?:same\s+(?:period|months?|time)\s+(?:of\s+|in\s+)?)?(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year|the\s+prior\s+year|${YEAR})|year[-\s]on[-\s]year|year[-\s]over[-\s]year|y-?o-?y|from\s+a\s+year\s+earlier|${MONTHS_BASE}`,
  'gi',
);

/**
 * What may not follow a year written alone: more digits, a percent sign, the second half of a season
 * like "2022-23", the decimals or the myriad word of an amount ("1902.71亿", "2000亿美元").
 */
const NOT_AN_AMOUNT = String.raw`(?![\d%]|[-–.,]\d|\s*[\u4ebf\u5104\u4e07\u842c])`;

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
  // "the $200 billion goal for 2024": a goal's year is its deadline.
  {
    re: new RegExp(
      String.raw`\b(?:goal|target|aim|objective)s?\s+(?:(?:set|agreed|fixed)\s+)?(?:for|of|in)\s+(${YEAR})\b`,
      'gi',
    ),
    read: (m) => ({ by: Number(m[1]) }),
  },
  { re: /\b(last|this|next|previous|past)\s+year\b/gi, read: (m, y) => relativeYear(m[1], y, m[0]) },
  // zh: "2023年1-2月", "前两个月", "一季度", "上半年", "去年", "到2024年".
  {
    re: /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*(?:-|–|—|至|到|~|～)\s*(\d{1,2})\s*月/gu,
    read: (m) => ({ months: [Number(m[2]), Number(m[3])], year: m[1] ? Number(m[1]) : undefined }),
  },
  {
    re: new RegExp(String.raw`(?:(\d{4})\s*年\s*)?(?:前|头|首)\s*(${ZH_COUNT}|兩)\s*[个個]?月`, 'gu'),
    read: (m) => ({ months: [1, zhCount(m[2])], year: m[1] ? Number(m[1]) : undefined }),
  },
  {
    re: /(?:(\d{4})\s*年\s*)?第?([一二三四1-4])季度/gu,
    read: (m) => {
      const q = '一二三四'.indexOf(m[2]) + 1 || Number(m[2]);
      return { months: [q * 3 - 2, q * 3], year: m[1] ? Number(m[1]) : undefined };
    },
  },
  {
    re: /(?:(\d{4})\s*年\s*)?(上|下)半年/gu,
    read: (m) => ({ months: m[2] === '上' ? [1, 6] : [7, 12], year: m[1] ? Number(m[1]) : undefined }),
  },
  { re: /(?:到|至)\s*(\d{4})\s*年(?:底|末)?|(\d{4})\s*年(?:前|之前)/gu, read: (m) => ({ by: Number(m[1] ?? m[2]) }) },
  {
    re: /(去年|今年|明年|前年)/gu,
    read: (m, y) =>
      y === undefined
        ? { unresolved: m[0] }
        : { year: y + ({ 去年: -1, 今年: 0, 明年: 1, 前年: -2 } as Record<string, number>)[m[1]] },
  },
  {
    re: new RegExp(String.raw`(${ZH_COUNT})\s*年前`, 'gu'),
    read: (m, y) => (y === undefined ? {} : { year: y - zhCount(m[1]) }),
  },
  // ru: "январь–февраль 2023 года", "первые два месяца", "первом квартале", "в прошлом году", "к 2024 году".
  {
    re: new RegExp(String.raw`(?<![\p{L}])${RU_MONTH}\s*(?:-|–|—|и)\s*${RU_MONTH}(?:\s+(\d{4}))?`, 'giu'),
    read: (m) => ({ months: [ruMonth(m[1]), ruMonth(m[2])], year: m[3] ? Number(m[3]) : undefined }),
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}])перв\p{L}*\s+(${RU_COUNT})\s+месяц\p{L}*(?:\s+(\d{4}))?`, 'giu'),
    read: (m) => ({ months: [1, ruCount(m[1])], year: m[2] ? Number(m[2]) : undefined }),
  },
  {
    re: /(?<![\p{L}])(перв|втор|трет|четверт)\p{L}*\s+квартал\p{L}*(?:\s+(\d{4}))?/giu,
    read: (m) => {
      const q = ['перв', 'втор', 'трет', 'четверт'].indexOf(m[1].toLowerCase()) + 1;
      return { months: [q * 3 - 2, q * 3], year: m[2] ? Number(m[2]) : undefined };
    },
  },
  {
    re: /(?<![\p{L}])(перв|втор)\p{L}*\s+полугоди\p{L}*(?:\s+(\d{4}))?/giu,
    read: (m) => ({
      months: m[1].toLowerCase() === 'перв' ? [1, 6] : [7, 12],
      year: m[2] ? Number(m[2]) : undefined,
    }),
  },
  { re: /(?<![\p{L}])(?:к|до)\s+(\d{4})(?:\s+год\p{L}*|-м\p{L}*)/giu, read: (m) => ({ by: Number(m[1]) }) },
  // "раньше намеченного 2024 года", "запланированного на 2024 год": a planned year is a deadline.
  {
    re: /(?<![\p{L}])(?:намеченн|запланированн)\p{L}*\s+(?:на\s+|к\s+)?(\d{4})(?:\s+год\p{L}*|-м\p{L}*)/giu,
    read: (m) => ({ by: Number(m[1]) }),
  },
  { re: /(?<![\p{L}])с\s+(\d{4})\s+год\p{L}*/giu, read: (m) => ({ since: Number(m[1]) }) },
  {
    re: /(?<![\p{L}])(прошл|минувш|этом|текущ|нынешн|следующ)\p{L}*\s+год\p{L}*/giu,
    read: (m, y) => {
      if (y === undefined) return { unresolved: m[0] };
      const w = m[1].toLowerCase();
      return { year: w === 'прошл' || w === 'минувш' ? y - 1 : w === 'следующ' ? y + 1 : y };
      // этом, текущем, нынешнего: this year.
    },
  },
  {
    re: /(?<![\p{L}])(\d{1,2}|десять|пять)\s+лет\s+назад/giu,
    read: (m, y) => (y === undefined ? {} : { year: y - (/\d/.test(m[1]) ? Number(m[1]) : m[1] === 'пять' ? 5 : 10) }),
  },
  {
    re: new RegExp(String.raw`\b(a|${COUNT}|\d+)\s+(year|decade)s?\s+ago\b`, 'gi'),
    read: (m, y) => (y === undefined ? {} : { year: y - count(m[1]) * (m[2].toLowerCase() === 'decade' ? 10 : 1) }),
  },
  { re: /\ba\s+decade\s+since\b/gi, read: (_m, y) => (y === undefined ? {} : { year: y - 10 }) },
  { re: new RegExp(String.raw`(?<![\d$.,-])(${YEAR})${NOT_AN_AMOUNT}`, 'g'), read: (m) => ({ year: Number(m[1]) }) },
];

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const CYRILLIC = /[\u0400-\u04ff]/;
type Script = 'han' | 'cyrillic';

/** Each pattern with the script it needs: a sentence is read only with the patterns of its scripts. */
const SCRIPTED = PATTERNS.map((p) => ({
  ...p,
  script: (HAN.test(p.re.source) ? 'han' : CYRILLIC.test(p.re.source) ? 'cyrillic' : undefined) as Script | undefined,
}));

function scriptsOf(text: string): Set<Script> {
  const out = new Set<Script>();
  if (HAN.test(text)) out.add('han');
  if (CYRILLIC.test(text)) out.add('cyrillic');
  return out;
}

export function findPeriods(sentence: string, offset: number, pageYear?: number): TextPeriod[] {
  let text = sentence.replace(COMPARISON_BASE, (s) => ' '.repeat(s.length));
  if (HAN.test(sentence) || CYRILLIC.test(sentence))
    text = text.replace(COMPARISON_BASE_INTL, (s) => ' '.repeat(s.length));
  const taken: TextPeriod[] = [];
  const scripts = scriptsOf(sentence);
  for (const { re, read, script } of SCRIPTED) {
    if (script && !scripts.has(script)) continue;
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

function relativeYear(word: string, pageYear: number | undefined, written: string): Omit<TextPeriod, 'start' | 'end'> {
  if (pageYear === undefined) return { unresolved: written };
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

function zhCount(raw: string): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  return { 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 }[raw] ?? 0;
}

function ruCount(raw: string): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  const w = raw.toLowerCase();
  return w.startsWith('дв')
    ? 2
    : w.startsWith('тр')
      ? 3
      : w === 'четыре'
        ? 4
        : w === 'пять'
          ? 5
          : w === 'шесть'
            ? 6
            : 0;
}

/** The month (1–12) of a month stem as RU_MONTH captures it ("марта"); 0 when it is none. */
export function ruMonth(stem: string): number {
  return RU_MONTHS.indexOf(stem.toLowerCase().replace(/^ма[йяе]$/, 'ма')) + 1;
}

const YEAR_NAMED = new RegExp(String.raw`(?<![\d.,])(${YEAR})${NOT_AN_AMOUNT}`, 'g');

/**
 * The years a text names outright, comparison bases left out ("up 5 % from 2021", "чем в 2021-м"):
 * what an undated "last year" has to agree with.
 */
export function yearsNamed(text: string): number[] {
  const plain = text
    .replace(COMPARISON_BASE, (s) => ' '.repeat(s.length))
    .replace(COMPARISON_BASE_INTL, (s) => ' '.repeat(s.length));
  return [...new Set(Array.from(plain.matchAll(YEAR_NAMED), (m) => Number(m[1])))];
}
