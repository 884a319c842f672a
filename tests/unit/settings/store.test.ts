import { beforeEach, describe, expect, it, vi } from 'vitest';
import bundledJson from '../../../assets/claims/xi-moscow-2023.json';
import {
  exportPack,
  importPack,
  loadSettings,
  loadSettingsWithProblems,
  MAX_IMPORT_BYTES,
  removePack,
  setHighlightStyle,
  setPackEnabled,
  setSiteEnabled,
  updateSettings,
} from '../../../src/settings/store.ts';
import { DEFAULT_SETTINGS, type HighlightStyle, SETTINGS_KEY } from '../../../src/settings/types.ts';
import { format1 } from '../pack-fixtures.ts';
import { fake, resetFake } from './fake-browser.ts';
import { asText, tinyPack } from './packs.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).fake }));

const local = fake.storage.local;
const stored = () => local.dump()[SETTINGS_KEY] as Record<string, unknown> | undefined;

beforeEach(() => resetFake());

describe('loadSettings', () => {
  it('gives the defaults (with the bundled pack on) when nothing is stored', async () => {
    const s = await loadSettings();
    expect(s.disabledSites).toEqual([]);
    expect(s.highlightStyle).toBe(DEFAULT_SETTINGS.highlightStyle);
    expect(s.packs).toEqual([expect.objectContaining({ id: 'xi-moscow-2023', builtin: true, enabled: true })]);
  });

  it('keeps every valid part of damaged settings and never writes while reading', async () => {
    const good = tinyPack();
    local.seed({
      [SETTINGS_KEY]: {
        disabledSites: ['www.example.com', 5, 'not a host', 'Example.org'],
        highlightStyle: 'neon',
        packs: [
          { id: 'xi-moscow-2023', enabled: false, builtin: true },
          { id: good.id, name: good.name, version: '1.0.0', enabled: true, builtin: false, data: good },
          42,
          { id: 'broken', name: 'Broken pack', enabled: true, builtin: false, data: 'oops' },
        ],
      },
    });
    const before = local.dump();
    const { settings, problems } = await loadSettingsWithProblems();
    expect(settings.disabledSites).toEqual(['example.org', 'www.example.com']);
    expect(settings.highlightStyle).toBe('underline');
    expect(settings.packs.map((p) => [p.id, p.enabled])).toEqual([
      ['xi-moscow-2023', false],
      ['widget-pack', true],
      ['broken', true],
    ]);
    expect(settings.packs[2].problem).toMatch(/damaged/);
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(local.set).not.toHaveBeenCalled();
    expect(local.dump()).toEqual(before);
  });

  it('recovers from a stored value that is not an object', async () => {
    local.seed({ [SETTINGS_KEY]: 'garbage' });
    const { settings, problems } = await loadSettingsWithProblems();
    expect(settings.highlightStyle).toBe('underline');
    expect(problems).toHaveLength(1);
    // The next change writes a clean value.
    await setHighlightStyle('outline');
    expect(stored()).toMatchObject({ highlightStyle: 'outline', disabledSites: [] });
  });

  it('a later write keeps a damaged pack entry (and its data) so nothing is lost', async () => {
    local.seed({ [SETTINGS_KEY]: { packs: [{ id: 'broken', name: 'Broken', enabled: true, data: { id: 'x' } }] } });
    await setSiteEnabled('news.example.com', false);
    const packs = stored()?.packs as { id: string; data?: unknown; problem?: string }[];
    expect(packs.find((p) => p.id === 'broken')).toMatchObject({ data: { id: 'x' } });
    expect(packs.find((p) => p.id === 'broken')).not.toHaveProperty('problem');
  });
});

describe('updateSettings', () => {
  it('writes nothing when the new value is invalid', async () => {
    await setSiteEnabled('a.example.com', false);
    const before = local.dump();
    await expect(
      updateSettings((s) => {
        s.highlightStyle = 'sparkles' as HighlightStyle;
      }),
    ).rejects.toThrow(/highlight style/);
    await expect(
      updateSettings((s) => {
        s.packs = [];
      }),
    ).rejects.toThrow(/bundled pack cannot be removed/);
    expect(local.dump()).toEqual(before);
  });

  it('runs changes one after another, so quick clicks do not undo each other', async () => {
    await Promise.all([
      setSiteEnabled('one.example.com', false),
      setSiteEnabled('two.example.com', false),
      setHighlightStyle('background'),
    ]);
    expect(stored()).toMatchObject({
      disabledSites: ['one.example.com', 'two.example.com'],
      highlightStyle: 'background',
    });
  });

  it('reports a full storage quota clearly and keeps the old value', async () => {
    await setHighlightStyle('outline');
    local.failNextSet = new Error('QUOTA_BYTES quota exceeded');
    await expect(setHighlightStyle('none')).rejects.toThrow(/storage for Second Source is full/);
    expect((await loadSettings()).highlightStyle).toBe('outline');
  });
});

describe('sites', () => {
  it('turns a site off and back on, normalising what was typed', async () => {
    await setSiteEnabled('https://WWW.Example.com/news/1', false);
    expect((await loadSettings()).disabledSites).toEqual(['www.example.com']);
    await setSiteEnabled('www.example.com', false);
    expect((await loadSettings()).disabledSites).toEqual(['www.example.com']);
    await setSiteEnabled('www.example.com', true);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('rejects something that is not a host', async () => {
    await expect(setSiteEnabled('not a host', false)).rejects.toThrow(/not a site name/);
    expect(local.set).not.toHaveBeenCalled();
  });
});

describe('packs', () => {
  it('imports a valid pack, enabled, with its data', async () => {
    const result = await importPack(asText(tinyPack()), 'widgets.json');
    expect(result).toMatchObject({ ok: true, facts: 1, reports: 1, pack: { id: 'widget-pack', name: 'Widget trade' } });
    const s = await loadSettings();
    expect(s.packs.map((p) => p.id)).toEqual(['xi-moscow-2023', 'widget-pack']);
    expect(s.packs[1]).toMatchObject({ enabled: true, builtin: false, data: tinyPack() });
  });

  it('a bad import never loses what was there', async () => {
    await setSiteEnabled('keep.example.com', false);
    await setHighlightStyle('background');
    await importPack(asText(tinyPack()), 'widgets.json');
    const before = local.dump();
    vi.clearAllMocks();

    const bad = [
      ['not json', '{ "schema": 1, '],
      ['wrong shape', asText({ ...tinyPack('other-pack', ['other-fact']), facts: [{ id: 'x' }] })],
      ['empty', ''],
    ];
    for (const [, text] of bad) {
      const r = await importPack(text, 'broken.json');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toContain('broken.json');
    }
    expect(local.set).not.toHaveBeenCalled();
    expect(local.dump()).toEqual(before);
  });

  it('rejects a pack whose id is already installed', async () => {
    await importPack(asText(tinyPack()), 'widgets.json');
    const before = local.dump();
    const r = await importPack(asText(tinyPack('widget-pack', ['another-fact'])), 'widgets-v2.json');
    expect(r).toEqual({
      ok: false,
      errors: [expect.stringMatching(/widgets-v2\.json: a pack with id "widget-pack" is already installed/)],
    });
    expect(local.dump()).toEqual(before);
  });

  it('rejects a pack reusing the bundled pack id', async () => {
    const r = await importPack(asText(tinyPack('xi-moscow-2023', ['another-fact'])), 'copy.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/already installed.*own id/);
  });

  it('rejects fact ids that clash with the bundled pack or another imported pack', async () => {
    const bundledFact = bundledJson.facts[0].id as string;
    const r1 = await importPack(asText(tinyPack('clash-pack', ['fine-fact', bundledFact])), 'clash.json');
    expect(r1.ok).toBe(false);
    if (!r1.ok)
      expect(r1.errors).toEqual([
        expect.stringContaining(`clash.json: fact "${bundledFact}" (facts[1].id) is already defined`),
      ]);

    await importPack(asText(tinyPack()), 'widgets.json');
    const r2 = await importPack(asText(tinyPack('second-pack', ['widget-trade-2022'])), 'second.json');
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors[0]).toMatch(/"widget-trade-2022".*already defined by the pack "Widget trade"/);
    expect((await loadSettings()).packs.map((p) => p.id)).toEqual(['xi-moscow-2023', 'widget-pack']);
  });

  it('takes a pack that extends another with the facts it adds reports to, and only those', async () => {
    const bundledFact = bundledJson.facts[0].id as string;
    const extending = { ...tinyPack('extract-page', ['fine-fact', bundledFact]), extends: 'xi-moscow-2023' };
    const ok = await importPack(asText(extending), 'extract.json');
    expect(ok.ok, ok.ok ? '' : ok.errors.join('\n')).toBe(true);
    // A second extension of the same pack may add reports to the same fact…
    const again = { ...tinyPack('extract-other', [bundledFact]), extends: 'xi-moscow-2023' };
    expect((await importPack(asText(again), 'extract-2.json')).ok).toBe(true);
    // …but an extension of another pack may not take that pack's fact ids.
    const wrongBase = { ...tinyPack('extract-wrong', [bundledFact]), extends: 'extract-page' };
    const r = await importPack(asText(wrongBase), 'extract-3.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toContain(`fact "${bundledFact}" (facts[0].id) is already defined`);
  });

  it('rejects files over 5 MB before parsing', async () => {
    const big = `${asText(tinyPack())}${' '.repeat(MAX_IMPORT_BYTES)}`;
    const r = await importPack(big, 'huge.json');
    expect(r).toEqual({
      ok: false,
      errors: [expect.stringMatching(/huge\.json: the file is 5\.0 MB; packs can be at most 5 MB/)],
    });
    expect(local.set).not.toHaveBeenCalled();
  });

  it('refuses a format-1 pack with one message and leaves storage byte-identical', async () => {
    await setSiteEnabled('keep.example.com', false);
    await importPack(asText(tinyPack()), 'widgets.json');
    const before = JSON.stringify(local.dump());
    vi.clearAllMocks();
    const r = await importPack(asText(format1(tinyPack('old-pack', ['old-fact-2022']))), 'old.json');
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toEqual([
      expect.stringMatching(/^old\.json: this pack uses format 1, which has no "vocabulary"/),
    ]);
    expect(local.set).not.toHaveBeenCalled();
    expect(JSON.stringify(local.dump())).toBe(before);
  });

  it('keeps a format-1 pack stored before format 2, entry and data, through later writes', async () => {
    const old = format1(tinyPack('old-pack', ['old-fact-2022'], 'Old pack'));
    const entry = { id: 'old-pack', name: 'Old pack', version: '1.0.0', enabled: true, data: old };
    local.seed({ [SETTINGS_KEY]: { packs: [entry] } });
    expect((await loadSettings()).packs[1]).toMatchObject({ ...entry, builtin: false });
    await setSiteEnabled('news.example.com', false);
    await setHighlightStyle('outline');
    const packs = stored()?.packs as { id: string; data?: unknown; enabled?: boolean }[];
    expect(packs.find((p) => p.id === 'old-pack')).toMatchObject({ enabled: true, data: old });
    expect(JSON.stringify(packs.find((p) => p.id === 'old-pack')?.data)).toBe(JSON.stringify(old));
  });

  it('an import that storage refuses writes nothing and says why', async () => {
    local.failNextSet = new Error('Quota exceeded');
    const r = await importPack(asText(tinyPack()), 'widgets.json');
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/storage for Second Source is full/)] });
    expect(stored()).toBeUndefined();
  });

  it('the bundled pack can be turned off but never removed', async () => {
    await setPackEnabled('xi-moscow-2023', false);
    expect((await loadSettings()).packs[0]).toMatchObject({ id: 'xi-moscow-2023', enabled: false });
    await expect(removePack('xi-moscow-2023')).rejects.toThrow(/turned off, not removed/);
    await setPackEnabled('xi-moscow-2023', true);
    expect((await loadSettings()).packs[0].enabled).toBe(true);
  });

  it('removes an imported pack', async () => {
    await importPack(asText(tinyPack()), 'widgets.json');
    await setPackEnabled('widget-pack', false);
    expect((await loadSettings()).packs[1].enabled).toBe(false);
    await removePack('widget-pack');
    expect((await loadSettings()).packs.map((p) => p.id)).toEqual(['xi-moscow-2023']);
    await expect(removePack('widget-pack')).rejects.toThrow(/No pack/);
  });

  it('exports the bundled pack from the asset and an imported pack from its data', async () => {
    const b = await exportPack('xi-moscow-2023');
    expect(b.fileName).toBe('xi-moscow-2023.json');
    expect(JSON.parse(b.text)).toEqual(bundledJson);
    await importPack(asText(tinyPack()), 'widgets.json');
    const w = await exportPack('widget-pack');
    expect(JSON.parse(w.text)).toEqual(tinyPack());
    // The export re-imports cleanly once the original is removed.
    await removePack('widget-pack');
    expect((await importPack(w.text, w.fileName)).ok).toBe(true);
  });
});
