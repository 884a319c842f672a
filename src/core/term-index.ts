/**
 * An index of terms by their first letters, so that a hit of the pre-filter at some position is
 * confirmed against the few facts whose terms could start there, not against every fact of every
 * pack: the cost of a page grows with what it says, not with the size of the packs.
 *
 * A key is a term's first five letters, lower-cased with curly apostrophes made straight and
 * spaces and hyphens skipped ("a decade ago" → "adeca", "two-way" → "twowa", since termPattern lets
 * "twoway" and "two way" match it too); a `*` ends it. At a position of the text the key of every
 * length up to five is looked up, so a term that matches there always has its key there. The terms'
 * openings (twelve letters) make the pre-filter's quick pattern: smaller than one made of every whole
 * term, and still specific ("a decade ago", not every "a").
 */

const KEY_LENGTH = 5;

/** Space, hyphen or dash (char codes: no regex per character). */
function isSeparator(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 32 || c === 45 || c === 0x2010 || c === 0x2013 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009;
}

function keyOf(term: string): string {
  return keyAt(term.trim(), 0);
}

/** How many letters of a term the pre-filter's quick pattern holds: specific, yet small for big packs. */
const OPENING_LENGTH = 12;

/** The opening of a term as written, up to twelve letters or a `*` ("a decade ago", "internationa"). */
function prefixOf(term: string): string {
  const t = term.trim();
  let letters = 0;
  let i = 0;
  for (; i < t.length && letters < OPENING_LENGTH && t[i] !== '*'; i++) if (!isSeparator(t[i])) letters++;
  return t.slice(0, i);
}

/** The key of the text at `at`: its first five letters, spaces and hyphens skipped, up to a `*`. */
function keyAt(text: string, at: number): string {
  let key = '';
  for (let i = at; i < text.length && i < at + 32 && key.length < KEY_LENGTH; i++) {
    const ch = text[i];
    if (ch === '*') break;
    if (isSeparator(ch)) continue;
    key += ch;
  }
  key = key.toLowerCase();
  return key.includes('’') ? key.replace(/’/g, "'") : key;
}

/** Where a term may start: a word's first letter or digit, or any Han or kana character. */
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu;

export class TermIndex<T> {
  private readonly buckets = new Map<string, T[]>();
  private readonly prefixes = new Set<string>();
  /** Each key's first three letters (or all of a shorter key): a cheap first test of a word. */
  private readonly heads = new Set<string>();
  /** How many terms were added. */
  terms = 0;

  add(terms: readonly string[], item: T): void {
    for (const term of terms) {
      const key = keyOf(term);
      if (!key) continue;
      this.terms++;
      this.prefixes.add(prefixOf(term));
      this.heads.add(key.slice(0, 3));
      const bucket = this.buckets.get(key) ?? [];
      if (bucket[bucket.length - 1] !== item) bucket.push(item);
      this.buckets.set(key, bucket);
    }
  }

  /**
   * Where a term of the index may start in `text`: each word start (and each Han or kana character)
   * whose key is in the index. For packs of thousands of terms this walk, whose cost grows with the
   * text and not with the terms, replaces one pattern of every opening.
   */
  starts(text: string): number[] {
    const out: number[] = [];
    WORD_START.lastIndex = 0;
    for (let m = WORD_START.exec(text); m; m = WORD_START.exec(text)) {
      const key = keyAt(text, m.index);
      if (this.heads.has(key.slice(0, 3)) || this.heads.has(key.slice(0, 2)) || this.heads.has(key.slice(0, 1)))
        if (this.at(text, m.index).length > 0) out.push(m.index);
    }
    return out;
  }

  /** The terms' openings as written, for the pre-filter's quick pattern. */
  openings(): string[] {
    return [...this.prefixes];
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
