/**
 * Bad claim packs (tests/fixtures/hostile/packs/ plus a 10 MB pack and other oddities generated
 * here): each is refused with a message naming the problem, and whatever was stored before —
 * packs, sites, style — stays byte for byte as it was. Once through the settings store (what the
 * options page calls, over an in-memory storage.local) and once through the CLI as a process.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePackText } from '../../../src/core/validate-pack.ts';
import { importPack, loadSettings, MAX_IMPORT_BYTES } from '../../../src/settings/store.ts';
import { SETTINGS_KEY } from '../../../src/settings/types.ts';
import { format1 } from '../pack-fixtures.ts';
import { fake, resetFake } from '../settings/fake-browser.ts';
import { tinyPack } from '../settings/packs.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../settings/fake-browser.ts')).fake }));

const ROOT = new URL('../../../', import.meta.url).pathname;
const PACKS = join(ROOT, 'tests/fixtures/hostile/packs');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const scratch = mkdtempSync(join(tmpdir(), 'second-source-hostile-packs-'));

const fixture = (name: string) => readFileSync(join(PACKS, name), 'utf8');

/** A structurally valid pack of about `mb` MB (UTF-8): many small facts, as a scraped dataset might weigh. */
function hugePack(mb: number): string {
  const one = tinyPack('huge-pack', ['huge-fact-0']).facts[0];
  const fact = (i: number) => ({ ...one, id: `huge-fact-${i}`, title: `Widget trade, entry ${i} ${'.'.repeat(200)}` });
  const per = JSON.stringify(fact(100000)).length + 1;
  const count = Math.floor((mb * 1024 * 1024) / per);
  return JSON.stringify({ ...tinyPack('huge-pack', []), facts: Array.from({ length: count }, (_, i) => fact(i)) });
}

function writeScratch(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** Settings a reader has built up: an imported pack, sites turned off, a chosen style, the bundled pack off. */
function seedReaderSettings() {
  const own = tinyPack('reader-pack', ['reader-fact-2022'], 'Reader’s own pack');
  fake.storage.local.seed({
    [SETTINGS_KEY]: {
      disabledSites: ['news.example.org', 'www.example.com'],
      highlightStyle: 'outline',
      packs: [
        { id: 'xi-moscow-2023', name: 'Xi in Moscow', version: '2023.03', enabled: false, builtin: true },
        {
          id: own.id,
          name: own.name,
          version: own.version,
          enabled: true,
          builtin: false,
          data: own,
          importedAt: '2023-04-01T10:00:00.000Z',
        },
      ],
    },
    unrelated: { note: 'another key in storage.local' },
  });
}

/** storage.local exactly as bytes: the JSON text of everything in it. */
const storageBytes = () => JSON.stringify(fake.storage.local.dump());

interface Case {
  name: string;
  file: string;
  text: () => string;
  /** Every message the import must show (each a regexp over the joined errors). */
  expect: RegExp[];
}

const CASES: Case[] = [
  {
    name: 'not JSON (single quotes, trailing commas)',
    file: 'not-json.json',
    text: () => fixture('not-json.json'),
    expect: [/^not-json\.json: not JSON: .*\(line 15, column 7\)$/m],
  },
  {
    name: 'breaks the schema (wrong types, missing and unknown fields)',
    file: 'schema-broken.json',
    text: () => fixture('schema-broken.json'),
    expect: [
      /schema-broken\.json › schema: must be 2, not 3/,
      /schema-broken\.json › id: must be a lowercase slug/,
      /schema-broken\.json › name: is required/,
      /schema-broken\.json › colour: is not a known field/,
      /schema-broken\.json › vocabulary\.entities\[1\]\.role: must be one of "pair", "other", not "partner"/,
      /schema-broken\.json › vocabulary\.currencies\[0\]\.code: must be a three-letter currency code/,
      /outlet "harbour-gazette" › confidence: must be one of "known", "probable", "unknown", not "certain"/,
      /fact "kettle-trade-2022" › kind: must be one of "figure", "event", not "statistic"/,
      /fact "kettle-trade-2022" › reports\[0\]\.date: must be a date/,
      /fact "kettle-trade-2022" › reports\[0\]\.value\.amount: must be a number, not "1\.5 billion"/,
      /fact "kettle-trade-2023" › reports: needs at least one report/,
    ],
  },
  {
    name: 'repeats ids (outlets and facts)',
    file: 'duplicate-ids.json',
    text: () => fixture('duplicate-ids.json'),
    expect: [
      /duplicate-ids\.json › outlet "harbour-gazette": duplicate id, also used by outlets\[0\]/,
      /duplicate-ids\.json › fact "kettle-trade-2022": duplicate id, also used by facts\[0\]/,
    ],
  },
  {
    name: 'is format 1 (no vocabulary)',
    file: 'format-1.json',
    text: () => JSON.stringify(format1(tinyPack('old-pack', ['old-fact-2022'])), null, 2),
    expect: [/^format-1\.json: this pack uses format 1, which has no "vocabulary"/],
  },
  {
    name: 'weighs 10 MB',
    file: 'huge-pack.json',
    text: () => hugePack(10),
    expect: [/^huge-pack\.json: the file is 10\.\d MB; packs can be at most 5 MB\.$/],
  },
  {
    name: 'is empty',
    file: 'empty.json',
    text: () => '',
    expect: [/^empty\.json: not JSON: /],
  },
  {
    name: 'is a list, not a pack',
    file: 'list.json',
    text: () => '\uFEFF[{"schema":1}]',
    expect: [/^list\.json: must be an object, not a list$/],
  },
  {
    name: 'is JSON null',
    file: 'null.json',
    text: () => 'null',
    expect: [/^null\.json: must be an object, not null$/],
  },
  {
    name: 'nests 200,000 levels deep (and is broken at the end)',
    file: 'deep.json',
    text: () => `${'['.repeat(200_000)}}`,
    expect: [/^deep\.json: not JSON: /],
  },
  {
    name: 'nests 200,000 levels deep (valid JSON)',
    file: 'deep-valid.json',
    text: () => `{"schema":2,"id":"deep","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
    expect: [/deep-valid\.json › x: is not a known field/],
  },
  {
    name: 'smuggles __proto__ and constructor keys',
    file: 'proto.json',
    text: () => {
      const pack = tinyPack('proto-pack', ['proto-fact-2022']) as unknown as Record<string, unknown>;
      const json = JSON.stringify(pack);
      return `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${json.slice(1)}`;
    },
    expect: [/proto\.json › __proto__: is not a known field/],
  },
  {
    name: 'reuses a fact id of the bundled pack',
    file: 'clashes-with-bundled.json',
    text: () => fixture('clashes-with-bundled.json'),
    expect: [
      /^clashes-with-bundled\.json: fact "trade-2022-total" \(facts\[0\]\.id\) is already defined by the pack "Xi Jinping’s state visit to Moscow, March 2023"\. Use a different id\.$/,
    ],
  },
  {
    name: 'reuses the id of a pack already installed',
    file: 'reader-pack-again.json',
    text: () => JSON.stringify(tinyPack('reader-pack', ['another-fact-2022'], 'Reader pack, other copy')),
    expect: [
      /^reader-pack-again\.json: a pack with id "reader-pack" is already installed \("Reader’s own pack" 1\.0\.0\)/,
    ],
  },
];

const expectFor = (file: string) => CASES.find((c) => c.file === file)?.expect ?? [/no such case/];

beforeEach(() => {
  resetFake();
  seedReaderSettings();
});

describe('hostile packs through the settings store (options page import)', () => {
  it.each(CASES)('refuses a pack that $name, names the problem, keeps storage byte-identical', async (c) => {
    const before = storageBytes();
    const settingsBefore = await loadSettings();
    const result = await importPack(c.text(), c.file);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.startsWith(`${c.file}`)).toBe(true); // every message names the file
    const joined = errors.join('\n');
    for (const re of c.expect) expect(joined).toMatch(re);
    expect(fake.storage.local.set).not.toHaveBeenCalled();
    expect(storageBytes()).toBe(before);
    expect(await loadSettings()).toEqual(settingsBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps messages short for a pack with thousands of problems', async () => {
    const facts = Array.from({ length: 3000 }, (_, i) => ({ id: `Bad Id ${i}` }));
    const result = await importPack(JSON.stringify({ ...tinyPack(), facts }), 'many.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeLessThanOrEqual(51);
      expect(result.errors.at(-1)).toMatch(/^many\.json: … and \d+ more errors$/);
    }
    expect(fake.storage.local.set).not.toHaveBeenCalled();
  });

  it('a pack of just under 5 MB is checked in well under a second and kept intact', async () => {
    const text = hugePack(4.5);
    expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_IMPORT_BYTES);
    const t0 = performance.now();
    const result = await importPack(text, 'big-but-fine.json');
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(result.ok).toBe(true);
    const stored = (fake.storage.local.dump()[SETTINGS_KEY] as { packs: { id: string }[] }).packs.map((p) => p.id);
    expect(stored).toEqual(['xi-moscow-2023', 'reader-pack', 'huge-pack']);
  });

  it('imports the payload pack as data: every payload string is stored verbatim, nothing is parsed as HTML', async () => {
    const text = fixture('payload-pack.json');
    const result = await importPack(text, 'payload-pack.json');
    expect(result.ok).toBe(true);
    const stored = (fake.storage.local.dump()[SETTINGS_KEY] as { packs: { id: string; data: unknown }[] }).packs;
    expect(stored.find((p) => p.id === 'payload-pack')?.data).toEqual(JSON.parse(text));
  });
});

describe('hostile packs through the CLI (npm run claims -- --check <file>)', () => {
  const DATASET = join(ROOT, 'assets/claims/xi-moscow-2023.json');
  const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  function check(path: string, json = false) {
    const r = spawnSync(TSX, [join(ROOT, 'src/cli/claims.ts'), '--check', path, ...(json ? ['--json'] : [])], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  const CLI_CASES: { name: string; path: () => string; expect: RegExp[] }[] = [
    {
      name: 'not JSON',
      path: () => join(PACKS, 'not-json.json'),
      expect: [/not-json\.json: not JSON: .*\(line 15, column 7\)/],
    },
    {
      name: 'schema-broken',
      path: () => join(PACKS, 'schema-broken.json'),
      expect: expectFor('schema-broken.json'),
    },
    {
      name: 'duplicate ids',
      path: () => join(PACKS, 'duplicate-ids.json'),
      expect: expectFor('duplicate-ids.json'),
    },
    {
      name: 'format 1',
      path: () => writeScratch('format-1.json', JSON.stringify(format1(tinyPack('old-pack', ['old-fact-2022'])))),
      expect: [/^ {2}- format-1\.json: this pack uses format 1, which has no "vocabulary"/m],
    },
    {
      name: '10 MB',
      path: () => writeScratch('huge-pack.json', hugePack(10)),
      expect: [/huge-pack\.json: too large: 10\.\d MB, the limit is 5 MB/],
    },
    {
      name: 'deeply nested and broken',
      path: () => writeScratch('deep.json', `${'['.repeat(200_000)}}`),
      expect: [/deep\.json: not JSON: /],
    },
  ];

  it.each(CLI_CASES)('--check $name: exit 1, stderr names the problem, no file is changed', (c) => {
    const path = c.path();
    const before = { file: hash(path), dataset: hash(DATASET) };
    const r = check(path);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^invalid /);
    for (const re of c.expect) expect(r.err).toMatch(re);
    expect(r.err).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect({ file: hash(path), dataset: hash(DATASET) }).toEqual(before);
  });

  it('--check --json gives the same problems as data', () => {
    const r = check(join(PACKS, 'duplicate-ids.json'), true);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.ok).toBe(false);
    expect(json.errors).toHaveLength(2);
  });

  it('--check accepts the payload pack (its strings are only data)', () => {
    const r = check(join(PACKS, 'payload-pack.json'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ok .*payload-pack\.json: Payload pack <img src=x onerror=.*, 1 facts\n$/);
  });

  it('the same messages through parsePackText, with no process around it', () => {
    const r = parsePackText(hugePack(10), 'huge.json');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([expect.stringMatching(/^huge\.json: too large: 10\.\d MB, the limit is 5 MB$/)]);
  });
});
