/**
 * The seed gate (tests/shared-data.ts) as CI meets it: real vitest runs of two seed suites with the seeds
 * folder pointed at nowhere. Under CI=true they must fail, saying what is missing; elsewhere they skip.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inCI, REPO_ROOT, SEEDS_DIR } from '../shared-data.ts';

const VITEST = join(REPO_ROOT, 'node_modules/.bin/vitest');
const SUITES = ['tests/unit/core/seed-scan.test.ts', 'tests/unit/dataset.test.ts'];
const NOWHERE = join(mkdtempSync(join(tmpdir(), 'second-source-seeds-')), 'seeds');

interface Report {
  numFailedTests: number;
  numPendingTests: number;
  numPassedTests: number;
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

function runSuites(ci: string): { code: number | null; report: Report; output: string } {
  const out = join(tmpdir(), `seed-gate-${ci || 'none'}-${process.pid}.json`);
  const r = spawnSync(VITEST, ['run', ...SUITES, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: ci, SECOND_SOURCE_SEEDS: NOWHERE, NO_COLOR: '1' },
  });
  return { code: r.status, report: JSON.parse(readFileSync(out, 'utf8')), output: r.stdout + r.stderr };
}

const results = (report: Report) => report.testResults.flatMap((f) => f.assertionResults);

describe('seeds folder missing', () => {
  it('under CI=true: each seed suite fails with "<dir> is missing: CI must have it"', () => {
    const { code, report } = runSuites('true');
    expect(code).toBe(1);
    const failed = results(report).filter((t) => t.status === 'failed');
    expect(failed.map((t) => t.title)).toEqual(['has the seed articles', 'has the seed articles']);
    for (const t of failed) expect(t.failureMessages[0]).toContain(`${NOWHERE} is missing: CI must have it`);
    expect(report.numPendingTests).toBe(0);
    // The tests that do not need the seeds still ran and passed.
    expect(report.numPassedTests).toBeGreaterThan(5);
  });

  it('outside CI: each seed suite is skipped, named with the reason, and a plain warning is printed', () => {
    const { code, report, output } = runSuites('');
    expect(code).toBe(0);
    expect(report.numFailedTests).toBe(0);
    const skipped = results(report).filter((t) => t.status !== 'passed');
    expect(skipped.map((t) => t.title).sort()).toEqual([
      `quotes against the seed articles — skipped: ${NOWHERE} is missing (set SECOND_SOURCE_SEEDS to use another folder)`,
      `scan of the seed articles — skipped: ${NOWHERE} is missing (set SECOND_SOURCE_SEEDS to use another folder)`,
    ]);
    expect(output).toContain(`SKIPPED: ${NOWHERE} is missing`);
  });
});

describe('the gate', () => {
  it('reads ../shared/seeds beside the repository unless SECOND_SOURCE_SEEDS says otherwise', () => {
    expect(SEEDS_DIR).toBe(
      process.env.SECOND_SOURCE_SEEDS
        ? resolve(REPO_ROOT, process.env.SECOND_SOURCE_SEEDS)
        : join(REPO_ROOT, '../shared/seeds'),
    );
  });

  it.each([
    ['true', true],
    ['1', true],
    ['TRUE', true],
    ['', false],
    ['0', false],
    ['false', false],
  ])('CI=%j is CI: %s', (value, expected) => {
    const saved = process.env.CI;
    process.env.CI = value;
    try {
      expect(inCI()).toBe(expected);
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
  });
});
