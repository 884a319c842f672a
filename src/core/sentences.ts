/** Splits text into sentences with offsets (en, ru, zh). Paragraph breaks (newlines) always end a sentence. */

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (newline-separated block) the sentence belongs to. */
  paragraph: number;
}

const ABBREVIATIONS =
  /(?:\b(?:[A-Z]|[A-Z]\.[A-Z]|U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Prof|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Gov|Sen|Rep|Inc|Ltd|Co|Corp|vs|etc|approx|e\.g|i\.e)\.)$/;
/** Characters before a full stop that can hold an abbreviation and the character before it. */
const ABBREVIATION_WINDOW = 12;
// Latin and Cyrillic sentences end at a full stop before a capital; zh ones at 。！？ (and
// their full-width quotes), wherever they stand.
const BOUNDARY =
  /[.!?]+["”’)\]]*\s+(?=["“‘([«]?[\p{Lu}\p{N}])|[.!?]+["”’)\]]*(?=["“‘«]?\p{Lu}\p{Ll})|[。！？]+["”’」』）)]*/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim()) {
      splitLine(text, lineStart, lineEnd, paragraph, out);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const cut = m.index + m[0].length;
    // Only the last few characters can be an abbreviation (testing the whole head was quadratic).
    const head = line.slice(Math.max(start, m.index - ABBREVIATION_WINDOW), m.index + 1);
    if (ABBREVIATIONS.test(head)) continue;
    push(text, from + start, from + cut, paragraph, out);
    start = cut;
  }
  push(text, from + start, to, paragraph, out);
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
