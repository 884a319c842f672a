/** The CLI as a user runs it: real processes, real exit codes, the JSON shapes other tools read. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../../src/core/schema.ts';
import { parsePackText } from '../../../src/core/validate-pack.ts';
import { describeWithSeeds, seedFiles, seedPath } from '../../shared-data.ts';
import { bundledPack } from '../core/bundled-pack.ts';
import { testVocabulary } from '../pack-fixtures.ts';
import { asText, tinyPack } from '../settings/packs.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(
  script: 'scan' | 'claims' | 'eval',
  args: string[],
  input?: string,
  env: NodeJS.ProcessEnv = { NO_COLOR: '1' },
) {
  const r = spawnSync(TSX, [join(ROOT, `src/cli/${script}.ts`), ...args], {
    input,
    encoding: 'utf8',
    // A variable set to undefined is left out of the child's environment.
    env: Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined)),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'second-source-cli-'));

/** stderr as lines, without the trailing newline. */
function lines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

function writeAndName(name: string, bytes: Buffer): string {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

describe('scan', () => {
  it('prints {"files":[{"path","mentions":[{"fact","quote","start","end"}]}]} with offsets into the extracted text', () => {
    const text = 'Trade between China and Russia hit a record $190 billion in 2022, customs data show.';
    const r = run('scan', ['--json', '-'], text);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const [m] = json.files[0].mentions;
    expect(json.files[0].path).toBe('-');
    expect(m).toMatchObject({ fact: 'trade-2022-total', quote: 'a record $190 billion' });
    expect(text.slice(m.start, m.end)).toBe(m.quote);
  });

  it('--json: each figure lists the values the other outlets give, as groups, largest first; the text says them too', () => {
    const text = 'Trade between China and Russia reached $190 billion in 2022, customs data show.';
    const [m] = JSON.parse(run('scan', ['--json', '--date', '2023-03-21', '-'], text).out).files[0].mentions;
    const values: { value: string; outlets: number; agreesWithPage: boolean }[] = m.values;
    const outlets = new Set(
      (m.others as { outlet: string; value?: string; self: boolean }[])
        .filter((o) => o.value && !o.self)
        .map((o) => o.outlet),
    );
    // Every other outlet with a value is in a group (one whose reports differ may be in two).
    expect(values.reduce((n, g) => n + g.outlets, 0)).toBeGreaterThanOrEqual(outlets.size);
    expect(values.every((g) => g.outlets >= 1 && g.outlets <= outlets.size)).toBe(true);
    expect(values.map((g) => g.outlets)).toEqual([...values.map((g) => g.outlets)].sort((a, b) => b - a));
    expect(values[0]).toMatchObject({ value: '$190.27 bn', agreesWithPage: true });
    expect(values.length).toBeGreaterThan(1);
    const readable = run('scan', ['--date', '2023-03-21', '-'], text).out;
    expect(readable).toContain(`Values: ${values[0].outlets} × $190.27 bn ✓ · `);
    // An event has no values to group.
    const event = JSON.parse(
      run('scan', ['--json', '-'], 'Xi Jinping began a state visit to Russia on March 20, 2023.').out,
    );
    for (const e of event.files[0].mentions.filter((x: { kind: string }) => x.kind === 'event'))
      expect(e.values).toEqual([]);
  });

  it('reads .html as its visible text, skipping scripts and styles', () => {
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      '<html><head><style>p{}</style></head><body><script>var x="China Russia $190 billion 2022"</script><p>China’s trade with Russia reached <b>$190 billion</b> in 2022.</p></body></html>',
    );
    const json = JSON.parse(run('scan', ['--json', file]).out);
    expect(json.files[0].mentions.map((m: { fact: string }) => m.fact)).toEqual(['trade-2022-total']);
  });

  it('prints a readable report naming the fact and the other outlets', () => {
    const r = run('scan', ['-'], 'Xi and Putin have met about 40 times, a Kremlin aide said of China and Russia.');
    expect(r.code).toBe(0);
    expect(r.out).toContain('How often Xi and Putin have met');
    expect(r.out).toContain('VOV World');
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), 'no such file'],
    ['a directory', () => dir, 'is a directory'],
    [
      'a binary file',
      () => writeAndName('b.txt', Buffer.from([1, 0, 2])),
      'looks binary (it holds NUL bytes); give a .txt or .html file',
    ],
    [
      'a 50 MB file',
      () => writeAndName('big.txt', Buffer.alloc(50 * 1024 * 1024, 97)),
      'too large (50.0 MB); the limit is 25 MB',
    ],
  ])('refuses %s with exit 1 and one line on stderr naming the file', (_name, make, message) => {
    const path = make();
    const r = run('scan', [path]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`error ${path}: ${message}`]);
  });

  it('still reports the files it could read when another is missing (exit 1)', () => {
    const good = writeAndName('good.txt', Buffer.from('China and Russia: trade hit a record $190 billion in 2022.'));
    const r = run('scan', ['--json', join(dir, 'missing.txt'), good]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`error ${join(dir, 'missing.txt')}: no such file`]);
    const { files } = JSON.parse(r.out);
    expect(files.map((f: { path: string }) => f.path)).toEqual([join(dir, 'missing.txt'), good]);
    expect(files[0]).toMatchObject({ error: 'no such file', mentions: [] });
    expect(files[1].mentions.map((m: { fact: string }) => m.fact)).toEqual(['trade-2022-total']);
  });

  it('exits 2 with usage when given no file', () => {
    const r = run('scan', []);
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: npm run scan');
  });
});

describe('usage errors: exit 2, the message and the usage on stderr, nothing on stdout', () => {
  const text = 'Trade between China and Russia hit a record $190 billion in 2022.';
  it.each([
    ['claims', ['--chek', 'x.json'], 'unknown option --chek (did you mean --check?)'],
    ['claims', ['--jsn'], 'unknown option --jsn (did you mean --json?)'],
    ['claims', ['--date', '2023-03-21'], 'unknown option --date'],
    ['claims', ['my-pack.json'], 'unexpected argument "my-pack.json"'],
    ['claims', ['--check'], '--check needs a value'],
    ['claims', ['--check', '--json'], '--check needs a value'],
    ['scan', ['--jsn', '-'], 'unknown option --jsn (did you mean --json?)'],
    ['scan', ['-j', '-'], 'unknown option -j'],
    ['scan', ['--json=yes', '-'], '--json takes no value'],
    ['scan', ['--date', '2023-03-21', '--date', '2023-03-22', '-'], '--date given more than once'],
    ['scan', ['-', '--date'], '--date needs a value'],
    ['scan', ['--date', '21.3.2023', '-'], '--date wants YYYY-MM-DD, got "21.3.2023"'],
    ['eval', ['--jsn', 'cases.jsonl'], 'unknown option --jsn (did you mean --json?)'],
    ['eval', [], 'no case files given'],
  ] as const)('%s %j', (script, args, message) => {
    const r = run(script, [...args], text);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const [first, blank, usage] = lines(r.err);
    expect([first, blank]).toEqual([`error ${message}`, '']);
    expect(usage).toMatch(new RegExp(`^usage: npm run ${script} -- `));
  });

  it.each([
    ['missing', () => join(dir, 'missing.jsonl'), 'no such file'],
    ['a directory', () => dir, 'is a directory'],
  ])('eval on a case file that is %s: exit 1, one line on stderr', (_name, make, message) => {
    const path = make();
    const r = run('eval', [path]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`error ${path}: ${message}`]);
  });

  it('accepts --option=value and a file named after "--"', () => {
    const file = writeAndName('--json', Buffer.from(text));
    const r = run('scan', ['--json', '--date=2023-03-21', '--', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files[0]).toMatchObject({ path: file, mentions: [{ fact: 'trade-2022-total' }] });
  });

  it('prints the usage on stdout for --help, exit 0', () => {
    const r = run('claims', ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: npm run claims -- /);
    expect(r.err).toBe('');
  });
});

describe('scan --pack FILE (repeatable) and --no-bundled', () => {
  const TEXT =
    'Widget trade between China and Russia reached $1.5 billion in 2022. Gadget trade between China and Russia reached $1.2 billion in 2022. Total trade between China and Russia hit a record $190 billion in 2022.';
  const widget = writeAndName('widget.json', Buffer.from(asText(tinyPack())));
  const gadgetPack: ClaimPack = tinyPack('gadget-pack', ['gadget-trade-2022'], 'Gadget trade');
  gadgetPack.facts[0].match.measure = ['gadget trade'];
  gadgetPack.facts[0].reports[0].quote = 'China–Russia gadget trade reached $1.2 billion in 2022';
  const gadget = writeAndName('gadget.json', Buffer.from(asText(gadgetPack)));
  const found = (out: string) =>
    JSON.parse(out).files[0].mentions.map((m: { fact: string; pack: string; quote: string }) => [
      m.pack,
      m.fact,
      m.quote,
    ]);

  it('matches the bundled facts and those of every --pack', () => {
    const r = run('scan', ['--json', '--pack', widget, '--pack', gadget, '-'], TEXT);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(found(r.out)).toEqual([
      ['widget-pack', 'widget-trade-2022', '$1.5 billion'],
      ['gadget-pack', 'gadget-trade-2022', '$1.2 billion'],
      ['xi-moscow-2023', 'trade-2022-total', 'a record $190 billion'],
    ]);
  });

  it('--no-bundled matches only the given packs', () => {
    const r = run('scan', ['--json', '--no-bundled', '--pack', widget, '-'], TEXT);
    expect(r.code).toBe(0);
    expect(found(r.out)).toEqual([['widget-pack', 'widget-trade-2022', '$1.5 billion']]);
  });

  it('shows a pack fact in the readable report with its title and outlet', () => {
    const r = run('scan', ['--no-bundled', '--pack', widget, '-'], TEXT);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Widget trade (widget-trade-2022) [widget-trade-2022]');
    expect(r.out).toContain('Example News');
  });

  it('--no-bundled without --pack is a usage error (exit 2)', () => {
    const r = run('scan', ['--no-bundled', '-'], TEXT);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(lines(r.err)[0]).toBe('error --no-bundled needs at least one --pack FILE');
    expect(r.err).toContain('usage: npm run scan');
  });

  it('refuses an invalid pack: exit 1, each validation error on its own line naming the file, no scan', () => {
    const broken = tinyPack('broken-pack', ['broken-fact']) as unknown as Record<string, unknown> & ClaimPack;
    broken.facts[0].reports[0].quote = '';
    delete (broken.facts[0] as Partial<ClaimPack['facts'][number]>).title;
    const text = asText(broken);
    const file = writeAndName('broken.json', Buffer.from(text));
    const expected = parsePackText(text, file);
    if (expected.ok) throw new Error('the broken pack validated');
    expect(expected.errors.length).toBeGreaterThan(1);
    const r = run('scan', ['--json', '--pack', widget, '--pack', file, '-'], TEXT);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(lines(r.err)).toEqual(expected.errors.map((e) => `error ${e}`));
    for (const line of lines(r.err)) expect(line.startsWith(`error ${file}`)).toBe(true);
  });

  it.each([
    ['is missing', () => join(dir, 'no-pack.json'), (f: string) => `${f}: no such file`],
    ['is not JSON', () => writeAndName('p.json', Buffer.from('{ "id": ')), (f: string) => `${f}: not JSON`],
    [
      'reuses a bundled fact id',
      () => writeAndName('clash.json', Buffer.from(asText(tinyPack('clash-pack', ['trade-2022-total'])))),
      (f: string) => `${f}: fact "trade-2022-total" (facts[0].id) is already defined by the pack "Xi Jinping’s`,
    ],
    [
      'is given twice',
      () => widget,
      (f: string) => `${f}: a pack with id "widget-pack" is already loaded ("Widget trade"); give this pack its own id`,
    ],
  ])('refuses a pack that %s: exit 1, one line naming the file', (_name, make, message) => {
    const file = make();
    const r = run('scan', ['--pack', widget, '--pack', file, '-'], TEXT);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(lines(r.err)).toHaveLength(1);
    expect(r.err.startsWith(`error ${message(file)}`)).toBe(true);
  });
});

describe('scan without a page date: relative periods are reported as unresolved', () => {
  const TEXT =
    'Trade between China and Russia grew last year to a record $190 billion, officials said. This year it should pass $200 billion, up 5 percent from last year, after rising in 2022.';
  const at = (words: string, from = 0) => {
    const start = TEXT.indexOf(words, from);
    return { text: words, start, end: start + words.length };
  };

  it('--json: each file lists the periods it could not place, and keeps its other fields', () => {
    const r = run('scan', ['--json', '-'], TEXT);
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.out).files;
    expect(Object.keys(file)).toEqual(['path', 'chars', 'pageDate', 'unresolved', 'mentions']);
    expect(file).toMatchObject({ path: '-', chars: TEXT.length, pageDate: null });
    // "from last year" is the base of a comparison, not a period; "in 2022" needs no page date.
    expect(file.unresolved).toEqual([at('last year'), at('This year')]);
    for (const p of file.unresolved) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
  });

  it('--json: a figure given only as "last year" on an undated text is found, and says its period is undated', () => {
    const text = 'Trade between China and Russia hit a record $190 billion last year, officials said.';
    const r = run('scan', ['--json', '-'], text);
    const [file] = JSON.parse(r.out).files;
    expect(file.mentions).toEqual([
      expect.objectContaining({ fact: 'trade-2022-total', unresolvedPeriod: 'last year' }),
    ]);
    // The same figure on a text that names another year is not read as 2022's.
    const other = run('scan', ['--json', '-'], `${text} In 2019 it was $110 billion.`);
    expect(
      JSON.parse(other.out).files[0].mentions.filter((m: { fact: string }) => m.fact === 'trade-2022-total'),
    ).toEqual([]);
  });

  it('--date resolves them: nothing listed, and the mention is found', () => {
    const r = run('scan', ['--json', '--date', '2023-03-21', '-'], TEXT);
    const [file] = JSON.parse(r.out).files;
    expect(file).toMatchObject({ pageDate: '2023-03-21', unresolved: [] });
    expect(file.mentions.map((m: { fact: string; quote: string }) => [m.fact, m.quote])).toEqual([
      ['trade-2022-total', 'a record $190 billion'],
    ]);
  });

  it('a date written in the text resolves them too', () => {
    const r = run('scan', ['--json', '-'], `Moscow, March 21, 2023. ${TEXT}`);
    const [file] = JSON.parse(r.out).files;
    expect(file).toMatchObject({ pageDate: '2023-03-21', unresolved: [] });
    expect(file.mentions).toHaveLength(1);
  });

  it('lists them in the readable report with their words, and not when there is a date', () => {
    const r = run('scan', ['-'], TEXT);
    expect(r.code).toBe(0);
    const report = lines(r.out);
    const head = report.findIndex((l) => l.includes('No page date in the text'));
    expect(report[head]).toBe(
      '  ! No page date in the text, so 2 relative periods could not be resolved (give --date YYYY-MM-DD):',
    );
    expect(report[head + 1]).toMatch(/^ {4}“last year” in …Trade between China and Russia grew last year to /);
    expect(report[head + 2]).toMatch(/^ {4}“This year” in …/);
    expect(run('scan', ['--date', '2023-03-21', '-'], TEXT).out).not.toContain('No page date');
  });

  it.each([
    ['Trade between China and Russia rose in the first two months of this year.', 'first two months of this year'],
    ['China and Russia signed the pact ten years ago.', 'ten years ago'],
    ['China and Russia plan more trade next year.', 'next year'],
    ['Trade between China and Russia rose in the first two months of 2023.', undefined],
    ['Trade between China and Russia rose 30% year-on-year and from last year.', undefined],
  ])('%j: unresolved %j', (text, period) => {
    const [file] = JSON.parse(run('scan', ['--json', '-'], text).out).files;
    const start = period ? text.indexOf(period) : -1;
    expect(file.unresolved).toEqual(period ? [{ text: period, start, end: start + period.length }] : []);
  });

  it('--url with a dated address resolves them; --date still wins over it', () => {
    const url = 'https://news.example/2023/03/21/china-russia-trade';
    const [file] = JSON.parse(run('scan', ['--json', '--url', url, '-'], TEXT).out).files;
    expect(file).toMatchObject({ pageDate: '2023-03-21', unresolved: [] });
    expect(file.mentions.map((m: { fact: string }) => m.fact)).toEqual(['trade-2022-total']);
    const [dated] = JSON.parse(run('scan', ['--json', '--date', '2024-01-10', '--url', url, '-'], TEXT).out).files;
    expect(dated).toMatchObject({ pageDate: '2024-01-10', unresolved: [] });
  });

  it('--url without a date in it leaves them unresolved', () => {
    const r = run('scan', ['--json', '--url', 'https://news.example/world/china-russia-trade', '-'], TEXT);
    const [file] = JSON.parse(r.out).files;
    expect(file).toMatchObject({ pageDate: null, unresolved: [at('last year'), at('This year')] });
  });

  it('--url is read for its date only: its words do not make a page about China and Russia', () => {
    const text = 'Trade hit a record $190 billion last year, customs data show.';
    const withUrl = run('scan', ['--json', '--url', 'https://news.example/2023/03/21/china-russia-trade', '-'], text);
    expect(JSON.parse(withUrl.out).files[0]).toMatchObject({ pageDate: '2023-03-21', mentions: [] });
  });

  it('--url with more than one input file is a usage error', () => {
    const r = run('scan', ['--url', 'https://news.example/2023/03/21/x', '-', join(dir, 'other.txt')], TEXT);
    expect(r.code).toBe(2);
    expect(lines(r.err)[0]).toBe("error --url is one page's address; give one input file, not 2");
  });

  it.each([
    ['中国和俄罗斯去年的贸易额达到1900亿美元。', '去年'],
    ['Товарооборот России и Китая в прошлом году достиг 190 млрд долларов.', 'прошлом году'],
  ])('lists a relative period in any language the engine reads: %s', (text, words) => {
    const [file] = JSON.parse(run('scan', ['--json', '-'], text).out).files;
    expect(file.unresolved).toHaveLength(1);
    const [p] = file.unresolved;
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(p.text).toContain(words);
    expect(JSON.parse(run('scan', ['--json', '--date', '2023-03-21', '-'], text).out).files[0].unresolved).toEqual([]);
  });

  it('a file that cannot be read has an empty list', () => {
    const r = run('scan', ['--json', join(dir, 'missing.txt')]);
    expect(JSON.parse(r.out).files[0]).toEqual({
      path: join(dir, 'missing.txt'),
      error: 'no such file',
      mentions: [],
      unresolved: [],
    });
  });
});

describeWithSeeds('scan --json on the seeds (read from ../shared/seeds)', () => {
  type Other = { seed: string; self: boolean };
  type Found = {
    fact: string;
    pack: string;
    kind: string;
    title: string;
    quote: string;
    start: number;
    end: number;
    others: Other[];
  };
  type FileResult = {
    path: string;
    chars: number;
    pageDate: string | null;
    unresolved: { text: string; start: number; end: number }[];
    mentions: Found[];
  };

  it('finds in each seed exactly the facts the dataset records for it, quotes at their offsets, every outlet compared', () => {
    const pack = bundledPack();
    const names = seedFiles();
    expect(names).toHaveLength(5);
    const r = run('scan', ['--json', ...names.map(seedPath)]);
    expect(r.code).toBe(0);
    const files: FileResult[] = JSON.parse(r.out).files;
    expect(files.map((f) => f.path)).toEqual(names.map(seedPath));
    files.forEach((file, i) => {
      const name = names[i];
      const text = readFileSync(seedPath(name), 'utf8');
      expect(file.chars).toBe(text.length);
      // A report whose value the seed does not state but the dataset derives has no words of its own to mark.
      const stated = pack.facts.filter((f) => f.reports.some((rep) => rep.seed === name && !rep.value?.derived));
      expect([...new Set(file.mentions.map((m) => m.fact))].sort(), name).toEqual(stated.map((f) => f.id).sort());
      for (const m of file.mentions) {
        const fact = pack.facts.find((f) => f.id === m.fact);
        expect(text.slice(m.start, m.end), `${name} ${m.fact}`).toBe(m.quote);
        expect(m).toMatchObject({ pack: pack.id, kind: fact?.kind, title: fact?.title });
        // Every report of the fact is compared, and exactly this seed's own reports are marked as this page.
        expect(m.others.map((o) => o.seed)).toEqual(fact?.reports.map((rep) => rep.seed));
        expect(m.others.map((o) => o.self)).toEqual(fact?.reports.map((rep) => rep.seed === name));
      }
      // Periods no page date could place are listed only when the text gives no date.
      for (const p of file.unresolved) expect(text.slice(p.start, p.end)).toBe(p.text);
      if (file.pageDate === null) expect(file.unresolved.length, name).toBeGreaterThan(0);
      else expect(file.unresolved, name).toEqual([]);
    });
  });
});

describe('claims', () => {
  it('prints {"facts":[{"id","kind","reports":[{"seed","outlet","quote"}]}]}', () => {
    const r = run('claims', ['--json']);
    expect(r.code).toBe(0);
    const { facts } = JSON.parse(r.out);
    const trade = facts.find((f: { id: string }) => f.id === 'trade-2022-total');
    expect(trade.kind).toBe('figure');
    expect(trade.reports[0]).toEqual(
      expect.objectContaining({
        seed: expect.stringMatching(/\.txt$/),
        outlet: expect.any(String),
        quote: expect.any(String),
      }),
    );
  });

  it('--check accepts the bundled pack and rejects a broken one naming the field', () => {
    expect(run('claims', ['--check', join(ROOT, 'assets/claims/xi-moscow-2023.json')]).code).toBe(0);
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        schema: 2,
        id: 'x',
        name: 'X',
        version: '1',
        vocabulary: testVocabulary(),
        outlets: [],
        facts: [
          {
            id: 'f',
            kind: 'figure',
            title: 'T',
            subject: 'S',
            match: {},
            reports: [{ outlet: 'nobody', date: '2023', quote: '' }],
          },
        ],
      }),
    );
    const r = run('claims', ['--check', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/fact "f".*quote/);
  });

  it.each([
    ['missing', () => join(dir, 'missing.json'), 'no such file'],
    ['a directory', () => dir, 'is a directory'],
  ])('--check on a file that is %s: exit 1, one plain line on stderr, no usage', (_name, make, message) => {
    const path = make();
    const r = run('claims', ['--check', path]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`error ${path}: ${message}`]);
    expect(r.out).toBe('');
  });

  it('keeps stderr plain text when piped, even under CI=true (where picocolors would colour it)', () => {
    const env = { CI: 'true', NO_COLOR: undefined, FORCE_COLOR: undefined };
    const missing = join(dir, 'missing.json');
    const r = run('claims', ['--check', missing], undefined, env);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`error ${missing}: no such file\n`);
    const usage = run('scan', ['--jsn', '-'], '', env);
    expect(usage.code).toBe(2);
    expect(usage.err.startsWith('error unknown option --jsn')).toBe(true);
    expect(usage.err).not.toContain('\x1b[');
  });

  it('--check says plainly when the file is not JSON', () => {
    const bad = join(dir, 'notjson.json');
    writeFileSync(bad, '{ "schema": 2,, }');
    const r = run('claims', ['--check', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not (valid )?JSON/i);
  });
});
