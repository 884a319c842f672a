/**
 * Extracts the text of subtrees in time slices and keeps only the runs of blocks whose text changed
 * since they were last scanned (a WeakMap of block → its text when scanned), so rescans after page
 * mutations cost only the new or edited paragraphs. The text itself is kept, not a hash of it: the
 * runs made those strings anyway, comparing two of them is a memory compare, and no collision can
 * hide an edit.
 */
import { extractRuns } from '../text/text-extraction.ts';
import type { TextRun } from '../text/text-run.ts';
import { type CancelToken, type TimeBudget, throwIfCancelled } from './time-slice.ts';

export interface ExtractRoot {
  element: Element;
  /** Only the element's own text (its descendant blocks are unchanged or extracted separately). */
  shallow: boolean;
}

export class BlockSignatures {
  private readonly map = new WeakMap<Element, string>();

  /** Records the block's `text`; true when it differs from what was scanned before. */
  update(block: Element, text: string): boolean {
    if (this.map.get(block) === text) return false;
    this.map.set(block, text);
    return true;
  }

  forget(block: Element): void {
    this.map.delete(block);
  }
}

export interface ChangedRuns {
  /** Runs of changed blocks, in document order (of each root; roots are given in document order). */
  runs: TextRun[];
  /** Blocks whose text changed (their old mentions are stale). */
  changed: Set<Element>;
}

export async function collectChangedRuns(
  roots: readonly ExtractRoot[],
  signatures: BlockSignatures,
  budget: TimeBudget,
  token: CancelToken,
  onShadowRoot?: (root: ShadowRoot) => void,
): Promise<ChangedRuns> {
  const all: TextRun[] = [];
  let n = 0;
  for (const root of roots) {
    for (const run of extractRuns(root.element, { shallow: root.shallow, onShadowRoot })) {
      all.push(run);
      if (++n % 16 === 0) {
        await budget.check();
        throwIfCancelled(token);
      }
    }
  }
  const byBlock = new Map<Element, string[]>();
  for (const run of all) {
    const texts = byBlock.get(run.block);
    if (texts) texts.push(run.text);
    else byBlock.set(run.block, [run.text]);
  }
  const changed = new Set<Element>();
  for (const [block, texts] of byBlock)
    if (signatures.update(block, texts.length === 1 ? texts[0] : texts.join('\n'))) changed.add(block);
  return { runs: all.filter((r) => changed.has(r.block)), changed };
}
