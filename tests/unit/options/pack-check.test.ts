/**
 * The options page's pack check in steps (src/options/pack-check.ts) gives parsePackText's result to the
 * letter — the same pack, the same errors in the same order — while reporting its progress a chunk of
 * facts at a time; run-pack-check.ts runs it in a worker, or on the page when no worker can start, and
 * cancels it.
 */
import { describe, expect, it } from 'vitest';
import { syntheticPack } from '../../../scripts/bench/synthetic-pack.ts';
import { parsePackText } from '../../../src/core/validate-pack.ts';
import {
  type CheckMessage,
  type CheckProgress,
  type CheckRequest,
  checkPackSteps,
  checkPackText,
} from '../../../src/options/pack-check.ts';
import { runPackCheck } from '../../../src/options/run-pack-check.ts';
import { BUNDLED_PACK } from '../../../src/settings/bundled.ts';
import { format1 } from '../pack-fixtures.ts';
import { asText, tinyPack } from '../settings/packs.ts';

type Json = Record<string, unknown>;
const facts = (n: number) => Array.from({ length: n }, (_, i) => `widget-fact-${i}`);
const bigPack = (n: number) => tinyPack('widget-pack', facts(n)) as unknown as Json & { facts: Json[] };

/** Packs that pass, and packs that fail in every part parsePackText looks at. */
const CASES: [string, string][] = [
  ['tiny', asText(tinyPack())],
  ['bundled', JSON.stringify(BUNDLED_PACK)],
  ['with a byte-order mark', `\ufeff${asText(tinyPack())}`],
  ['text to trim', asText({ ...tinyPack(), name: '  Widget trade  ' })],
  ['not JSON', 'these are my notes'],
  ['a list', '[]'],
  ['null', 'null'],
  ['a number', '42'],
  ['format 1', asText(format1(tinyPack()))],
  ['no facts', asText({ ...tinyPack(), facts: [] })],
  ['facts not a list', asText({ ...tinyPack(), facts: { a: 1 } })],
  ['no facts field', asText((({ facts: _, ...rest }) => rest)(tinyPack()))],
  [
    'a bad fact in the middle',
    (() => {
      const p = bigPack(700);
      p.facts[400].kind = 'rumour';
      (p.facts[400].reports as Json[])[0].quote = '  ';
      return asText(p);
    })(),
  ],
  [
    'a bad top level and bad facts',
    (() => {
      const p = bigPack(300);
      p.name = '';
      p.extra = true;
      p.facts[3].title = 7;
      p.facts[299].unknown = 'x';
      return asText(p);
    })(),
  ],
  [
    'a fact that is not an object',
    (() => {
      const p = bigPack(10) as Json & { facts: unknown[] };
      p.facts[5] = 'fact';
      return asText(p);
    })(),
  ],
  [
    'semantic problems: duplicate ids, unknown outlet, band order',
    (() => {
      const p = bigPack(600);
      p.facts[550].id = 'widget-fact-2';
      (p.facts[10].reports as Json[])[0].outlet = 'nobody';
      ((p.facts[20].match as Json).band as Json).min = 3e9;
      return asText(p);
    })(),
  ],
  [
    'more than fifty problems',
    (() => {
      const p = bigPack(400);
      for (const f of p.facts) (f.reports as Json[])[0].outlet = 'nobody';
      return asText(p);
    })(),
  ],
  ['too large', `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`],
];

describe('pack check in steps', () => {
  it.each(CASES)('%s: the same result as parsePackText, to the byte', (_, text) => {
    const steps = checkPackText(text, 'my-pack.json');
    const whole = parsePackText(text, 'my-pack.json');
    expect(steps).toEqual(whole);
    expect(JSON.stringify(steps)).toBe(JSON.stringify(whole));
  });

  it('a synthetic pack of 10,000 facts: under the 5 MB limit, accepted, the same pack as parsePackText', () => {
    const text = JSON.stringify(syntheticPack(10_000, BUNDLED_PACK));
    expect(new TextEncoder().encode(text).length).toBeLessThan(5 * 1024 * 1024);
    const progress: CheckProgress[] = [];
    const result = checkPackText(text, 'synthetic.json', (p) => progress.push(p));
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).toBe(JSON.stringify(parsePackText(text, 'synthetic.json')));
    expect(progress[0]).toEqual({ step: 'parsing' });
    const checking = progress.slice(1);
    expect(checking.every((p) => p.step === 'checking' && p.total === 10_000)).toBe(true);
    const done = checking.map((p) => (p.step === 'checking' ? p.done : -1));
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(10_000);
    expect(done.length).toBeGreaterThan(10);
    expect(done.every((d, i) => i === 0 || d > done[i - 1])).toBe(true);
  });

  it('stops at the first chunk with a bad fact, with every error of the pack', () => {
    const p = bigPack(1000);
    p.facts[260].kind = 'rumour';
    p.facts[900].kind = 'rumour';
    const progress: CheckProgress[] = [];
    const result = checkPackText(asText(p), 'big.json', (x) => progress.push(x));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      'big.json › fact "widget-fact-260" › kind: must be one of "figure", "event", not "rumour"',
      'big.json › fact "widget-fact-900" › kind: must be one of "figure", "event", not "rumour"',
    ]);
    expect(progress.at(-1)).toEqual({ step: 'checking', done: 250, total: 1000 });
  });

  it('does nothing until asked for the next step', () => {
    const steps = checkPackSteps('not json', 'x.json');
    expect(steps.next()).toEqual({ done: false, value: { step: 'parsing' } });
    const end = steps.next();
    expect(end.done).toBe(true);
    expect(end.value).toMatchObject({ ok: false, errors: [expect.stringMatching(/^x\.json: not JSON/)] });
  });
});

/** A stand-in for the module worker: answers like pack-check.worker.ts, a message per task. */
class FakeWorker extends EventTarget {
  terminated = false;
  posted: CheckRequest[] = [];
  constructor(readonly fail = false) {
    super();
  }
  postMessage(request: CheckRequest) {
    this.posted.push(request);
    if (this.fail) {
      setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'refused' })), 0);
      return;
    }
    const steps = checkPackSteps(request.text, request.file);
    const tick = () => {
      if (this.terminated) return;
      const next = steps.next();
      const message: CheckMessage = next.done
        ? { kind: 'result', result: next.value }
        : { kind: 'progress', progress: next.value };
      this.dispatchEvent(new MessageEvent('message', { data: message }));
      if (!next.done) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  }
  terminate() {
    this.terminated = true;
  }
}
const asWorker = (w: FakeWorker) => () => w as unknown as Worker;

describe('running the check', () => {
  const text = asText(bigPack(1000));

  it('in the worker: progress, then the result', async () => {
    const worker = new FakeWorker();
    const progress: CheckProgress[] = [];
    const run = runPackCheck(text, 'big.json', (p) => progress.push(p), asWorker(worker));
    expect(await run.result).toEqual(parsePackText(text, 'big.json'));
    expect(worker.posted).toEqual([{ text, file: 'big.json' }]);
    expect(progress.map((p) => (p.step === 'checking' ? p.done : p.step))).toEqual(['parsing', 0, 250, 500, 750, 1000]);
    expect(worker.terminated).toBe(true);
  });

  it('cancelled: the worker is stopped and the result is "cancelled"', async () => {
    const worker = new FakeWorker();
    const progress: CheckProgress[] = [];
    // Cancelled as the first chunk of facts starts, as a click on Cancel would.
    const run = runPackCheck(
      text,
      'big.json',
      (p) => {
        progress.push(p);
        if (p.step === 'checking') run.cancel();
      },
      asWorker(worker),
    );
    expect(await run.result).toBe('cancelled');
    expect(worker.terminated).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(progress).toEqual([{ step: 'parsing' }, { step: 'checking', done: 0, total: 1000 }]);
  });

  it('a worker that cannot start: the same check on the page', async () => {
    const worker = new FakeWorker(true);
    const progress: CheckProgress[] = [];
    const run = runPackCheck(text, 'big.json', (p) => progress.push(p), asWorker(worker));
    expect(await run.result).toEqual(parsePackText(text, 'big.json'));
    expect(worker.terminated).toBe(true);
    expect(progress.at(-1)).toEqual({ step: 'checking', done: 1000, total: 1000 });
  });

  it('no Worker at all, or one that throws: on the page, and cancellable there too', async () => {
    const none = runPackCheck(
      text,
      'big.json',
      () => {},
      () => undefined,
    );
    expect(await none.result).toEqual(parsePackText(text, 'big.json'));
    const progress: CheckProgress[] = [];
    const throwing = runPackCheck(
      text,
      'big.json',
      (p) => {
        progress.push(p);
        if (p.step === 'checking' && p.done === 250) throwing.cancel();
      },
      () => {
        throw new Error('no workers here');
      },
    );
    expect(await throwing.result).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 20));
    expect(progress.at(-1)).toEqual({ step: 'checking', done: 250, total: 1000 });
  });
});
