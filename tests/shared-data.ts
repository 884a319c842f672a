/**
 * The one gate for data kept beside the repository, never inside it: the seed articles in ../shared/seeds
 * (or wherever SECOND_SOURCE_SEEDS points, relative to the repository root). Every test, harness and script
 * that reads them goes through here.
 *
 * When the folder is missing:
 *  - under CI (CI=true, as .ci/run sets it) a suite that needs it FAILS with "<dir> is missing: CI must have
 *    it", so a broken checkout can never pass by skipping;
 *  - elsewhere it is skipped, and the skipped test's name and a warning say why.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const SEEDS_DIR = resolve(REPO_ROOT, process.env.SECOND_SOURCE_SEEDS ?? join('..', 'shared', 'seeds'));

/** CI=true (or any value but "", "0", "false"). */
export const inCI = (): boolean => !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase());

export const seedsPresent = (): boolean => statSync(SEEDS_DIR, { throwIfNoEntry: false })?.isDirectory() ?? false;

export type SeedsGate = { present: true } | { present: false; required: boolean; message: string };

/** Whether the seeds are there, and if not, whether that is a failure (CI) or a skip, with the message to give. */
export function seedsGate(): SeedsGate {
  if (seedsPresent()) return { present: true };
  return inCI()
    ? { present: false, required: true, message: `${SEEDS_DIR} is missing: CI must have it` }
    : {
        present: false,
        required: false,
        message: `${SEEDS_DIR} is missing (set SECOND_SOURCE_SEEDS to use another folder)`,
      };
}

/** Path of a seed file, e.g. seedPath('000_eec65b7364af0c06.txt'). */
export const seedPath = (file: string): string => join(SEEDS_DIR, file);

/** The seed .txt files, sorted. Throws when the folder is missing: check the gate first. */
export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

const warned = new Set<string>();
function warnSkip(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`SKIPPED: ${message}; the tests that need the seed articles did not run.`);
}

/**
 * describe() for a suite that needs the seeds. Missing: under CI one failing test with the message;
 * elsewhere one skipped test whose name carries it. The body runs only when the seeds are there.
 */
export function describeWithSeeds(name: string, body: () => void): void {
  const gate = seedsGate();
  if (gate.present) describe(name, body);
  else if (gate.required)
    describe(name, () => {
      it('has the seed articles', () => {
        throw new Error(gate.message);
      });
    });
  else {
    warnSkip(gate.message);
    it.skip(`${name} — skipped: ${gate.message}`);
  }
}

/** it() for one test that needs the seeds; missing, it fails under CI and is skipped elsewhere. */
export function itWithSeeds(name: string, fn: () => Promise<void> | void, timeout?: number): void {
  const gate = seedsGate();
  if (gate.present) it(name, fn, timeout);
  else if (gate.required)
    it(name, () => {
      throw new Error(gate.message);
    });
  else {
    warnSkip(gate.message);
    it.skip(`${name} — skipped: ${gate.message}`);
  }
}

/** The development corpus of other outlets' pages (../shared/corpus/dev.jsonl, or SECOND_SOURCE_CORPUS). */
export const CORPUS_FILE = resolve(
  REPO_ROOT,
  process.env.SECOND_SOURCE_CORPUS ?? join('..', 'shared', 'corpus', 'dev.jsonl'),
);

/** describe() for a suite that needs the corpus: the same rules as the seeds (a failure under CI, a skip elsewhere). */
export function describeWithCorpus(name: string, body: () => void): void {
  const present = statSync(CORPUS_FILE, { throwIfNoEntry: false })?.isFile() ?? false;
  if (present) describe(name, body);
  else if (inCI())
    describe(name, () => {
      it('has the development corpus', () => {
        throw new Error(`${CORPUS_FILE} is missing: CI must have it`);
      });
    });
  else {
    warnSkip(`${CORPUS_FILE} is missing (set SECOND_SOURCE_CORPUS to use another file)`);
    it.skip(`${name} — skipped: ${CORPUS_FILE} is missing`);
  }
}
