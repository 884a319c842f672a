/**
 * The engine's public face: build a matcher from claim packs, scan text, compare a mention.
 * Pure; the CLI, the content script and the tests all call these.
 */
import type { ClaimPack, Fact } from './schema.ts';
import type { Comparison, Mention } from './types.ts';

export interface ScanOptions {
  /** The page's publication date (YYYY-MM-DD) for "last year"/"this year"; inferred from the text when absent. */
  pageDate?: string;
}

export interface Matcher {
  /** Every mention in the text, in order of `start`. Never throws; offsets are always inside the text. */
  scan(text: string, options?: ScanOptions): Mention[];
  /** Cheap test: could this text hold any mention at all? (both countries named) */
  mayMatch(text: string): boolean;
  fact(id: string): { fact: Fact; pack: ClaimPack } | undefined;
  facts(): { fact: Fact; pack: ClaimPack }[];
}

export function createMatcher(_packs: ClaimPack[]): Matcher {
  throw new Error('engine: not implemented yet');
}

export function compareMention(_mention: Mention, _fact: Fact, _pack: ClaimPack): Comparison {
  throw new Error('engine: not implemented yet');
}
