/**
 * Term lists → one compiled regular expression. Terms are case-insensitive words or phrases matched at
 * word boundaries; a trailing `*` matches any word ending; spaces also match hyphens and line breaks;
 * straight and curly apostrophes are the same.
 */

export interface TermMatch {
  start: number;
  end: number;
  text: string;
}

export function termPattern(term: string): string {
  const trimmed = term.trim();
  const wildcard = trimmed.endsWith('*');
  const body = (wildcard ? trimmed.slice(0, -1) : trimmed)
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/['’]/g, "['’]")
        .replace(/-/g, '[-‐–\\s]?'),
    )
    .join('[\\s\\-‐–]+');
  return wildcard ? `${body}[\\p{L}\\p{N}]*` : body;
}

/** Compiles terms into one global regex; longer terms first so "energy trade" wins over "trade". */
export function compileTerms(terms: readonly string[]): RegExp | undefined {
  const clean = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (clean.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${clean.map(termPattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
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
