/**
 * Hedge words just before a quantity: "nearly" caps it, "more than" floors it, "about" rounds it, "a
 * record" tags it. Each list holds the English, ru and zh words.
 */

// English, ru ("почти", "более", "около") and zh ("近", "超过", "约": written with no space before the number).
const MAX_WORDS =
  /(?:(?:nearly|almost|close\s+to|just\s+under|under|less\s+than|below|up\s+to|shy\s+of|почти|менее|меньше|чуть\s+менее|около\s+почти|приблизил\p{L}*\s+к|приближа\p{L}*\s+к)\s+|(?:近|将近|接近|逼近|不到|近乎)\s*)$/iu;
const MIN_WORDS =
  /(?:(?:more\s+than|over|above|at\s+least|upwards\s+of|exceeding|in\s+excess\s+of|north\s+of|более|свыше|больше|не\s+менее|чуть\s+более|превысил[аио]?|превышает|более\s+чем|больше\s+чем|свыше\s+чем)\s+|(?:超过|超過|超|逾|多于|不低于|至少)\s*)$/iu;
const ABOUT_WORDS =
  /(?:(?:about|around|roughly|some|approximately|approx\.?|an\s+estimated|estimated|около|порядка|примерно|приблизительно|почти\s+на)\s*|~\s*|(?:约|大约|逾约)\s*)$/iu;
const RECORD_WORDS = /(?:(?:a\s+)?record(?:[\s-]+high)?(?:\s+of)?|рекордных|рекордные|рекордного|рекордной)\s+$/iu;

export interface Hedge {
  start: number;
  hedge?: string;
  bound?: 'min' | 'max';
  record?: boolean;
}

/** Looks back from `start` for a hedge and/or "record". Returns undefined when there is none. */
export function hedgeBefore(text: string, start: number, quantityText: string): Hedge | undefined {
  const windowStart = Math.max(0, start - 40);
  let before = text.slice(windowStart, start);
  let out: Hedge | undefined;
  const record = RECORD_WORDS.exec(before);
  if (record) {
    out = { start: windowStart + record.index, record: true };
    before = before.slice(0, record.index);
  }
  for (const [re, bound] of [
    [MAX_WORDS, 'max'],
    [MIN_WORDS, 'min'],
    [ABOUT_WORDS, undefined],
  ] as const) {
    const m = re.exec(before);
    if (!m) continue;
    // "over" and "under" are hedges only right before the number ("over $190 billion"), not in "turnover".
    if (/^(?:over|under|超)\s*$/i.test(m[0]) && /[\p{L}]$/u.test(text.slice(0, windowStart + m.index))) continue;
    const hedge = m[0].trim().replace(/\s+/g, ' ').toLowerCase();
    return { ...out, start: windowStart + m.index, hedge, bound, record: out?.record };
  }
  if (out) return out;
  // Hedges written inside a growth phrase: "rose by at least half".
  if (/at\s+least|more\s+than/i.test(quantityText))
    return { start, bound: 'min', hedge: /at\s+least/i.test(quantityText) ? 'at least' : 'more than' };
  if (/nearly|almost/i.test(quantityText)) return { start, bound: 'max', hedge: 'nearly' };
  return undefined;
}
