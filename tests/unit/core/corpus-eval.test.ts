/**
 * Detection on the development corpus of other outlets' pages (../shared/corpus/dev.jsonl, read at test
 * time, never copied), scored exactly as `npm run eval` scores it: a floor against regressions.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadBundledPacks } from '../../../src/cli/bundled-packs.ts';
import { parseCases, scoreCases } from '../../../src/cli/eval-score.ts';
import { createMatcher } from '../../../src/core/engine.ts';
import { dateFromUrl, wordsOfUrl } from '../../../src/core/page-date.ts';
import { CORPUS_FILE, describeWithCorpus } from '../../shared-data.ts';

const FLOOR = { recall: 0.95, precision: 0.97 };

describeWithCorpus('detection on the development corpus', () => {
  it(`finds the labelled facts with recall ≥ ${FLOOR.recall} and precision ≥ ${FLOOR.precision}`, () => {
    const cases = parseCases(readFileSync(CORPUS_FILE, 'utf8'), 'dev.jsonl');
    const matcher = createMatcher(loadBundledPacks());
    const result = scoreCases(cases, (c) =>
      matcher.scan(c.text, { pageDate: dateFromUrl(c.source), pageTitle: wordsOfUrl(c.source) }),
    );
    const summary = `recall ${result.recall.toFixed(3)}, precision ${result.precision.toFixed(3)}; missed ${result.missed.map((m) => `${m.case}/${m.topic}`).join(' ')}; wrong ${result.wrong.map((w) => `${w.case}/${w.fact}`).join(' ')}`;
    expect(result.recall, summary).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(result.precision, summary).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
