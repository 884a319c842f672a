/**
 * Quantity parsing: finds money, percentages, counts and volumes in running text, with their hedges
 * ("nearly", "more than"), as written in news copy: "$190bn", "$200 bln", "190,27 billion dollars",
 * "34.3 per cent", "12,8%", "forty times", "40-odd meetings", "15.5 billion cubic metres", "more than
 * doubled", "rose by at least half", "almost a third", "a double-digit pace", "1.5 fold". Currencies
 * are the packs' (vocabulary.ts): a sign before the number, glued or spaced, or a word after it.
 * Pure and total: never throws.
 */

import { hedgeBefore } from './hedge.ts';
import { NUMBER_WORDS, NUMBER_WORDS_PATTERN, parseNumberWords } from './number-words.ts';
import { quickTest } from './terms.ts';
import type { ParsedQuantity } from './types.ts';
import type { CurrencyReader } from './vocabulary.ts';

/** Thousands groups ("190,271"), a decimal comma as much of Europe writes it ("190,27", "12,8"), or plain. */
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![\d])|\d+(?:\.\d+)?|\.\d+`;
// Digits may follow a letter (a glued currency sign: "RMB1.28"); readQuantity keeps them only then.
const NUMBER = new RegExp(
  String.raw`(?<![\p{N}.,])(?:${DIGITS})(?!\p{N}|[.,]\d)|(?<![\p{L}\p{N}.,])(?:${NUMBER_WORDS_PATTERN})(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * Latin or Cyrillic letters glued to digits are fine only as a scale or unit ("$190bn", "1.3tn",
 * "5pc", "190млрд"); zh writes every unit glued ("1902.71亿美元").
 */
const GLUED_SUFFIX =
  /^(?:trillion|trln|trn|tn|billion|bln|bn|mln|million|mn|b|m|pc|pct|bcm|fold|st|nd|rd|th|млрд|млн|трлн)(?![\p{L}])/iu;
const SPACED_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
/**
 * "to 200 billion by 2024": a billion or trillion with no currency is money in the pack's reference
 * currency when what follows is not a unit of its own ("billion people", "billion tonnes").
 */
const BARE_MONEY_NEXT =
  /^(?:\s*[,.;:)—–-]|\s*$|\s+(?:by|in|to|and|annually|a\s+year|per|this|last|from|for|with|on|at|over|as|mark|level|worth|was|were|is|by\s+the)\b)/i;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const NO_CURRENCIES: CurrencyReader = { before: undefined, after: undefined, code: () => undefined };
/** "the 40th meeting": an ordinal of meetings is a count. */
const AFTER_ORDINAL = /^(?:st|nd|rd|th)\s+(?:meeting|summit|encounter|time)s?\b/i;

const SCALES: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  trln: 1e12,
  bln: 1e9,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  млрд: 1e9,
  млн: 1e6,
  трлн: 1e12,
  миллиард: 1e9,
  миллион: 1e6,
  триллион: 1e12,
  万亿: 1e12,
  萬億: 1e12,
  億: 1e8,
  萬: 1e4,
  千亿: 1e11,
  百亿: 1e10,
  亿: 1e8,
  万: 1e4,
};
// en and ru scale words end at a word boundary; zh ones are glued to what follows.
const AFTER_SCALE =
  /^(?:[\s-]*(trillion|trln|trn|tn|billion|bln|bn|mln|million|mn|b|m)s?(?![\p{L}])|[\s-]*(млрд|млн|трлн|миллиард|миллион|триллион)\p{Ll}{0,3}(?![\p{L}])|\s*(万亿|萬億|千亿|百亿|亿|億|万|萬))/iu;
const ABBREVIATION_DOT = /^\.(?=\s*\p{Ll})/u;
const AFTER_PERCENT = /^\s*(?:%|％|percent\b|per\s+cent\b|pct\b|pc\b|процент\p{L}*|проц\.)/iu;
const AFTER_VOLUME =
  /^\s*(?:(?:trillion|billion|bn|million|млрд\.?|млн\.?|миллиард\p{L}*|万亿|萬億|亿|億|万|萬)\s*)?(?:cubic\s+met(?:er|re)s?|cu\.?\s?m\b|m3\b|m³|bcm\b|кубометр\p{L}*|кубическ\p{L}*\s+метр\p{L}*|куб\.\s?м|立方米|方)/iu;
const AFTER_COUNT =
  /^(?:(?:[\s-]+odd|\s+or\s+so)?\s*(?:(?:more\s+|separate\s+|bilateral\s+|face-to-face\s+|in-person\s+)?(?:times|meetings?|summits?|talks|occasions|encounters|rounds?\s+of\s+talks)\b)|\s*(?:раз|раза|встреч\p{L}*)(?![\p{L}])|\s*(?:多|余)?次)/iu;
const AFTER_FOLD = /^(?:[\s-]*fold\b|\s*倍)/i;
/** ru "в 2 раза": "в" before the number, "раз(а)" after it. */
const FOLD_BEFORE = /(?<![\p{L}])в\s+$/iu;
const AFTER_TIMES = /^\s*раза?(?![\p{L}])/iu;
/** en "rose 1.5 times": a growth verb (and maybe a hedge) before the number, "times" after it. */
const GROWTH_VERB_BEFORE =
  /\b(?:up|rose|grew|increased|jumped|surged|climbed|expanded|soared|gained)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over)\s+)?$/i;
const AFTER_TIMES_EN = /^\s*times\b(?!\s+(?:a|per|each|in\s+a\s+row)\b)/i;

/** Growth phrases with no digits: "doubled", "more than doubled", "rose by at least half", "double-digit". */
const GROWTH_WORDS: {
  re: RegExp;
  value: (m: RegExpExecArray) => Pick<ParsedQuantity, 'amount' | 'min' | 'max'>;
  kind?: ParsedQuantity['kind'];
}[] = [
  // Counts in ru and zh words: "сорока встреч", "около сорока раз", "四十多次".
  {
    re: /(?<![\p{L}])(двадцат|тридцат|сорок|пятидесят)\p{L}*\s+(?:встреч\p{L}*|раз)(?![\p{L}])/giu,
    value: (m) => ({ amount: { двадцат: 20, тридцат: 30, сорок: 40, пятидесят: 50 }[m[1].toLowerCase()] }),
    kind: 'count',
  },
  {
    re: /(二十|三十|四十|五十)(多|余)?次/gu,
    value: (m) => {
      const n = { 二十: 20, 三十: 30, 四十: 40, 五十: 50 }[m[1]] ?? 0;
      return m[2] ? { amount: n, min: n, max: n + 9 } : { amount: n };
    },
    kind: 'count',
  },
  {
    re: /\b(doubled|tripled|trebled|quadrupled)\b/gi,
    value: (m) => ({ amount: { doubled: 100, tripled: 200, trebled: 200, quadrupled: 300 }[m[1].toLowerCase()] }),
  },
  {
    re: /\b(?:by|up|rose|grew|increased|jumped|surged|climbed|expanded|gained|soared)\s+(?:by\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+|roughly\s+|some\s+)?(?:a\s+|one[-\s])?(half|third|quarter|fifth)\b/gi,
    value: (m) => ({ amount: { half: 50, third: 100 / 3, quarter: 25, fifth: 20 }[m[1].toLowerCase()] }),
  },
  {
    re: /\b(two|three|four|five|ten)[-\s]?fold\b/gi,
    value: (m) => ({ amount: ({ two: 2, three: 3, four: 4, five: 5, ten: 10 }[m[1].toLowerCase()] ?? 1) * 100 - 100 }),
  },
  { re: /\btwice\s+as\s+(?:much|many)\b/gi, value: () => ({ amount: 100 }) },
  // ru "в 1,5 раза" (1.5-fold), "вдвое", "в два раза"; zh "翻了一番" (doubled).
  {
    re: /(?<![\p{L}])в\s+(\d+(?:[.,]\d+)?)\s+раза?(?![\p{L}])/giu,
    value: (m) => ({ amount: Math.round((Number(m[1].replace(',', '.')) - 1) * 1000) / 10 }),
  },
  { re: /(?<![\p{L}])(?:вдвое|в\s+два\s+раза)(?![\p{L}])/giu, value: () => ({ amount: 100 }) },
  { re: /(?<![\p{L}])в\s+полтора\s+раза(?![\p{L}])/giu, value: () => ({ amount: 50 }) },
  { re: /翻了?一番|翻倍/g, value: () => ({ amount: 100 }) },
  // zh "增长一倍" (grew by one time: doubled), "四分之一" (a quarter), "一半" (half).
  {
    re: /(?:增长|增加|提高|上涨|增長|成長|增)了?\s*(超过|超過|近|约)?\s*([一二两兩三四五]|\d+(?:\.\d+)?)\s*倍(多|以上|有余)?/gu,
    value: (m) => {
      const n = ('一二三四五'.indexOf(m[2].replace(/[两兩]/, '二')) + 1 || Number(m[2])) * 100;
      return m[1]?.startsWith('超') || m[3] ? { min: n } : m[1] === '近' ? { amount: n, max: n } : { amount: n };
    },
  },
  // "是前一年的两倍多": twice the year before, or more.
  {
    re: /是[^，。,；;]{0,10}的\s*([两兩二三四五]|\d+(?:\.\d+)?)\s*倍(多|以上|有余)?/gu,
    value: (m) => {
      const n = (('二三四五'.indexOf(m[1].replace(/[两兩]/, '二')) + 2 || Number(m[1])) - 1) * 100;
      return m[2] ? { min: n } : { amount: n };
    },
  },
  {
    re: /([二三四五])分之([一二三])/gu,
    value: (m) => ({ amount: Math.round((' 一二三'.indexOf(m[2]) / ' 一二三四五'.indexOf(m[1])) * 1000) / 10 }),
  },
  { re: /一半/gu, value: () => ({ amount: 50 }) },
  // zh tenths ("三成": 30 %) and ru fractions ("на треть", "наполовину").
  {
    re: /([一二两兩三四五六七八九]|\d)成([一二三四五六七八九])?(多)?(?!员)/gu,
    value: (m) => {
      const digit = (c: string) => '一二三四五六七八九'.indexOf(c.replace(/[两兩]/, '二')) + 1 || Number(c);
      const n = digit(m[1]) * 10 + (m[2] ? digit(m[2]) : 0);
      // "一成多": a tenth and more.
      return m[3] ? { amount: n, min: n, max: n + 9 } : { amount: n };
    },
  },
  {
    re: /(?<![\p{L}])(?:на\s+(треть|четверть|половину|пятую\s+часть)|(наполовину))(?![\p{L}])/giu,
    value: (m) => ({
      amount: { треть: 100 / 3, четверть: 25, половину: 50, наполовину: 50 }[(m[1] ?? m[2]).toLowerCase()] ?? 20,
    }),
  },
  { re: /\bdouble[-\s]digits?\b/gi, value: () => ({ min: 10, max: 99.9 }) },
  { re: /\btriple[-\s]digits?\b/gi, value: () => ({ min: 100, max: 999.9 }) },
];

/**
 * Words without which a text holds no quantity: the number words, the scales a bare "a" needs
 * ("a trillion"), and the growth words ("doubled", "by half", "double-digit"). Digits aside.
 */
const QUANTITY_WORDS = [
  ...NUMBER_WORDS,
  'hundred',
  ...['trillion', 'trn', 'tn', 'billion', 'bn', 'mln', 'million', 'mn'],
  ...['doubled', 'tripled', 'trebled', 'quadrupled', 'half', 'third', 'quarter', 'fifth', 'twice', 'double', 'triple'],
  ...[
    'вдвое',
    'два раза',
    'полтора',
    'двадцат',
    'тридцат',
    'сорок',
    'пятидесят',
    '二十',
    '三十',
    '四十',
    '五十',
    '翻一番',
    '翻了一番',
    'треть',
    'четверть',
    'половину',
    'наполовину',
  ],
  ...['一成', '二成', '两成', '三成', '四成', '五成', '六成', '七成', '八成', '九成', '倍', '分之', '一半'],
];
const holdsQuantityWord = quickTest(QUANTITY_WORDS);

/**
 * Could `text` hold a quantity at all? A cheap superset of parseQuantities(text).length > 0 (a digit,
 * or one of the words above at a word start): most sentences that merely hold a measure word
 * ("after the meeting") are dismissed without reading them for numbers.
 */
export function mayHoldQuantity(text: string): boolean {
  return /\d/.test(text) || holdsQuantityWord(text);
}

/** Each growth word with the script it is written in: a text without that script skips it. */
const GROWTH_WORDS_BY_SCRIPT = GROWTH_WORDS.map((w) => ({
  ...w,
  script: HAN.test(w.re.source) ? 'han' : CYRILLIC.test(w.re.source) ? 'cyrillic' : 'latin',
}));

export function parseQuantities(text: string, currencies: CurrencyReader = NO_CURRENCIES): ParsedQuantity[] {
  const found: ParsedQuantity[] = [];
  if (typeof text !== 'string' || text.length === 0) return found;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const q = readQuantity(text, m.index, m[0], currencies);
    if (q) {
      found.push(q);
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, q.end);
    }
  }
  const han = HAN.test(text);
  const cyrillic = CYRILLIC.test(text);
  for (const { re, value, kind = 'percent', script } of GROWTH_WORDS_BY_SCRIPT) {
    if ((script === 'han' && !han) || (script === 'cyrillic' && !cyrillic)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (found.some((q) => m.index < q.end && q.start < m.index + m[0].length)) continue;
      found.push(withHedge(text, { kind, ...value(m), text: m[0], start: m.index, end: m.index + m[0].length }));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function readQuantity(
  text: string,
  start: number,
  raw: string,
  currencies: CurrencyReader,
): ParsedQuantity | undefined {
  const isDigits = /\d/.test(raw);
  // "33,685 млрд" and "1,28 трлн" write the decimal with a comma; "15,036 million" groups thousands.
  const decimalComma =
    /^\d+,\d{1,2}$/.test(raw) ||
    (/^\d{1,3},\d{3}$/.test(raw) &&
      /^\s*(?:млрд|млн|трлн|миллиард|миллион|триллион)/i.test(text.slice(start + raw.length)));
  const written = decimalComma ? raw.replace(',', '.') : raw.replace(/,/g, '');
  const base = isDigits ? Number(written) : parseNumberWords(raw);
  if (base === undefined || !Number.isFinite(base)) return undefined;
  let end = start + raw.length;
  let rest = text.slice(end, end + 40);
  if (isDigits && SPACED_LETTER.test(rest.charAt(0)) && !GLUED_SUFFIX.test(rest)) return undefined;
  const before = text.slice(Math.max(0, start - 8), start);
  const sign = currencies.before?.exec(before);
  // Digits glued to letters count only behind a currency sign ("RMB1.28"), never in "G20" or "A380".
  if (isDigits && SPACED_LETTER.test(before.charAt(before.length - 1)) && !sign) return undefined;
  const decimals = isDigits ? (written.split('.')[1] ?? '').length : 0;
  const unitPrecision = isDigits ? digitPrecision(written, decimals) : 1;

  // ru "в 2 раза" (2-fold, "больше чем в 2 раза"): a growth, not a count of times; it starts at "в",
  // so a hedge before it is read.
  // en "rose 1.5 times", "up 2 times": times after a growth verb are a fold too.
  /** A fold as the growth it means (2 times is +100 %), read from `from` to `to`. */
  const asFold = (from: number, to: number) =>
    withHedge(text, {
      kind: 'percent',
      amount: round((base - 1) * 100),
      text: text.slice(from, to),
      start: from,
      end: to,
    });
  if (isDigits && AFTER_TIMES_EN.test(rest) && GROWTH_VERB_BEFORE.test(text.slice(Math.max(0, start - 40), start)))
    return asFold(start, end + (AFTER_TIMES_EN.exec(rest)?.[0] ?? '').length);
  const foldBefore = isDigits && AFTER_TIMES.test(rest) ? FOLD_BEFORE.exec(before) : null;
  if (foldBefore)
    return asFold(start - (before.length - foldBefore.index), end + (AFTER_TIMES.exec(rest)?.[0] ?? '').length);
  const fold = AFTER_FOLD.exec(rest);
  if (fold) return asFold(start, end + fold[0].length);
  const percent = AFTER_PERCENT.exec(rest);
  if (percent) {
    end += percent[0].length;
    return withHedge(text, {
      kind: 'percent',
      amount: base,
      precision: 0.5 * 10 ** -decimals,
      text: text.slice(start, end),
      start,
      end,
    });
  }
  const volume = AFTER_VOLUME.exec(rest);
  if (volume) {
    const scale = /trillion|万亿|萬億/i.test(volume[0])
      ? 1e12
      : /billion|bn|bcm|млрд|миллиард/i.test(volume[0])
        ? 1e9
        : /[亿億]/.test(volume[0])
          ? 1e8
          : /million|млн/i.test(volume[0])
            ? 1e6
            : /[万萬]/.test(volume[0])
              ? 1e4
              : 1;
    end += volume[0].length;
    return withHedge(text, {
      kind: 'volume',
      amount: tidy(base * scale),
      precision: tidy(unitPrecision * scale),
      text: text.slice(start, end),
      start,
      end,
    });
  }
  const ordinal = isDigits ? AFTER_ORDINAL.exec(rest) : null;
  if (ordinal) {
    end += ordinal[0].length;
    return { kind: 'count', amount: base, precision: 1, text: text.slice(start, end), start, end };
  }
  const count = AFTER_COUNT.exec(rest);
  if (count && Number.isInteger(base)) {
    end += count[0].length;
    const q = withHedge(text, { kind: 'count', amount: base, precision: 1, text: text.slice(start, end), start, end });
    // "40-odd meetings": forty and some; "40 or so meetings": about forty.
    if (/^[\s-]+odd/i.test(count[0])) return { ...q, hedge: q.hedge ?? 'odd', min: base, max: base + 9 };
    return /^\s+or\s+so/i.test(count[0]) ? { ...q, hedge: q.hedge ?? 'or so' } : q;
  }

  let qStart = start;
  let currency: string | undefined;
  let currencyText: string | undefined;
  if (sign) {
    currencyText = sign[0].trim();
    currency = currencies.code(currencyText);
    qStart = start - sign[0].length;
  }
  const scaleMatch = AFTER_SCALE.exec(rest);
  let scale = 1;
  if (scaleMatch) {
    const word = (scaleMatch[1] ?? scaleMatch[2] ?? scaleMatch[3]).toLowerCase();
    // A bare "m"/"b" only counts straight after a currency symbol ("$15b"), never as a word.
    if ((word === 'm' || word === 'b') && (!currency || scaleMatch[0].length !== 1)) scale = 1;
    else {
      scale = SCALES[word];
      end += scaleMatch[0].length;
      // "190 млрд. долларов": an abbreviation's dot, not the sentence's full stop (a lower-case word follows).
      if (scaleMatch[2] && ABBREVIATION_DOT.test(text.slice(end, end + 40))) end += 1;
      rest = text.slice(end, end + 40);
    }
  }
  if (!currency) {
    const after = currencies.after?.exec(rest);
    if (after) {
      currencyText = after[0].trim();
      currency = currencies.code(currencyText);
      end += after[0].length;
    }
  }
  if (!currency && !(scale >= 1e9 && BARE_MONEY_NEXT.test(rest))) return undefined;
  if (scale === 1 && !isDigits) return undefined;
  return withHedge(text, {
    kind: 'money',
    amount: tidy(base * scale),
    currency,
    currencyText,
    precision: tidy(unitPrecision * scale),
    text: text.slice(qStart, end),
    start: qStart,
    end,
  });
}

/** Half a unit of the last written digit: "1.28" → 0.005, "190" → 5 (a trailing zero is read as rounding). */
function digitPrecision(raw: string, decimals: number): number {
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  const digits = raw.replace(/\D/g, '');
  const trailingZeros = digits.length - digits.replace(/0+$/, '').length;
  return 0.5 * 10 ** Math.min(trailingZeros, Math.max(0, digits.length - 1));
}

function withHedge(text: string, q: ParsedQuantity): ParsedQuantity {
  const h = hedgeBefore(text, q.start, q.text);
  if (!h) return q;
  const out: ParsedQuantity = { ...q, start: h.start, text: text.slice(h.start, q.end) };
  if (h.hedge) out.hedge = h.hedge;
  if (h.record) out.record = true;
  const point = q.amount;
  if (point !== undefined && h.bound === 'max') {
    out.max = point;
  } else if (point !== undefined && h.bound === 'min') {
    out.min = point;
    if (/doubled|tripled|trebled|quadrupled|half|third|quarter|fifth/i.test(q.text)) out.amount = undefined;
  }
  return out;
}

/** Drops float noise from scaling: 33.7 * 1e9 → 33700000000. */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
