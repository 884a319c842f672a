/**
 * The few verbatim words an extracted report carries (at most 12, as a report from another outlet's page
 * may): the mention's quote when it is that short, else the 12-word stretch of it that holds its value
 * or, for an event, most of the fact's key terms.
 */
import type { Fact } from '../core/schema.ts';
import { compileTerms, findTerms } from '../core/terms.ts';
import type { Mention } from '../core/types.ts';

/** Most words a report from another outlet's page may carry verbatim. */
export const MAX_WORDS = 12;

export function countWords(words: string): number {
  return words.split(/\s+/).filter(Boolean).length;
}

/** The fact's key term groups (`all` of its main frame and its other wordings), "@class" terms expanded. */
export function keyTermGroups(fact: Fact, expand: (terms: readonly string[]) => readonly string[]): RegExp[] {
  const groups = [...(fact.match.all ?? []), ...(fact.match.or ?? []).flatMap((frame) => frame.all)];
  return groups.map((g) => compileTerms(expand(g))).filter((re): re is RegExp => re !== undefined);
}

interface Span {
  start: number;
  end: number;
}

/**
 * The mention's words, verbatim from `text`: its quote when at most 12 words; else the 12-word stretch of
 * the quote that holds the whole value (figures) and the most key term groups, later groups (the fact's
 * distinctive words, "third term") breaking ties, then the stretch that centres them. Punctuation that
 * would dangle at either end (",", ";", ":", a closing full stop) is left out.
 */
export function wordsOf(
  text: string,
  mention: Pick<Mention, 'start' | 'end' | 'value'>,
  groups: readonly RegExp[] = [],
): string {
  const quote = text.slice(mention.start, mention.end);
  const tokens: Span[] = [];
  const re = /\S+/g;
  for (let m = re.exec(quote); m; m = re.exec(quote))
    tokens.push({ start: mention.start + m.index, end: mention.start + m.index + m[0].length });
  if (tokens.length === 0) return quote;
  if (tokens.length <= MAX_WORDS) return trimDangling(text.slice(tokens[0].start, tokens.at(-1)?.end));

  const value = mention.value;
  const valueSpan = value && value.start >= mention.start && value.end <= mention.end ? value : undefined;
  const hits = groups.map((g) => findTerms(g, quote, mention.start));
  let best = { first: 0, score: -1, offCentre: Number.POSITIVE_INFINITY };
  for (let first = 0; first + MAX_WORDS <= tokens.length; first++) {
    const from = tokens[first].start;
    const to = tokens[first + MAX_WORDS - 1].end;
    const inside = (s: Span) => s.start >= from && s.end <= to;
    const held: Span[] = [];
    let score = 0;
    if (valueSpan && inside(valueSpan)) {
      score += 1000;
      held.push(valueSpan);
    }
    hits.forEach((found, g) => {
      const hit = found.find(inside);
      if (!hit) return;
      score += 10 + g;
      held.push(hit);
    });
    const centre = held.length
      ? (Math.min(...held.map((s) => s.start)) + Math.max(...held.map((s) => s.end))) / 2
      : (from + to) / 2;
    const offCentre = Math.abs(centre - (from + to) / 2);
    if (score > best.score || (score === best.score && offCentre < best.offCentre)) best = { first, score, offCentre };
  }
  return trimDangling(text.slice(tokens[best.first].start, tokens[best.first + MAX_WORDS - 1].end));
}

function trimDangling(words: string): string {
  // A sentence's full stop after a word or number goes too; "U.S." keeps its own.
  const trimmed = words
    .replace(/^[,;:]+\s*/, '')
    .replace(/\s*[,;:]+$/, '')
    .replace(/(?<=[\p{L}\p{N}]{2})\.$/u, '');
  return trimmed || words;
}
