/**
 * The options page's pack check, in steps: read the JSON, check the pack's top level, then its facts
 * a chunk at a time, saying how far it got after each step. The result is exactly parsePackText's:
 * the same functions and valibot schemas (src/core/validate-pack.ts, src/core/schema.ts), and when
 * anything fails the errors come from validatePack on the whole pack, so their words and order are the
 * ones the CLI prints. Pure: no DOM, no browser API. pack-check.worker.ts runs it off the page's main
 * thread; run-pack-check.ts drives it from the page.
 */
import * as v from 'valibot';
import { FactSchema, PackSchema } from '../core/schema.ts';
import { checkParsedPack, type PackResult, readPackJson, validatePack } from '../core/validate-pack.ts';

export type CheckProgress = { step: 'parsing' } | { step: 'checking'; done: number; total: number };

/** Facts checked between two progress reports. */
export const FACTS_PER_CHUNK = 250;

/** The pack's top level with its facts taken as they are: they are checked one by one afterwards. */
const TopSchema = v.strictObject({ ...PackSchema.entries, facts: v.array(v.unknown()) });

/**
 * Yields progress between steps and returns parsePackText(text, file)'s result. The caller decides
 * what happens between steps (post a message, let the page paint, stop).
 */
export function* checkPackSteps(
  text: string,
  file: string,
  chunk = FACTS_PER_CHUNK,
): Generator<CheckProgress, PackResult, void> {
  yield { step: 'parsing' };
  const read = readPackJson(text, file);
  if (!read.ok) return read;
  const json = read.json;
  const facts = isRecord(json) && Array.isArray(json.facts) ? (json.facts as unknown[]) : undefined;
  // Not an object with a list of facts, format 1, or a wrong top level: the whole check, as parsePackText.
  if (!facts?.length || json === null || (json as { schema?: unknown }).schema === 1) return validatePack(json, file);
  const top = v.safeParse(TopSchema, json);
  if (!top.success) return validatePack(json, file);
  const total = facts.length;
  const checked: v.InferOutput<typeof FactSchema>[] = new Array(total);
  for (let start = 0; start < total; start += chunk) {
    yield { step: 'checking', done: start, total };
    const end = Math.min(start + chunk, total);
    for (let i = start; i < end; i++) {
      const fact = v.safeParse(FactSchema, facts[i]);
      // A fact with a problem: the whole check names every problem, in parsePackText's order.
      if (!fact.success) return validatePack(json, file);
      checked[i] = fact.output;
    }
  }
  yield { step: 'checking', done: total, total };
  // PackSchema is TopSchema with `facts` an array of FactSchema of at least one: every part passed, so
  // the pack passes, and its output is the top level's with the checked facts in their place.
  return checkParsedPack({ ...top.output, facts: checked }, file);
}

/** Runs the steps to the end at once (tests, and a check with nowhere to report to). */
export function checkPackText(text: string, file: string, onProgress?: (p: CheckProgress) => void): PackResult {
  const steps = checkPackSteps(text, file);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    onProgress?.(next.value);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The page asks the worker to check one file's text. */
export interface CheckRequest {
  text: string;
  file: string;
}

/** The worker's answers: progress after each step, then the result. */
export type CheckMessage = { kind: 'progress'; progress: CheckProgress } | { kind: 'result'; result: PackResult };
