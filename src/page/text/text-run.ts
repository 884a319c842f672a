/**
 * A run of reading text: consecutive text nodes of one block element, whitespace collapsed the way
 * a browser renders it, with a map from every character back to its Text node and offset.
 */

/** A piece of a run's text that comes from one Text node. */
export interface TextSegment {
  node: Text;
  /** Offsets into the run's text. */
  start: number;
  end: number;
  /** Offset in node.data of the run character `start` when `map` is null (text copied unchanged). */
  srcStart: number;
  /** node.data offset of each run character in [start, end) when whitespace was collapsed. */
  map: Uint32Array | null;
}

export interface TextRun {
  /** The nearest block ancestor of the run's text nodes. */
  block: Element;
  text: string;
  segments: TextSegment[];
}

/** Characters rendered as a plain space (collapsed together): tab, LF, FF, CR, space, no-break space. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 0xa0;
/** Invisible characters dropped from the text (soft hyphen, zero-width spaces/joiners, BOM). */
const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
const NEEDS_WORK = /[\t\n\r\f\u00a0\u00ad\u200b-\u200d\u2060\ufeff]| {2}/;

export class RunBuilder {
  private parts: string[] = [];
  private segments: TextSegment[] = [];
  private length = 0;
  private lastWasSpace = true;

  constructor(readonly block: Element) {}

  get isEmpty(): boolean {
    return this.length === 0;
  }

  addText(node: Text): void {
    const data = node.data;
    if (!data) return;
    if (!NEEDS_WORK.test(data) && !(this.lastWasSpace && data.charCodeAt(0) === 32)) {
      this.push({ node, start: this.length, end: this.length + data.length, srcStart: 0, map: null }, data);
      this.lastWasSpace = data.charCodeAt(data.length - 1) === 32;
      return;
    }
    let out = '';
    const map: number[] = [];
    let space = this.lastWasSpace;
    let from = -1; // start of a stretch of characters copied as they are
    for (let i = 0; i <= data.length; i++) {
      const c = i < data.length ? data.charCodeAt(i) : -1;
      const plain = c >= 0 && !isSpace(c) && !isInvisible(c);
      if (plain) {
        if (from < 0) from = i;
        map.push(i);
        space = false;
        continue;
      }
      if (from >= 0) {
        out += data.slice(from, i);
        from = -1;
      }
      if (c >= 0 && isSpace(c) && !space) {
        out += ' ';
        space = true;
        map.push(i);
      }
    }
    this.lastWasSpace = space;
    if (!out) return;
    this.push(
      { node, start: this.length, end: this.length + out.length, srcStart: 0, map: Uint32Array.from(map) },
      out,
    );
  }

  /** A hard line break (<br>): ends the sentence without ending the run. */
  addLineBreak(): void {
    if (this.length === 0) return;
    this.trimTrailingSpace();
    this.parts.push('\n');
    this.length += 1;
    this.lastWasSpace = true;
  }

  finish(): TextRun | undefined {
    this.trimTrailingSpace();
    while (this.parts.length && this.parts[this.parts.length - 1] === '\n') {
      this.parts.pop();
      this.length -= 1;
    }
    if (this.length === 0) return undefined;
    return { block: this.block, text: this.parts.join(''), segments: this.segments };
  }

  private push(segment: TextSegment, text: string): void {
    this.segments.push(segment);
    this.parts.push(text);
    this.length += text.length;
  }

  private trimTrailingSpace(): void {
    const last = this.parts.length - 1;
    if (last < 0 || !this.parts[last].endsWith(' ')) return;
    this.parts[last] = this.parts[last].slice(0, -1);
    this.length -= 1;
    const seg = this.segments[this.segments.length - 1];
    if (seg && seg.end > this.length) {
      seg.end = this.length;
      if (seg.map) seg.map = seg.map.subarray(0, seg.end - seg.start);
    }
    if (!this.parts[last]) this.parts.pop();
    if (seg && seg.end <= seg.start) this.segments.pop();
  }
}

/** The DOM position of run character `offset` (a character inside a segment), or null in a gap. */
export function positionInRun(run: TextRun, offset: number): { node: Text; offset: number } | null {
  const segs = run.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return { node: s.node, offset: s.map ? s.map[offset - s.start] : s.srcStart + offset - s.start };
  }
  return null;
}

/** The index of the first segment ending after `offset` (for snapping gap offsets forward/back). */
export function segmentAfter(run: TextRun, offset: number): number {
  let lo = 0;
  let hi = run.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run.segments[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
