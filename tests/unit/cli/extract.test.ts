/** `npm run extract` as a user runs it: real processes on made-up articles, the pack it writes, its errors. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '../../../src/cli/bundled-packs.ts';
import { packIdFor, slugify } from '../../../src/cli/extract-pack.ts';
import { countWords, MAX_WORDS, wordsOf } from '../../../src/cli/extract-words.ts';
import { createMatcher } from '../../../src/core/engine.ts';
import type { ClaimPack } from '../../../src/core/schema.ts';
import { validatePack } from '../../../src/core/validate-pack.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'second-source-extract-'));
const [BUNDLED] = loadBundledPacks();

function run(args: string[], input?: string) {
  const r = spawnSync(TSX, [join(ROOT, 'src/cli/extract.ts'), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let files = 0;
function file(text: string, ext = 'txt'): string {
  const path = join(dir, `article-${++files}.${ext}`);
  writeFileSync(path, text);
  return path;
}

/** A made-up page: the visit (March 20–22, first trip since the third term) and 2022 trade ($190 billion, 34.3%). */
const ARTICLE = `Xi lands in Moscow as trade with Russia climbs

Chinese President Xi Jinping is in Moscow for a state visit from March 20 to 22, his first trip abroad since he secured a third term.

Trade between China and Russia grew 34.3% in 2022 to a record $190 billion, the harbour office of a shipping firm said on Tuesday. Dock workers in the port city said the cranes had rarely been so busy.`;

const DATED_URL = 'https://www.harbour-ledger.example/2023/03/21/xi-moscow-trade.html';
const UNDATED_URL = 'https://harbour-ledger.example/news/xi-moscow';

interface Report {
  outlet: string;
  url: string;
  date?: string;
  dateNote?: string;
  words: string;
  value?: Record<string, unknown>;
  quote?: string;
  seed?: string;
}
interface Extracted {
  schema: number;
  id: string;
  name: string;
  version: string;
  extends: string;
  vocabulary: unknown;
  rates?: unknown;
  outlets: { id: string; name: string; confidence: string; site?: string; note?: string }[];
  facts: { id: string; kind: string; title: string; match: unknown; reports: Report[]; related?: unknown }[];
}

const reportsOf = (pack: Extracted) => pack.facts.flatMap((f) => f.reports.map((r) => ({ fact: f.id, ...r })));

/** The pack in today's schema: `words` read as the quote, no `extends`. Everything else as written. */
function asCurrentSchema(pack: Extracted): unknown {
  const { extends: _base, facts, ...rest } = structuredClone(pack);
  return {
    ...rest,
    facts: facts.map((f) => ({
      ...f,
      reports: f.reports.map(({ words, ...r }) => ({ ...r, quote: words, date: r.date ?? '2023' })),
    })),
  };
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('extract writes a claim pack of the article’s mentions', () => {
  const out = join(dir, 'dated.json');
  const input = file(ARTICLE);
  const r = run(['--url', DATED_URL, '--out', out, input]);
  const pack = (existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {}) as Extracted;

  it('exits 0 and says what it wrote', () => {
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^wrote .*dated\.json: 5 report\(s\) on 5 fact\(s\) from harbour-ledger\.example/);
  });

  it('holds exactly the facts the article states, each with only its new report and values as written', () => {
    expect(pack.facts.map((f) => f.id)).toEqual([
      'xi-third-term',
      'visit-dates',
      'visit-first-trip',
      'trade-2022-growth',
      'trade-2022-total',
    ]);
    const values = Object.fromEntries(reportsOf(pack).map((x) => [x.fact, x.value]));
    expect(values).toEqual({
      'xi-third-term': undefined,
      'visit-dates': undefined,
      'visit-first-trip': undefined,
      'trade-2022-growth': { kind: 'percent', amount: 34.3 },
      'trade-2022-total': { kind: 'money', amount: 190e9, currency: 'USD', record: true },
    });
    for (const f of pack.facts) {
      expect(f.reports).toHaveLength(1);
      expect(f.reports[0].seed).toBeUndefined();
      expect(f.reports[0].quote).toBeUndefined();
      expect(f.related).toBeUndefined();
    }
  });

  it('copies each fact and the bundled pack’s vocabulary and rates, and names the pack it extends', () => {
    expect(pack).toMatchObject({
      schema: 2,
      id: 'extract-harbour-ledger-example-2023-03-21-xi-moscow-trade',
      name: 'Extracted from harbour-ledger.example',
      version: today(),
      extends: BUNDLED.id,
    });
    expect(pack.vocabulary).toEqual(BUNDLED.vocabulary);
    expect(pack.rates).toEqual(BUNDLED.rates);
    for (const f of pack.facts) {
      const bundled = BUNDLED.facts.find((b) => b.id === f.id);
      expect(f).toMatchObject({ kind: bundled?.kind, title: bundled?.title, match: bundled?.match });
    }
  });

  it('gives every report the url, the outlet named by its domain, the address’s date and verbatim words', () => {
    expect(pack.outlets).toEqual([
      {
        id: 'harbour-ledger-example',
        name: 'harbour-ledger.example',
        confidence: 'unknown',
        site: 'harbour-ledger.example',
        note: expect.stringContaining('Named by its domain'),
      },
    ]);
    for (const x of reportsOf(pack)) {
      expect(x).toMatchObject({ outlet: 'harbour-ledger-example', url: DATED_URL, date: '2023-03-21' });
      expect(ARTICLE).toContain(x.words);
      expect(countWords(x.words)).toBeLessThanOrEqual(MAX_WORDS);
    }
    const words = Object.fromEntries(reportsOf(pack).map((x) => [x.fact, x.words]));
    expect(words['trade-2022-total']).toBe('a record $190 billion');
    expect(words['trade-2022-growth']).toBe('34.3%');
    // The engine's quote is 24 words; the 12 kept hold the fact's distinctive words.
    expect(words['xi-third-term']).toContain('third term');
  });

  it('passes validatePack apart from the fields it proposes (extends, words for quote, an optional date)', () => {
    const result = validatePack(asCurrentSchema(pack), 'dated.json');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('matches the same facts on its own: the copied vocabulary is all the engine needs', () => {
    const result = validatePack(asCurrentSchema(pack), 'dated.json');
    const own = createMatcher([(result as { pack: ClaimPack }).pack]);
    expect([...new Set(own.scan(ARTICLE, { pageDate: '2023-03-21' }).map((m) => m.fact))].sort()).toEqual(
      pack.facts.map((f) => f.id).sort(),
    );
  });

  it('passes the schema and `npm run claims -- --check` as written', () => {
    const result = validatePack(pack, 'dated.json');
    expect(result.ok ? [] : result.errors).toEqual([]);
    const check = spawnSync(TSX, [join(ROOT, 'src/cli/claims.ts'), '--check', out], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });
});

describe('extract dates and names the reports', () => {
  it('takes --date and --outlet over the address, and prints the pack when there is no --out', () => {
    const r = run(['--url', DATED_URL, '--date', '2023-03-22', '--outlet', 'The Harbour Ledger', file(ARTICLE)]);
    expect(r.code, r.err).toBe(0);
    const pack = JSON.parse(r.out) as Extracted;
    expect(pack.version).toBe('2023-03-22');
    expect(pack.outlets).toEqual([
      { id: 'the-harbour-ledger', name: 'The Harbour Ledger', confidence: 'known', site: 'harbour-ledger.example' },
    ]);
    for (const x of reportsOf(pack)) expect(x).toMatchObject({ outlet: 'the-harbour-ledger', date: '2023-03-22' });
  });

  it('reads an HTML page’s visible text and a date near its top when the address has none', () => {
    const html = `<html><head><title>Ledger</title><script>var d="2020-01-01"</script></head><body>
      <p class="byline">Published March 21, 2023</p>
      <h1>Xi lands in Moscow</h1>
      <p>Trade between China and Russia grew 34.3% in 2022, the harbour office of a shipping firm said.</p>
      </body></html>`;
    const r = run(['--url', UNDATED_URL, file(html, 'html')]);
    expect(r.code, r.err).toBe(0);
    const pack = JSON.parse(r.out) as Extracted;
    expect(reportsOf(pack)).toEqual([
      expect.objectContaining({ fact: 'trade-2022-growth', date: '2023-03-21', url: UNDATED_URL, words: '34.3%' }),
    ]);
    expect(pack.id).toBe('extract-harbour-ledger-example-news-xi-moscow');
  });

  it('counts a page that repeats itself once, and ends the words before a sentence’s full stop', () => {
    const line = 'China’s trade with Russia reached a record $190 billion in 2022.';
    const r = run(['--url', DATED_URL, file(`${line}\n\nIn brief: the ledger.\n\n${line}`)]);
    expect(r.code, r.err).toBe(0);
    expect(reportsOf(JSON.parse(r.out) as Extracted)).toEqual([
      expect.objectContaining({ fact: 'trade-2022-total', words: 'a record $190 billion' }),
    ]);
    expect(wordsOf('Trade hit $190 billion.', { start: 10, end: 23 })).toBe('$190 billion');
    expect(wordsOf('Trade with the U.S.', { start: 11, end: 19 })).toBe('the U.S.');
  });

  it('leaves an undated page’s reports without a date, says why in dateNote and warns', () => {
    const r = run(['--url', UNDATED_URL, file(ARTICLE)]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('no date found');
    const reports = reportsOf(JSON.parse(r.out) as Extracted);
    expect(reports).toHaveLength(5);
    for (const x of reports) {
      expect(x.date).toBeUndefined();
      expect(x.dateNote).toMatch(/^undated: /);
    }
  });
});

describe('extract refuses with one line and a clear exit code', () => {
  const usage = /usage: npm run extract/;

  it('exits 2 with the usage without --url, with an unknown option or a bad --date', () => {
    const input = file(ARTICLE);
    for (const args of [
      [input],
      ['--url', DATED_URL, '--verbose', input],
      ['--url', DATED_URL, '--date', '21/03/2023', input],
    ]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(usage);
      expect(r.out).toBe('');
    }
    expect(run([input]).err).toContain('--url is required');
    expect(run(['--url', DATED_URL, '--verbose', input]).err).toContain('unknown option --verbose');
  });

  it('exits 1 on a missing file', () => {
    const r = run(['--url', DATED_URL, join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([`error ${join(dir, 'missing.txt')}: no such file`]);
  });

  it('exits 1 and writes nothing when the article states no fact', () => {
    const input = file('The harbour of Ledger town opened a new ferry pier on Tuesday. Gulls were unimpressed.');
    const out = join(dir, 'none.json');
    const r = run(['--url', DATED_URL, '--out', out, input]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(`error no mentions found in ${input}; nothing to extract`);
    expect(existsSync(out)).toBe(false);
  });

  it('keeps an existing --out file unless --force', () => {
    const out = join(dir, 'taken.json');
    writeFileSync(out, 'mine\n');
    const input = file(ARTICLE);
    const r = run(['--url', DATED_URL, '--out', out, input]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([`error ${out} already exists; give --force to overwrite it`]);
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
    expect(run(['--url', DATED_URL, '--out', out, '--force', input]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).facts).toHaveLength(5);
  });
});

describe('extract helpers', () => {
  it('makes the pack id from the host and path', () => {
    expect(packIdFor(new URL('https://news.example/2023/03/21/visit'))).toBe('extract-news-example-2023-03-21-visit');
    expect(packIdFor(new URL('https://www.Outlet.example/a/Xi%20in%20Moskau.html?id=7'))).toBe(
      'extract-outlet-example-a-xi-in-moskau-id-7',
    );
    expect(slugify('Ça va — très bien')).toBe('ca-va-tres-bien');
  });

  it('keeps at most 12 words of a long quote, around its value, verbatim', () => {
    const text =
      'Officials said that in the whole of last year the two sides traded goods worth $190 billion in total, well above plans.';
    const start = text.indexOf('Officials');
    const at = text.indexOf('$190 billion');
    const words = wordsOf(text, {
      start,
      end: text.length,
      value: { kind: 'money', amount: 190e9, text: '$190 billion', start: at, end: at + 12 },
    });
    expect(text).toContain(words);
    expect(words).toContain('$190 billion');
    expect(countWords(words)).toBe(12);
  });
});
