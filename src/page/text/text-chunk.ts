/**
 * Runs joined into one text for the engine ("\n" between runs, so paragraphs never run together),
 * and engine offsets mapped back to DOM Ranges.
 */
import { positionInRun, segmentAfter, type TextRun } from './text-run.ts';

export interface TextChunk {
  runs: TextRun[];
  /** Offset of each run's first character in `text`. */
  starts: number[];
  text: string;
}

export function joinRuns(runs: TextRun[]): TextChunk {
  const starts: number[] = [];
  let at = 0;
  for (const run of runs) {
    starts.push(at);
    at += run.text.length + 1;
  }
  return { runs, starts, text: runs.map((r) => r.text).join('\n') };
}

/** Index of the run holding chunk offset `offset` (the run before it when the offset is a "\n"). */
export function runIndexAt(chunk: TextChunk, offset: number): number {
  let lo = 0;
  let hi = chunk.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunk.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The DOM range of chunk text [start, end). Ends inside a whitespace gap are pulled inwards to the
 * nearest character that has a node. Null when the span has no characters from the page at all.
 */
export function rangeForSpan(chunk: TextChunk, start: number, end: number): { range: Range; run: TextRun } | null {
  if (end <= start || !chunk.runs.length) return null;
  const index = runIndexAt(chunk, start);
  const run = chunk.runs[index];
  const base = chunk.starts[index];
  const from = start - base;
  const to = Math.min(end - base, run.text.length);
  if (to <= from) return null;
  let a = positionInRun(run, from);
  if (!a) {
    const seg = run.segments[segmentAfter(run, from)];
    if (!seg || seg.start >= to) return null;
    a = positionInRun(run, seg.start);
  }
  let b = positionInRun(run, to - 1);
  if (!b) {
    const i = segmentAfter(run, to - 1) - 1;
    const seg = run.segments[i];
    if (!seg || seg.end <= from) return null;
    b = positionInRun(run, seg.end - 1);
  }
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset + 1);
  return { range, run };
}
