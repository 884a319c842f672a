/**
 * The bundled dataset's reports of other outlets' pages (those with `url` and `words`) against the development
 * corpus they come from, ../shared/corpus/dev.jsonl, read at test time: each address is a corpus page, each
 * `words` is on that page verbatim (at most 12 words, and no quote), each figure's number is in its words, and
 * every labelled fact of the corpus has its report. Without the corpus the checks are skipped, loudly; on CI
 * (CI=true) a missing corpus fails. Also: the report schema's two forms, and the outlets the CLI lists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type ClaimPack, type Fact, type Report, ReportSchema, type Value } from '../../src/core/schema.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pack = JSON.parse(readFileSync(resolve(root, 'assets/claims/xi-moscow-2023.json'), 'utf8')) as ClaimPack;
const corpusFile = resolve(root, process.env.SECOND_SOURCE_CORPUS ?? '../shared/corpus/dev.jsonl');

interface Excerpt {
  id: string;
  source: string;
  text: string;
  facts: { topic: string; quote: string }[];
  maybe?: { topic: string; quote: string }[];
}

const pageReports = pack.facts.flatMap((fact) =>
  fact.reports
    .filter((report) => report.url !== undefined && report.seed === undefined)
    .map((report) => ({ fact, report })),
);
const label = (fact: Fact, report: Report) => `${fact.id} ${report.url} “${report.words}”`;
const wordCount = (text: string) => text.trim().split(/\s+/).length;

/** Scale words after a number: "$190 billion", "$200 bln", "$18.65b", "15.1 bcm" (billion cubic metres). */
const SCALE: Record<string, number> = {
  trillion: 1e12,
  trn: 1e12,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  bcm: 1e9,
  million: 1e6,
  mln: 1e6,
};
/** Figures written as words, as some pages state them ("almost a third"; "a double-digit pace" is 10–99.9). */
const WORD_FIGURES: [RegExp, number[]][] = [
  [/\ba third\b/i, [33.3]],
  [/\bhalf\b/i, [50]],
  [/\bdouble-digit\b/i, [10, 99.9]],
];

/**
 * The numbers the words state, scaled: digits with "." or "," decimals ("190,27" is 190.27; a comma before
 * exactly three digits groups thousands, "5,300"), then an optional scale word; plus WORD_FIGURES.
 */
function numbersIn(words: string): number[] {
  const found: number[] = [];
  for (const m of words.matchAll(/(\d+(?:,\d{3})*(?![\d,.])|\d+(?:[.,]\d+)?)\s*([a-z]+)?/gi)) {
    const digits = /,\d{3}(?!\d)/.test(m[1]) && !/\.\d/.test(m[1]) ? m[1].replace(/,/g, '') : m[1].replace(',', '.');
    const n = Number(digits);
    const scale = SCALE[(m[2] ?? '').toLowerCase()];
    found.push(n);
    if (scale) found.push(n * scale);
  }
  for (const [pattern, values] of WORD_FIGURES) if (pattern.test(words)) found.push(...values);
  return found;
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(b), 1) * 1e-9;
/** The point the value states, or its bound when it states only a range ("at least 50%"). */
const pointOf = (value: Value) => value.amount ?? value.min ?? value.max;

describe('numbersIn', () => {
  it('reads decimals with a point or a comma, thousands groups, and scale words', () => {
    expect(numbersIn('$190,27 billion')).toContain(190.27e9);
    expect(numbersIn('increased by 12,8%')).toContain(12.8);
    expect(numbersIn('+ 25,9%')).toContain(25.9);
    expect(numbersIn('$200 bln by 2024')).toContain(200e9);
    expect(numbersIn('$18.65b')).toContain(18.65e9);
    expect(numbersIn('15.1 bcm in 2022')).toContain(15.1e9);
    expect(numbersIn('1.28 trillion yuan')).toContain(1.28e12);
    expect(numbersIn('a 5,300-word joint statement')).toContain(5300);
    expect(numbersIn('increased by almost a third')).toContain(33.3);
    expect(numbersIn('a double-digit pace')).toEqual([10, 99.9]);
    expect(numbersIn('$190.271 billion')).toContain(190.271e9);
    expect(numbersIn('no figure here')).toEqual([]);
  });
});

describe('the report schema', () => {
  const parse = (report: unknown) => {
    const result = v.safeParse(ReportSchema, report);
    return result.success ? [] : result.issues.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`);
  };
  const page = { outlet: 'o', url: 'https://example.com/a', date: '2023-03-20', words: 'from March 20-22' };

  it('takes a seed report (seed and quote) and a page report (url and words)', () => {
    expect(parse({ outlet: 'o', seed: 'a.txt', date: '2023', quote: 'A sentence.' })).toEqual([]);
    expect(parse(page)).toEqual([]);
  });

  it('names the field when a report has neither form, or words without their page', () => {
    expect(parse({ outlet: 'o', date: '2023' })).toEqual([expect.stringMatching(/^quote: .*`url` and `words`/)]);
    expect(parse({ outlet: 'o', date: '2023', words: 'w' })).toContain('words: needs `url`: the page the words are on');
    expect(parse({ outlet: 'o', seed: 'a.txt', date: '2023', url: page.url, words: 'w' })).toEqual([
      expect.stringMatching(/^quote: is required with `seed`/),
    ]);
  });

  it('refuses a quote beside words, and words of more than 12 words', () => {
    expect(parse({ ...page, quote: 'A sentence of another site.' })).toEqual([
      expect.stringMatching(/^quote: must be left out when a report has `words`/),
    ]);
    expect(parse({ ...page, words: 'one two three four five six seven eight nine ten eleven twelve' })).toEqual([]);
    expect(
      parse({ ...page, words: 'one two three four five six seven eight nine ten eleven twelve thirteen' }),
    ).toEqual([expect.stringMatching(/^words: must be at most 12 words/)]);
  });

  it('asks for a dateNote when a report has no date', () => {
    const { date: _, ...undated } = page;
    expect(parse(undated)).toEqual([expect.stringMatching(/^dateNote: is required when a report has no date/)]);
    expect(parse({ ...undated, dateNote: 'undated: neither the text nor the address gives a date' })).toEqual([]);
  });
});

describe('the outlets of the bundled pack', () => {
  it('reports come from at least 40 distinct outlets, one outlet per site', () => {
    const used = new Set(pack.facts.flatMap((fact) => fact.reports.map((report) => report.outlet)));
    expect(used.size).toBeGreaterThanOrEqual(40);
    const sites = pack.outlets.flatMap((outlet) => (outlet.site ? [outlet.site] : []));
    expect(new Set(sites).size).toBe(sites.length);
  });

  it('publishes each page report on its outlet’s site, named by its domain where that is all that is known', () => {
    const outlets = new Map(pack.outlets.map((outlet) => [outlet.id, outlet]));
    for (const { fact, report } of pageReports) {
      const outlet = outlets.get(report.outlet);
      const host = new URL(report.url ?? '').hostname.replace(/^www\./, '');
      expect(outlet?.site, label(fact, report)).toBe(host);
      // An outlet known only by its domain is named by it, says so, and stays unknown.
      if (outlet?.note?.startsWith('Named by its domain')) {
        expect(outlet.note, outlet.id).toBe(
          outlet.note.replace(/^Named by its domain, [^ ]+\./, `Named by its domain, ${host}.`),
        );
        expect([outlet.name, outlet.confidence], outlet.id).toEqual([host, 'unknown']);
      }
      if (outlet?.confidence === 'unknown') expect(outlet.note, outlet.id).toMatch(/^Named by its domain, /);
    }
  });

  it('lists every page report with its url and words in `npm run claims -- --json`', () => {
    const run = spawnSync(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'src/cli/claims.ts'), '--json'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status, run.stderr).toBe(0);
    const { facts } = JSON.parse(run.stdout) as {
      facts: { id: string; reports: { outletId: string; url?: string; words?: string; quote?: string }[] }[];
    };
    const listed = facts.flatMap((fact) =>
      fact.reports.filter((r) => r.words).map((r) => `${fact.id} ${r.url} ${r.words}`),
    );
    expect(listed.sort()).toEqual(
      pageReports.map(({ fact, report }) => `${fact.id} ${report.url} ${report.words}`).sort(),
    );
    expect(new Set(facts.flatMap((fact) => fact.reports.map((r) => r.outletId))).size).toBeGreaterThanOrEqual(40);
  });
});

const hasCorpus = existsSync(corpusFile);
if (!hasCorpus && process.env.CI === 'true') {
  describe('the corpus', () => {
    it('is present on CI', () => {
      expect.fail(`the development corpus is absent (${corpusFile}): the page reports cannot be checked`);
    });
  });
} else if (!hasCorpus) {
  console.warn(
    `dataset-corpus.test: the corpus is absent (${corpusFile}); the page report checks are SKIPPED, not passed.`,
  );
}

describe.skipIf(!hasCorpus)(
  hasCorpus
    ? 'page reports against the corpus'
    : 'page reports against the corpus — SKIPPED: ../shared/corpus/dev.jsonl is absent',
  () => {
    const excerpts: Excerpt[] = hasCorpus
      ? readFileSync(corpusFile, 'utf8')
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => JSON.parse(line) as Excerpt)
      : [];
    const pages = new Map<string, Excerpt[]>();
    for (const excerpt of excerpts) pages.set(excerpt.source, [...(pages.get(excerpt.source) ?? []), excerpt]);

    it('has page reports', () => {
      expect(pageReports.length).toBeGreaterThan(100);
    });

    it('gives each report the address of a corpus page, exactly', () => {
      for (const { fact, report } of pageReports) expect(pages.has(report.url ?? ''), label(fact, report)).toBe(true);
    });

    it('takes each report’s words verbatim from that page, at most 12 words, and no quote', () => {
      for (const { fact, report } of pageReports) {
        const texts = (pages.get(report.url ?? '') ?? []).map((excerpt) => excerpt.text);
        expect(report.words, label(fact, report)).toBeDefined();
        expect(
          texts.some((text) => text.includes(report.words ?? '\u0000')),
          label(fact, report),
        ).toBe(true);
        expect(wordCount(report.words ?? ''), label(fact, report)).toBeLessThanOrEqual(12);
        expect(report.quote, label(fact, report)).toBeUndefined();
        expect(report.prefix ?? report.suffix, label(fact, report)).toBeUndefined();
      }
    });

    it('finds each figure’s number in its words', () => {
      for (const { fact, report } of pageReports) {
        if (!report.value) continue;
        const point = pointOf(report.value);
        expect(point, label(fact, report)).toBeDefined();
        const stated = numbersIn(report.words ?? '');
        expect(
          stated.some((n) => near(n, point ?? Number.NaN)),
          `${label(fact, report)}: ${point} not in [${stated.join(', ')}]`,
        ).toBe(true);
      }
    });

    it('dates a report from its text or address, or says it is undated', () => {
      for (const { fact, report } of pageReports) {
        expect(report.date ?? report.dateNote, label(fact, report)).toBeDefined();
        if (report.date === undefined) expect(report.dateNote, label(fact, report)).toMatch(/^undated: /);
      }
    });

    it('has a report for every labelled fact of the corpus, on that page', () => {
      const missing: string[] = [];
      for (const excerpt of excerpts) {
        for (const { topic } of excerpt.facts) {
          const fact = pack.facts.find((f) => f.id === topic);
          const found = fact?.reports.some((report) => report.url === excerpt.source && report.words !== undefined);
          if (!found) missing.push(`${excerpt.id} ${topic}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it('reports a fact only where the corpus labels it on that page', () => {
      for (const { fact, report } of pageReports) {
        const labelled = (pages.get(report.url ?? '') ?? []).some((excerpt) =>
          excerpt.facts.some((f) => f.topic === fact.id),
        );
        expect(labelled, label(fact, report)).toBe(true);
      }
    });

    it('explains with a note each value outside its fact’s band', () => {
      const rate = pack.rates?.[0]?.rate ?? 0;
      for (const { fact, report } of pageReports) {
        const value = report.value;
        if (!value || !fact.match.band) continue;
        const point = pointOf(value) ?? Number.NaN;
        const usd = value.kind === 'money' && value.currency === 'CNY' ? point / rate : point;
        const bands = [fact.match.band].flat().filter((band) => band.kind === value.kind);
        const inside = bands.some((band) => usd >= band.min && usd <= band.max);
        const range =
          value.amount === undefined &&
          bands.some((b) => (value.min ?? -Infinity) <= b.max && (value.max ?? Infinity) >= b.min);
        if (!inside && !range) expect(report.note, `${label(fact, report)}: ${usd} outside the band`).toBeDefined();
      }
    });
  },
);
