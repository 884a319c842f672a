/** Hedge words just before a quantity: "nearly" caps it, "more than" floors it, "about" rounds it, "a record" tags it. */

const MAX_WORDS = /(?:nearly|almost|close\s+to|just\s+under|under|less\s+than|below|up\s+to|shy\s+of)\s+$/i;
const MIN_WORDS = /(?:more\s+than|over|above|at\s+least|upwards\s+of|exceeding|in\s+excess\s+of|north\s+of)\s+$/i;
const ABOUT_WORDS = /(?:about|around|roughly|some|approximately|approx\.?|an\s+estimated|estimated|~)\s*$/i;
const RECORD_WORDS = /(?:a\s+)?record(?:[\s-]+high)?(?:\s+of)?\s+$/i;

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
    if (/\b(?:over|under)\s+$/i.test(m[0]) && /[\p{L}]$/u.test(text.slice(0, windowStart + m.index))) continue;
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
