/**
 * Term lists → one compiled regular expression. Terms are case-insensitive words or phrases matched at
 * word boundaries; a `*` at the end of a word matches any ending of it; spaces also match hyphens and line breaks;
 * straight and curly apostrophes are the same. Terms in a script written without spaces (zh,
 * Japanese) have no word boundaries to match at: they match wherever they stand.
 */

import { TermIndex } from './term-index.ts';

export interface TermMatch {
  start: number;
  end: number;
  text: string;
}

export function termPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) => {
      // Any word may end in "*" ("торгов* партнер*": every ending of both words).
      const wildcard = word.endsWith('*');
      const body = (wildcard ? word.slice(0, -1) : word)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/['’]/g, "['’]")
        .replace(/-/g, '[-‐–\\s]?');
      return wildcard ? `${body}[\\p{L}\\p{N}]*` : body;
    })
    .join('[\\s\\-‐–]+');
}

/** Han, kana or hangul: scripts written without spaces between words. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Compiles terms into one global regex; longer terms first so "energy trade" wins over "trade". */
export function compileTerms(terms: readonly string[]): RegExp | undefined {
  const clean = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (clean.length === 0) return undefined;
  const spaced = clean.filter((t) => !UNSPACED.test(t));
  const unspaced = clean.filter((t) => UNSPACED.test(t));
  const bounded = spaced.length ? `(?<![\\p{L}\\p{N}])(?:${spaced.map(termPattern).join('|')})(?![\\p{L}\\p{N}])` : '';
  const alternatives = [...unspaced.map(termPattern), ...(bounded ? [bounded] : [])];
  return new RegExp(alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`, 'giu');
}

export function findTerms(re: RegExp | undefined, text: string, offset = 0): TermMatch[] {
  if (!re) return [];
  const out: TermMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * The same terms as a cheap superset for pre-filtering: no wildcard endings, no lookarounds, one
 * prefix tree ("s(?:upplie(?:r|s)|ource)…") tried only after a character that is not an ASCII letter
 * or digit, and without Unicode mode. Every position where the exact pattern matches is a position
 * where this one matches too (for text without exotic case folds such as "ſ" for "s"). A flat
 * alternation of 150 terms with Unicode lookarounds made the regex engine try each term at every
 * character; this is ~15x faster on a 1 MB page. The term itself is capture group 1: read match
 * starts with termStart().
 */
export function compileQuickTerms(
  terms: readonly string[],
  options: { caseSensitive?: boolean } = {},
): RegExp | undefined {
  const root: TermTrie = new Map();
  for (const term of terms) {
    const spaced = term.trim().replace(/\*.*$/s, '').replace(/\s+/g, ' ').replace(/’/g, "'");
    const key = options.caseSensitive ? spaced : spaced.toLowerCase();
    if (!key) continue;
    let node = root;
    for (const ch of key) {
      const next = node.get(ch) ?? new Map();
      node.set(ch, next);
      node = next;
    }
    node.set(TERM_END, new Map());
  }
  if (!root.size) return undefined;
  // Case-sensitive names start with capitals, which the regex engine can skip to by itself.
  if (options.caseSensitive) return new RegExp(`(${trieSource(root)})`, 'g');
  return new RegExp(`(?:^|[^A-Za-z0-9])(${trieSource(root)})`, 'gi');
}

/** compileQuickTerms as a yes/no test of a whole text (a non-global copy: no lastIndex to reset). */
export function quickTest(
  terms: readonly string[],
  options: { caseSensitive?: boolean } = {},
): (text: string) => boolean {
  const quick = compileQuickTerms(terms, options);
  if (!quick) return () => false;
  const once = new RegExp(quick.source, quick.flags.replace('g', ''));
  return (text) => once.test(text);
}

/** A sticky copy of a compileTerms pattern: tried at one position (its lastIndex) only. */
export function stickyCopy(re: RegExp): RegExp {
  return new RegExp(re.source, 'iuy');
}

/** Where the term of a compileQuickTerms match starts (after the character before it). */
export function termStart(m: RegExpExecArray): number {
  return m.index + m[0].length - m[1].length;
}

type TermTrie = Map<string, TermTrie>;
const TERM_END = '';

/** A node's regex source; a term that ends here makes longer ones redundant for a prefix test. */
function trieSource(node: TermTrie): string {
  if (node.has(TERM_END)) return '';
  const branches = [...node].map(([ch, child]) => quickAtom(ch) + trieSource(child));
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
}

/** One character of a term, with the same leniency as termPattern (spaces, hyphens, apostrophes). */
function quickAtom(ch: string): string {
  if (ch === ' ') return '[\\s\\-‐–]+';
  if (ch === '-') return '[-‐–\\s]?';
  if (ch === "'") return "['’]";
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Start offsets of every match of `quick` in `text`, overlapping ones included. */
export function quickStarts(quick: RegExp, text: string): number[] {
  const out: number[] = [];
  quick.lastIndex = 0;
  for (let m = quick.exec(text); m; m = quick.exec(text)) {
    const at = termStart(m);
    out.push(at);
    quick.lastIndex = at + 1;
  }
  return out;
}

/**
 * A compiled term list that finds its terms fast: the lookaround-free prefix tree finds candidate
 * word starts, a sticky copy of the exact pattern confirms each. Finds what a global exact pattern
 * finds (left to right, not overlapping), without trying every alternative at every character.
 */
export interface TermFinder {
  /** The exact pattern's source: the same terms give the same source. */
  source: string;
  has(text: string): boolean;
  find(text: string, offset?: number): TermMatch[];
}

/** Finders by their terms: facts share term classes ("@trade"), and each list is built once. */
const finders = new Map<string, TermSet>();

export function compileFinder(terms: readonly string[]): TermFinder | undefined {
  const key = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort().join('\u0001');
  if (!key) return undefined;
  let set = finders.get(key);
  if (!set) {
    set = new TermSet(terms);
    finders.set(key, set);
  }
  return set;
}

/**
 * A term list matched term by term: the pre-filter's openings find candidate positions, an index of
 * the terms' first letters names the few terms that could start there, and each of those is tried
 * with a small pattern of its own, compiled on first need. Finds what compileTerms's one pattern
 * finds (the longest term at the leftmost position, not overlapping), but a list of hundreds of
 * names costs a page only the patterns of the names its words lead to.
 */
export class TermSet implements TermFinder {
  readonly source: string;
  readonly size: number;
  private readonly terms: string[];
  private readonly index = new TermIndex<number>();
  private readonly quick: QuickByScript | undefined;
  private readonly patterns: (RegExp | undefined)[] = [];

  constructor(terms: readonly string[]) {
    this.terms = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
    this.size = this.terms.length;
    this.source = this.terms.join('\u0001');
    this.terms.forEach((t, k) => {
      this.index.add([t], k);
    });
    this.quick = compileQuickByScript(this.index.openings());
  }

  /** The longest term that matches at `at`, as written there. */
  private matchAt(text: string, at: number): string | undefined {
    const candidates = [...this.index.at(text, at)].sort((a, b) => a - b);
    for (const k of candidates) {
      let re = this.patterns[k];
      if (!re) {
        const t = this.terms[k];
        const body = termPattern(t);
        re = new RegExp(UNSPACED.test(t) ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iuy');
        this.patterns[k] = re;
      }
      re.lastIndex = at;
      const m = re.exec(text);
      if (m && m[0].length > 0) return m[0];
    }
    return undefined;
  }

  /** Does a term match anywhere (and, with `accept`, is the character after it acceptable)? */
  has(text: string, accept?: (next: string) => boolean): boolean {
    if (!this.quick || !text) return false;
    for (const at of this.quick.starts(text)) {
      const hit = this.matchAt(text, at);
      if (hit !== undefined && (!accept || accept(text.charAt(at + hit.length)))) return true;
    }
    return false;
  }

  find(text: string, offset = 0): TermMatch[] {
    const out: TermMatch[] = [];
    if (!this.quick || !text) return out;
    let free = 0;
    for (const at of this.quick.starts(text)) {
      if (at < free) continue;
      const hit = this.matchAt(text, at);
      if (hit === undefined) continue;
      out.push({ start: offset + at, end: offset + at + hit.length, text: hit });
      free = at + hit.length;
    }
    return out;
  }
}

/**
 * compileQuickTerms split by script: terms in Latin script, in Cyrillic, and in unspaced scripts
 * (zh, ja) each get their own prefix tree, and a text is searched only with the trees of
 * the scripts it holds. An English page pays for the English terms only.
 */
export interface QuickByScript {
  /** Start offsets of every candidate in `text`, in order. */
  starts(text: string): number[];
}

const CYRILLIC = /[\u0400-\u04ff]/;
const HAN_KANA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** Quick patterns by their terms: a page builds its matchers again (settings change, rescans) with the same terms. */
const quickPatterns = new Map<string, QuickByScript | undefined>();

export function compileQuickByScript(terms: readonly string[]): QuickByScript | undefined {
  const key = [...terms].sort().join('\u0001');
  if (!quickPatterns.has(key)) quickPatterns.set(key, buildQuickByScript(terms));
  return quickPatterns.get(key);
}

function buildQuickByScript(terms: readonly string[]): QuickByScript | undefined {
  const cyrillic = terms.filter((t) => CYRILLIC.test(t));
  const unspaced = terms.filter((t) => !CYRILLIC.test(t) && UNSPACED.test(t));
  const latin = terms.filter((t) => !CYRILLIC.test(t) && !UNSPACED.test(t));
  const parts = [
    { quick: compileQuickTerms(latin), applies: () => true },
    { quick: compileQuickTerms(cyrillic), applies: (text: string) => CYRILLIC.test(text) },
    { quick: compileQuickTerms(unspaced), applies: (text: string) => HAN_KANA.test(text) },
  ].filter((p): p is { quick: RegExp; applies: (text: string) => boolean } => p.quick !== undefined);
  if (parts.length === 0) return undefined;
  return {
    starts(text) {
      const lists = parts.filter((p) => p.applies(text)).map((p) => quickStarts(p.quick, text));
      if (lists.length <= 1) return lists[0] ?? [];
      return [...new Set(lists.flat())].sort((a, b) => a - b);
    },
  };
}
