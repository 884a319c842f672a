// @vitest-environment happy-dom
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import bundledPack from '../../../assets/claims/xi-moscow-2023.json';
import { createPairNames } from '../../../src/core/entities.ts';
import { type ClaimPack, PackSchema } from '../../../src/core/schema.ts';
import { activePacks } from '../../../src/page/active-packs.ts';
import { readPageDate } from '../../../src/page/page-date.ts';
import { outletForHost } from '../../../src/page/page-outlet.ts';
import { buildSummary } from '../../../src/page/page-summary.ts';
import { CountryWatch } from '../../../src/page/scan/country-watch.ts';
import { pairGates } from '../../../src/page/scan/pair-names.ts';
import { TimeBudget } from '../../../src/page/scan/time-slice.ts';
import { DEFAULT_SETTINGS, type Settings, type StoredPack } from '../../../src/settings/types.ts';
import { format1 } from '../pack-fixtures.ts';
import { differingComparison, mention, PACK } from './fake-comparison.ts';

describe('page date', () => {
  it('reads article metadata first, then a <time> in the article', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2023-03-19T23:43:00+08:00">';
    document.body.innerHTML = '<article><time datetime="2023-03-01">1 March</time></article>';
    expect(readPageDate(document)).toBe('2023-03-19');
    document.head.innerHTML = '';
    expect(readPageDate(document)).toBe('2023-03-01');
    document.body.innerHTML = '<p>No date here.</p>';
    expect(readPageDate(document)).toBeUndefined();
    document.head.innerHTML = '<meta name="date" content="yesterday">';
    expect(readPageDate(document)).toBeUndefined();
  });
});

describe('page outlet', () => {
  it('matches the outlet site and its subdomains only', () => {
    expect(outletForHost('globaltimes.cn', [PACK])?.name).toBe('Global Times');
    expect(outletForHost('www.globaltimes.cn', [PACK])?.name).toBe('Global Times');
    expect(outletForHost('notglobaltimes.cn', [PACK])).toBeUndefined();
    expect(outletForHost('example.org', [PACK])).toBeUndefined();
  });
});

describe('active packs', () => {
  const imported: ClaimPack = {
    ...PACK,
    id: 'imported-pack',
    name: 'Imported',
    facts: [
      { ...PACK.facts[0], reports: [{ outlet: 'global-times', date: '2023-03-19', quote: 'Trade hit $190 bn.' }] },
    ],
  };
  const stored = (enabled: boolean, data: unknown = imported) => ({
    id: 'imported-pack',
    name: 'Imported',
    version: '1',
    enabled,
    builtin: false,
    data,
  });

  const ids = async (settings: Settings) => (await activePacks(settings, PACK)).map((p) => p.id);

  it('uses the bundled pack unless turned off, plus enabled imported packs that pass the schema', async () => {
    const bundledEntry = (enabled: boolean) => ({ id: PACK.id, name: 'B', version: '1', enabled, builtin: true });
    expect(await ids(DEFAULT_SETTINGS)).toEqual([PACK.id]);
    expect(await ids({ ...DEFAULT_SETTINGS, packs: [bundledEntry(false), stored(true)] })).toEqual(['imported-pack']);
    expect(await ids({ ...DEFAULT_SETTINGS, packs: [bundledEntry(true), stored(false)] })).toEqual([PACK.id]);
    expect(await ids({ ...DEFAULT_SETTINGS, packs: [stored(true, { id: 'imported-pack' })] })).toEqual([PACK.id]);
  });

  it('skips a format-1 pack stored before format 2, and leaves its stored entry as it was', async () => {
    const old = stored(true, format1(imported));
    const settings: Settings = { ...DEFAULT_SETTINGS, packs: [old] };
    const before = JSON.stringify(settings);
    expect(await ids({ ...DEFAULT_SETTINGS, packs: [stored(true)] })).toEqual([PACK.id, 'imported-pack']);
    expect(await ids(settings)).toEqual([PACK.id]);
    expect(JSON.stringify(settings)).toBe(before);
  });

  it('reads a large stored pack fact by fact within the time budget, as the whole-pack schema would', async () => {
    const facts = Array.from({ length: 450 }, (_, i) => ({ ...imported.facts[0], id: `imported-fact-${i}` }));
    const big = { ...imported, facts };
    const budget = new TimeBudget(0); // every look at the budget finds it spent
    const checks = vi.spyOn(budget, 'check');
    const [, read] = await activePacks({ ...DEFAULT_SETTINGS, packs: [stored(true, big)] }, PACK, budget);
    expect(checks).toHaveBeenCalledTimes(4); // after each 100 facts
    expect(read).toEqual(v.parse(PackSchema, big));
    // One bad fact anywhere, or one unknown key, and the pack is skipped, as before.
    const badFact = { ...big, facts: facts.map((f, i) => (i === 300 ? { ...f, kind: 'rumour' } : f)) };
    expect(await ids({ ...DEFAULT_SETTINGS, packs: [stored(true, badFact)] })).toEqual([PACK.id]);
    expect(await ids({ ...DEFAULT_SETTINGS, packs: [stored(true, { ...big, extra: 1 })] })).toEqual([PACK.id]);
    expect(await ids({ ...DEFAULT_SETTINGS, packs: [stored(true, { ...big, facts: [] })] })).toEqual([PACK.id]);
  });
});

describe('page summary', () => {
  it('counts mentions per fact and carries agreement, outlets and range', () => {
    const m1 = mention();
    const m2 = mention({ quote: '1.3 trillion yuan', start: 40, end: 57 });
    const s = buildSummary({
      url: 'https://news.example/a',
      host: 'news.example',
      enabled: true,
      mentions: [m1, m2],
      compare: () => differingComparison(),
    });
    expect(s.mentions).toEqual([
      { index: 0, fact: 'trade-2022-total', quote: '$190 billion' },
      { index: 1, fact: 'trade-2022-total', quote: '1.3 trillion yuan' },
    ]);
    expect(s.facts).toEqual([
      {
        id: 'trade-2022-total',
        kind: 'figure',
        title: 'China–Russia trade in 2022',
        mentions: 2,
        firstIndex: 0,
        agree: 2,
        differ: 1,
        outlets: 3,
        range: '$185 bn – $190 bn',
      },
    ]);
    expect(s.outlet).toBeUndefined();
  });
});

const PACK_VOCABULARY = (bundledPack as unknown as ClaimPack).vocabulary;

describe('country watch', () => {
  const body = (html: string) => {
    document.body.innerHTML = html;
    return document.body;
  };
  /** The bundled pack's pair (China and Russia), as a page with default settings watches it. */
  const bundledOnly = () => new CountryWatch(pairGates(DEFAULT_SETTINGS));

  it('reads the page’s text nodes, not scripts or styles, and remembers each country', async () => {
    const w = bundledOnly();
    expect(await w.resetFrom(body('<p>Only China here</p><script>var Russia</script>'))).toBe(false);
    expect(w.see('Weather')).toBe(false);
    expect(w.see('Russia replied')).toBe(true);
    expect(await w.resetFrom(body('<ul><li>China</li><li>Russia</li></ul>'))).toBe(true);
    expect(await w.resetFrom(body('<p>Nothing</p>'))).toBe(false);
  });

  it('tests long pages in pieces without cutting a name in two', async () => {
    const filler = '<p>weather and sport </p>'.repeat(3000);
    const w = bundledOnly();
    expect(await w.resetFrom(body(`<p>China </p>${filler}<p>Russia</p>`))).toBe(true);
    expect(await w.resetFrom(body(`${filler}<p>Russia and China</p>`))).toBe(true);
    expect(await w.resetFrom(body(`${filler}<p>Russia</p>`))).toBe(false);
  });

  it('takes a page as naming a party by its names, not by the people who speak for it', async () => {
    const w = bundledOnly();
    // Peskov speaks for Russia: the engine places his words on its side, but the page names only China.
    expect(await w.resetFrom(body('<p>Peskov said the talks with China went well.</p>'))).toBe(false);
    expect(await w.resetFrom(body('<p>Peskov said the talks between Russia and China went well.</p>'))).toBe(true);
    const russia = PACK_VOCABULARY.entities.find((e) => e.id === 'russia');
    expect(russia?.speakers).toContain('Peskov');
    expect(createPairNames(PACK_VOCABULARY).second.names('Peskov said')).toBe(true);
  });

  it('watches no pair at all when no pack is active', async () => {
    const w = new CountryWatch();
    expect(await w.resetFrom(body('<p>China and Russia</p>'))).toBe(false);
    expect(w.see('China and Russia')).toBe(false);
  });

  describe('pairs of imported packs (pairGates)', () => {
    /** An imported pack about a fictional pair, as settings store it. */
    const fictional = (enabled: boolean, data: unknown): StoredPack => ({
      id: 'fictional-pack',
      name: 'Fictional',
      version: '1',
      enabled,
      builtin: false,
      data,
    });
    const fictionalPack = () => ({
      ...PACK,
      id: 'fictional-pack',
      vocabulary: {
        entities: [
          { id: 'freedonia', role: 'pair', names: ['Freedonia', 'Freedonian*'] },
          { id: 'sylvania', role: 'pair', names: ['Sylvania'] },
          { id: 'china', role: 'other', names: ['China'] },
        ],
      },
    });
    const bundled = (enabled: boolean): StoredPack => ({
      id: 'xi-moscow-2023',
      name: 'Bundled',
      version: '1',
      enabled,
      builtin: true,
    });
    const settings = (...packs: StoredPack[]): Settings => ({ ...DEFAULT_SETTINGS, packs });

    it('gives the bundled pack’s pair unless it is turned off, and each enabled imported pack’s', () => {
      expect(pairGates(undefined)).toHaveLength(1);
      expect(pairGates(DEFAULT_SETTINGS)).toHaveLength(1);
      expect(pairGates(settings(bundled(false)))).toHaveLength(0);
      expect(pairGates(settings(bundled(true), fictional(true, fictionalPack())))).toHaveLength(2);
      expect(pairGates(settings(bundled(false), fictional(true, fictionalPack())))).toHaveLength(1);
      expect(pairGates(settings(bundled(false), fictional(false, fictionalPack())))).toHaveLength(0);
    });

    it('a page naming an imported pack’s pair passes; one naming only the bundled pair does not, once it is off', async () => {
      const w = new CountryWatch(pairGates(settings(bundled(false), fictional(true, fictionalPack()))));
      expect(await w.resetFrom(body('<p>China and Russia</p>'))).toBe(false);
      expect(await w.resetFrom(body('<p>Freedonian ministers</p><p>met in Sylvania</p>'))).toBe(true);
      expect(await w.resetFrom(body('<p>Sylvania alone</p>'))).toBe(false);
      expect(w.see('the Freedonia side')).toBe(true);
      const both = new CountryWatch(pairGates(settings(bundled(true), fictional(true, fictionalPack()))));
      expect(await both.resetFrom(body('<p>China and Russia</p>'))).toBe(true);
      expect(await both.resetFrom(body('<p>Freedonia and Sylvania</p>'))).toBe(true);
      expect(await both.resetFrom(body('<p>Freedonia and Russia</p>'))).toBe(false);
    });

    it('skips an imported pack whose stored data has no readable pair (format 1, damaged), without throwing', () => {
      for (const data of [format1(fictionalPack()), undefined, null, 'text', { vocabulary: { entities: 'x' } }]) {
        expect(pairGates(settings(bundled(false), fictional(true, data))), JSON.stringify(data)).toHaveLength(0);
      }
      const onePair = fictionalPack();
      onePair.vocabulary.entities[1].role = 'other';
      expect(pairGates(settings(bundled(false), fictional(true, onePair)))).toHaveLength(0);
    });

    it('watches only the new pairs once the active packs change', async () => {
      const w = new CountryWatch(pairGates(settings(bundled(false), fictional(true, fictionalPack()))));
      expect(w.see('Freedonia')).toBe(false);
      w.use(pairGates(settings(bundled(true))));
      expect(w.see('Sylvania')).toBe(false);
      expect(w.see('China')).toBe(false);
      expect(w.see('Russia')).toBe(true);
    });
  });
});
