/**
 * An index of terms by their first letters, so that a hit of the pre-filter at some position is
 * confirmed against the few facts whose terms could start there, not against every fact of every
 * pack: the cost of a page grows with what it says, not with the size of the packs.
 *
 * A key is a term's first letters, lower-cased with curly apostrophes made straight, up to five
 * or to the first space or hyphen ("two-way" → "two", since termPattern lets "twoway" and "two
 * way" match it too). At a position of the text the key of every length up to five is looked up,
 * so a term that matches there always has its key there. The keys also make the pre-filter's
 * quick pattern: far smaller than one made of every whole term.
 */

const KEY_LENGTH = 5;

/** Space, hyphen or dash (char codes: no regex per character). */
function isSeparator(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 32 || c === 45 || c === 0x2010 || c === 0x2013 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009;
}

function keyOf(term: string): string {
  const key = keyAt(term.trim(), 0);
  const star = key.indexOf('*');
  return star < 0 ? key : key.slice(0, star);
}

/** The key of the text at `at`: its first letters up to five or to a space or hyphen. */
function keyAt(text: string, at: number): string {
  let end = at;
  const last = Math.min(text.length, at + KEY_LENGTH);
  while (end < last && !isSeparator(text[end])) end++;
  const key = text.slice(at, end).toLowerCase();
  return key.includes('’') ? key.replace(/’/g, "'") : key;
}

export class TermIndex<T> {
  private readonly buckets = new Map<string, T[]>();

  add(terms: readonly string[], item: T): void {
    for (const term of terms) {
      const key = keyOf(term);
      if (!key) continue;
      const bucket = this.buckets.get(key) ?? [];
      if (bucket[bucket.length - 1] !== item) bucket.push(item);
      this.buckets.set(key, bucket);
    }
  }

  /** Every key, for the pre-filter's quick pattern. */
  keys(): string[] {
    return [...this.buckets.keys()];
  }

  /** Every item with a term whose key is at `at` (a superset of the items whose terms match there). */
  at(text: string, at: number): readonly T[] {
    const key = keyAt(text, at);
    let first: T[] | undefined;
    let merged: Set<T> | undefined;
    for (let n = Math.min(key.length, KEY_LENGTH); n >= 1; n--) {
      const bucket = this.buckets.get(key.slice(0, n));
      if (!bucket) continue;
      if (!first) first = bucket;
      else {
        merged ??= new Set(first);
        for (const item of bucket) merged.add(item);
      }
    }
    return merged ? [...merged] : (first ?? []);
  }
}
