/**
 * The bundled dataset against its contract: the schema, the fact catalog of seeds/README.md (ids and the
 * seeds each fact is reported by), and the seed articles themselves (every quote verbatim, found again by
 * its prefix and suffix). The seed checks go through tests/shared-data.ts: without ../shared/seeds they fail
 * under CI and are skipped, loudly, elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type ClaimPack, PackSchema } from '../../src/core/schema.ts';
import { validatePack } from '../../src/core/validate-pack.ts';
import { describeWithSeeds, seedPath } from '../shared-data.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const packFile = resolve(root, 'assets/claims/xi-moscow-2023.json');
const raw: unknown = JSON.parse(readFileSync(packFile, 'utf8'));
const pack = raw as ClaimPack;

const SEED = {
  '000': '000_eec65b7364af0c06.txt',
  '001': '001_2893deb30ac588af.txt',
  '002': '002_0e6a0af431b6ad44.txt',
  '003': '003_2c42c7b3611044b4.txt',
  '004': '004_f199504f34c41cb7.txt',
} as const;
type SeedNo = keyof typeof SEED;

/** The fact catalog of seeds/README.md: id → the seeds it lists as reporting the fact. A contract. */
const CATALOG_FIGURES: Record<string, SeedNo[]> = {
  'trade-2022-total': ['000', '001', '002', '003'],
  'trade-2022-growth': ['000', '002'],
  'exports-2022-growth': ['002'],
  'imports-2022-growth': ['002'],
  'trade-2023-janfeb-total': ['001', '003'],
  'trade-2023-janfeb-growth': ['001', '003'],
  'energy-trade-2023-janfeb': ['000'],
  'exports-2023-janfeb': ['003'],
  'imports-2023-janfeb': ['003'],
  'trade-target-2024': ['001'],
  'power-of-siberia-2022': ['001', '002'],
  'lng-rail-2022': ['002'],
  'russia-energy-rank': ['001', '003'],
  'largest-trading-partner': ['001', '003'],
  'xi-putin-meetings': ['000', '001'],
};
const CATALOG_EVENTS: Record<string, SeedNo[]> = {
  'visit-dates': ['000', '001', '002', '003', '004'],
  'visit-first-trip': ['000', '001', '003', '004'],
  'visit-purpose': ['001', '002', '003', '004'],
  'visit-documents': ['001', '002', '003', '004'],
  'xi-third-term': ['000', '001', '002', '003'],
  'xi-first-visit-2013': ['001', '004'],
  'no-limits-partnership': ['000', '002', '003'],
  'peace-plan': ['000', '001', '002', '004'],
  'icc-warrant': ['003'],
  'putin-article': ['001'],
  'iran-saudi-deal': ['002'],
  'bri-eaeu': ['000', '002'],
  'military-cooperation': ['001', '002', '003'],
  'nuclear-cooperation': ['001'],
  'year-of-exchange': ['000'],
};
/** Catalog figures stated in words, without a number. */
const QUALITATIVE = new Set(['russia-energy-rank', 'largest-trading-partner']);
const GLOBAL_TIMES_URL = 'https://www.globaltimes.cn/page/202303/1287576.shtml';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const reports = pack.facts.flatMap((fact) => fact.reports.map((report) => ({ fact, report })));
/** The reports of the five seed articles; the others are other outlets' pages (tests/unit/dataset-corpus.test.ts). */
const seedReports = reports.filter(({ report }) => report.seed !== undefined);

describe('the bundled claim pack', () => {
  it('passes the schema', () => {
    const result = v.safeParse(PackSchema, raw);
    const messages = result.success ? [] : result.issues.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`);
    expect(messages).toEqual([]);
  });

  it('passes the pack validator (unique ids, known outlets and related facts, bands, match rules)', () => {
    const result = validatePack(raw, 'xi-moscow-2023.json');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is the xi-moscow-2023 pack, version 2023.03.1', () => {
    expect(pack).toMatchObject({ schema: 2, id: 'xi-moscow-2023', version: '2023.03.1' });
  });

  it('declares its pair and every currency its rates and report values use', () => {
    expect(pack.vocabulary.entities.filter((e) => e.role === 'pair').map((e) => e.id)).toEqual(['china', 'russia']);
    const declared = new Set(pack.vocabulary.currencies?.map((c) => c.code));
    const used = [
      ...(pack.rates ?? []).flatMap((r) => [r.from, r.to]),
      ...reports.flatMap(({ report }) => (report.value?.currency ? [report.value.currency] : [])),
    ];
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((code) => !declared.has(code))).toEqual([]);
  });

  it('has every catalog fact, with the catalog kind', () => {
    const kinds = new Map(pack.facts.map((fact) => [fact.id, fact.kind]));
    for (const id of Object.keys(CATALOG_FIGURES)) expect(kinds.get(id), id).toBe('figure');
    for (const id of Object.keys(CATALOG_EVENTS)) expect(kinds.get(id), id).toBe('event');
  });

  it('keeps each report to one form: seed and quote, or url and words (no quote of another site)', () => {
    for (const { fact, report } of reports) {
      const label = `${fact.id} ${report.seed ?? report.url}`;
      if (report.seed !== undefined) {
        expect(report.quote, label).toBeDefined();
        expect(report.words, label).toBeUndefined();
      } else {
        expect(report.url, label).toBeDefined();
        expect(report.words, label).toBeDefined();
        expect(report.quote, label).toBeUndefined();
      }
    }
  });

  it('reports each catalog fact from exactly the seeds the catalog lists', () => {
    for (const [id, seeds] of Object.entries({ ...CATALOG_FIGURES, ...CATALOG_EVENTS })) {
      const fact = pack.facts.find((f) => f.id === id);
      const found = [...new Set(fact?.reports.flatMap((report) => (report.seed ? [report.seed] : [])))].sort();
      expect(found, id).toEqual(seeds.map((no) => SEED[no]));
    }
  });

  it('has unique fact ids and unique outlet ids', () => {
    const factIds = pack.facts.map((fact) => fact.id);
    const outletIds = pack.outlets.map((outlet) => outlet.id);
    expect(new Set(factIds).size).toBe(factIds.length);
    expect(new Set(outletIds).size).toBe(outletIds.length);
  });

  it('names only outlets it defines, and related facts it has', () => {
    const outletIds = new Set(pack.outlets.map((outlet) => outlet.id));
    const factIds = new Set(pack.facts.map((fact) => fact.id));
    for (const { fact, report } of reports)
      expect(outletIds.has(report.outlet), `${fact.id}: ${report.outlet}`).toBe(true);
    for (const fact of pack.facts) {
      for (const link of fact.related ?? []) expect(factIds.has(link.fact), `${fact.id} → ${link.fact}`).toBe(true);
    }
  });

  it('rates outlets as the seeds README does', () => {
    const outlets = Object.fromEntries(pack.outlets.map((o) => [o.id, o]));
    expect(outlets['seed-000-unknown']).toMatchObject({ confidence: 'unknown' });
    expect(outlets['seed-000-unknown'].site).toBeUndefined();
    expect(outlets['vov-world']).toMatchObject({ confidence: 'known' });
    expect(outlets.scmp).toMatchObject({ name: 'South China Morning Post', confidence: 'probable', site: 'scmp.com' });
    expect(outlets['seed-003-aggregator']).toMatchObject({ confidence: 'unknown' });
    expect(outlets['seed-003-aggregator'].site).toBeUndefined();
    expect(outlets['global-times']).toMatchObject({
      name: 'Global Times',
      confidence: 'known',
      site: 'globaltimes.cn',
    });
  });

  it('ties each seed to one outlet, and links only the confirmed Global Times page', () => {
    const outletOf: Record<string, string> = {
      [SEED['000']]: 'seed-000-unknown',
      [SEED['001']]: 'vov-world',
      [SEED['002']]: 'scmp',
      [SEED['003']]: 'seed-003-aggregator',
      [SEED['004']]: 'global-times',
    };
    for (const { fact, report } of seedReports) {
      expect(report.seed, fact.id).toBeDefined();
      expect(report.outlet, `${fact.id} ${report.seed}`).toBe(outletOf[report.seed ?? '']);
      expect(report.url, `${fact.id} ${report.seed}`).toBe(
        report.outlet === 'global-times' ? GLOBAL_TIMES_URL : undefined,
      );
    }
  });

  it('dates reports as the seeds README does', () => {
    const dates: Record<string, string[]> = {
      [SEED['000']]: ['2023-03-22'],
      [SEED['001']]: ['2023-03-20'],
      [SEED['002']]: ['2023-03-17'],
      [SEED['003']]: ['2023-03', '2023-03-17', '2023-03-18'],
      [SEED['004']]: ['2023-03-19'],
    };
    for (const { fact, report } of seedReports) expect(dates[report.seed ?? ''], fact.id).toContain(report.date);
  });

  it('gives every numeric figure report a value, and events none but counts', () => {
    for (const { fact, report } of reports) {
      if (fact.kind === 'figure' && !QUALITATIVE.has(fact.id))
        expect(report.value, `${fact.id} ${report.seed}`).toBeDefined();
      if (QUALITATIVE.has(fact.id)) expect(report.value, fact.id).toBeUndefined();
      if (fact.kind === 'event' && report.value) expect(report.value.kind, fact.id).toBe('count');
    }
  });

  it('states money in whole units with a currency, and bounds in order', () => {
    for (const { fact, report } of reports) {
      const value = report.value;
      if (!value) continue;
      if (value.kind === 'money') {
        expect(value.currency, fact.id).toBeDefined();
        expect(value.amount ?? value.min ?? 0, fact.id).toBeGreaterThan(1e9);
      } else expect(value.currency, fact.id).toBeUndefined();
      if (value.min !== undefined && value.max !== undefined) expect(value.min, fact.id).toBeLessThanOrEqual(value.max);
    }
  });

  it('gives every figure a way to be matched, and target role only to the target', () => {
    for (const fact of pack.facts) {
      const { all, measure, band, role } = fact.match;
      expect(Boolean(all?.length) || Boolean(measure?.length && band), fact.id).toBe(true);
      expect(role === 'target', fact.id).toBe(fact.id === 'trade-target-2024');
    }
  });

  it('keeps quantity bands of one measure and period apart', () => {
    const bands = pack.facts.flatMap((fact) =>
      [fact.match.band ?? []].flat().map((band) => ({
        fact: fact.id,
        band,
        key: `${JSON.stringify([...(fact.match.measure ?? [])].sort())} ${JSON.stringify(fact.match.period ?? {})}`,
      })),
    );
    for (const a of bands) {
      for (const b of bands) {
        if (a === b || a.fact === b.fact || a.key !== b.key || a.band.kind !== b.band.kind) continue;
        const overlap = a.band.min <= b.band.max && b.band.min <= a.band.max;
        expect(overlap, `${a.fact} and ${b.fact} overlap`).toBe(false);
      }
    }
  });

  // Seed reports only: another outlet's page may state a hedged or misreported value outside the band (the
  // engine's recognition range); dataset-corpus.test.ts requires a note on each such report instead.
  it('normalises every seed report value into its fact band', () => {
    const rate = pack.rates?.[0]?.rate ?? 0;
    for (const { fact, report } of seedReports) {
      const value = report.value;
      if (!value || fact.kind !== 'figure' || !fact.match.band) continue;
      const point = value.amount ?? value.min ?? value.max ?? Number.NaN;
      const normalized = value.kind === 'money' && value.currency === 'CNY' ? point / rate : point;
      const bands = [fact.match.band].flat().filter((band) => band.kind === value.kind);
      expect(bands.length, `${fact.id}: no ${value.kind} band`).toBeGreaterThan(0);
      const inside = bands.some((band) => normalized >= band.min && normalized <= band.max);
      // A pure range ("a double-digit pace", 10–99.9) only needs to overlap the band.
      const overlaps = bands.some(
        (band) =>
          value.amount === undefined && (value.min ?? -Infinity) <= band.max && (value.max ?? Infinity) >= band.min,
      );
      expect(inside || overlaps, `${fact.id} ${report.seed}: ${normalized}`).toBe(true);
    }
  });
});

describeWithSeeds('quotes against the seed articles', () => {
  const seedText = new Map<string, string>();
  const text = (file: string) => {
    if (!seedText.has(file)) seedText.set(file, normalize(readFileSync(seedPath(file), 'utf8')));
    return seedText.get(file) as string;
  };

  it('has a seed file for every seed report', () => {
    for (const { fact, report } of seedReports) expect(existsSync(seedPath(report.seed ?? '-')), fact.id).toBe(true);
  });

  it('copies every quote verbatim (whitespace collapsed)', () => {
    for (const { fact, report } of seedReports) {
      expect(
        text(report.seed ?? '').includes(normalize(report.quote ?? '-')),
        `${fact.id} ${report.seed}: ${report.quote}`,
      ).toBe(true);
    }
  });

  it('finds prefix and suffix right next to the quote', () => {
    for (const { fact, report } of seedReports) {
      const seed = text(report.seed ?? '');
      const label = `${fact.id} ${report.seed}: ${report.quote}`;
      expect(report.prefix || report.suffix, label).toBeTruthy();
      // Collapse whitespace only inside each piece, then join: the pieces carry their own spaces at the seams.
      const joined = `${(report.prefix ?? '').replace(/\s+/g, ' ')}${normalize(report.quote ?? '-')}${(report.suffix ?? '').replace(/\s+/g, ' ')}`;
      expect(seed.includes(joined), label).toBe(true);
    }
  });

  it('keeps the rate implied by seed 000’s two values for the 2022 total', () => {
    const match = /([\d.]+) trillion yuan \(\$([\d.]+) billion\)/.exec(text(SEED['000']));
    expect(match).not.toBeNull();
    const implied = (Number(match?.[1]) * 1e12) / (Number(match?.[2]) * 1e9);
    const rate = pack.rates?.find((r) => r.from === 'CNY' && r.to === 'USD');
    expect(rate?.rate).toBe(Math.round(implied * 1e4) / 1e4);
    expect(rate?.rate).toBe(6.9036);
  });
});
