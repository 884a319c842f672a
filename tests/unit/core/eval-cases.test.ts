/**
 * The project's own labelled cases (tests/eval/*.jsonl, the format of ../shared/corpus/README.md): every fact of
 * the bundled pack has at least four positive cases and two near misses; every case is well formed (quotes in
 * their text, topics that are fact ids, sources on reserved example domains); and the engine, scored exactly as
 * `npm run eval` scores each language's file, holds its floors (FLOORS).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '../../../src/cli/bundled-packs.ts';
import { type EvalCase, JUDGED_TOPICS, parseCases, scoreCases } from '../../../src/cli/eval-score.ts';
import { createMatcher } from '../../../src/core/engine.ts';
import { dateFromUrl, wordsOfUrl } from '../../../src/core/page-date.ts';

const EVAL_DIR = new URL('../../eval/', import.meta.url);
const MIN_POSITIVE = 4;
const MIN_NEAR = 2;
/**
 * What the engine holds on its own cases today, per language, as `npm run eval` scores them: a floor
 * against regressions. The goal is recall ≥ 0.95 and precision ≥ 0.97; zh and ru meet it (README → Detection).
 */
const FLOORS: Record<string, { recall: number; precision: number }> = {
  en: { recall: 0.85, precision: 0.97 },
  zh: { recall: 0.95, precision: 0.97 },
  ru: { recall: 0.95, precision: 0.97 },
};

type Case = EvalCase & { near?: string; file: string };

function loadCases(): Case[] {
  const files = readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const out: Case[] = [];
  for (const file of files) {
    const text = readFileSync(new URL(file, EVAL_DIR), 'utf8');
    for (const c of parseCases(text, file)) out.push({ ...(c as EvalCase & { near?: string }), file });
  }
  return out;
}

/** Reserved names only (RFC 2606 / RFC 6761): *.example, *.test, example.com/.org/.net and their subdomains. */
function isReservedSource(source: string | undefined): boolean {
  if (typeof source !== 'string') return false;
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.example') || host.endsWith('.test')) return true;
  return ['example.com', 'example.org', 'example.net'].some((d) => host === d || host.endsWith(`.${d}`));
}

const packs = loadBundledPacks();
const factIds = packs.flatMap((p) => p.facts.map((f) => f.id));
const cases = loadCases();

describe('tests/eval labelled cases', () => {
  it('has case files', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it(`gives every fact of the bundled pack ≥ ${MIN_POSITIVE} positive cases and ≥ ${MIN_NEAR} near misses`, () => {
    const positive = new Map<string, number>(factIds.map((id) => [id, 0]));
    const near = new Map<string, number>(factIds.map((id) => [id, 0]));
    for (const c of cases) {
      for (const topic of new Set(c.facts.map((f) => f.topic)))
        if (positive.has(topic)) positive.set(topic, (positive.get(topic) ?? 0) + 1);
      if (c.near !== undefined && near.has(c.near)) near.set(c.near, (near.get(c.near) ?? 0) + 1);
    }
    const short = factIds
      .filter((id) => (positive.get(id) ?? 0) < MIN_POSITIVE || (near.get(id) ?? 0) < MIN_NEAR)
      .map((id) => `${id}: ${positive.get(id)} positive, ${near.get(id)} near`);
    expect(short, `facts without enough cases:\n  ${short.join('\n  ')}`).toEqual([]);
  });

  it('has unique case ids', () => {
    const ids = cases.map((c) => c.id);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup).toEqual([]);
  });

  it('quotes every label from its own text, and names only fact ids of the pack', () => {
    const known = new Set(factIds);
    const problems: string[] = [];
    for (const c of cases) {
      for (const label of [...c.facts, ...(c.maybe ?? [])]) {
        if (!known.has(label.topic)) problems.push(`${c.file} ${c.id}: unknown topic ${label.topic}`);
        if (typeof label.quote !== 'string' || label.quote.length === 0 || !c.text.includes(label.quote))
          problems.push(`${c.file} ${c.id}: quote of ${label.topic} is not in the text: "${label.quote}"`);
      }
      if (c.near !== undefined) {
        if (!known.has(c.near)) problems.push(`${c.file} ${c.id}: near names unknown fact ${c.near}`);
        if (c.facts.length > 0) problems.push(`${c.file} ${c.id}: a near miss states no fact, yet has facts`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('takes every source from a reserved example domain', () => {
    const bad = cases.filter((c) => !isReservedSource(c.source)).map((c) => `${c.file} ${c.id}: ${c.source}`);
    expect(bad).toEqual([]);
  });

  for (const [lang, floor] of Object.entries(FLOORS))
    it(`${lang}: detects the judged facts with recall ≥ ${floor.recall} and precision ≥ ${floor.precision}`, () => {
      // Exactly as `npm run eval -- tests/eval/${lang}.jsonl` scans and scores.
      const matcher = createMatcher(packs);
      const result = scoreCases(
        cases.filter((c) => c.file === `${lang}.jsonl`),
        (c) => matcher.scan(c.text, { pageDate: dateFromUrl(c.source), pageTitle: wordsOfUrl(c.source) }),
        new Set(JUDGED_TOPICS),
      );
      const summary = [
        `recall ${result.recall.toFixed(3)} (${result.found}/${result.labelled}), precision ${result.precision.toFixed(3)} (${result.right}/${result.mentions})`,
        'missed:',
        ...result.missed.map((m) => `  ${m.case} ${m.topic}: ${m.quote}`),
        'wrong:',
        ...result.wrong.map((w) => `  ${w.case} ${w.fact}: ${w.quote}`),
      ].join('\n');
      expect(result.recall, summary).toBeGreaterThanOrEqual(floor.recall);
      expect(result.precision, summary).toBeGreaterThanOrEqual(floor.precision);
    });
});
