import { describe, expect, it } from 'vitest';
import { createMatcher, type Matcher } from '../../../src/core/engine.ts';
import type { ClaimPack } from '../../../src/core/schema.ts';
import { BUNDLED_PACK } from '../../../src/page/bundled-pack.ts';
import { prepareMatcher, samplesOf } from '../../../src/page/scan/engine-prep.ts';
import { Cancelled } from '../../../src/page/scan/time-slice.ts';

/** A copy: packs are prepared once per content script, and each test starts from an unprepared one. */
const freshPack = (): ClaimPack => ({ ...BUNDLED_PACK });

const TEXT =
  'Bilateral trade between China and Russia hit $190 billion in 2022, up 29.3 percent. Xi Jinping and Vladimir Putin have met 40 times. Chinese exports to Russia rose 12.8% last year.';

/** A clock on which each build and each scan takes `stepMs` (real ones depend on what this process compiled before). */
const clock = (stepMs: number) => {
  let t = 0;
  return () => (t += stepMs);
};
const COLD = 10; // a build or scan that compiles patterns (the first step: three of them)
const WARM = 0.5; // one that finds them compiled (three stay under COMPILED_FIRST_STEP_MS)

/** Records the engine's calls and the budget's yields in one sequence. */
function recording(cancelAfter = Number.POSITIVE_INFINITY) {
  const events: string[] = [];
  const token = { cancelled: false };
  const budget = {
    check: async () => {
      events.push('check');
    },
    yieldNow: async () => {
      events.push('yield');
    },
  };
  let built = 0;
  const create = (packs: readonly ClaimPack[]): Matcher => {
    const facts = packs.flatMap((p) => p.facts.map((f) => f.id));
    events.push(`build ${facts.length === 1 ? facts[0] : `all ${facts.length}`}`);
    if (++built >= cancelAfter) token.cancelled = true;
    const real = createMatcher(packs);
    return {
      ...real,
      scan: (text, options) => {
        events.push('scan');
        return real.scan(text, options);
      },
    };
  };
  return { events, token, budget, create };
}

describe('engine preparation (the first matcher, fact by fact)', () => {
  it('builds a matcher that finds what createMatcher finds', async () => {
    const r = recording();
    const matcher = await prepareMatcher(r.create, [freshPack()], r.budget, r.token, { now: clock(COLD), probe: true });
    const expected = createMatcher([BUNDLED_PACK]).scan(TEXT, { pageDate: '2023-03-21' });
    expect(expected.length).toBeGreaterThan(2);
    expect(matcher.scan(TEXT, { pageDate: '2023-03-21' })).toEqual(expected);
  });

  it('builds and tries one fact at a time, with a budget check after every step, and all of them last', async () => {
    const r = recording();
    await prepareMatcher(r.create, [freshPack()], r.budget, r.token, { now: clock(COLD), probe: true });
    const builds = r.events.filter((e) => e.startsWith('build'));
    expect(builds).toEqual([
      ...BUNDLED_PACK.facts.map((f) => `build ${f.id}`),
      `build all ${BUNDLED_PACK.facts.length}`,
    ]);
    // The engine chunk's evaluation, each build and each sample scan, and the full build end with a yield or a check.
    expect(r.events[0]).toBe('yield');
    for (let i = 0; i < r.events.length - 1; i++) {
      if (r.events[i].startsWith('build') || r.events[i] === 'scan') expect(r.events[i + 1]).toMatch(/^(check|yield)$/);
    }
    const allAt = r.events.indexOf(`build all ${BUNDLED_PACK.facts.length}`);
    expect(r.events[allAt - 1]).toBe('yield');
    expect(r.events.at(-1)).toBe('check');
  });

  it('stops when the scan is superseded, without building the full matcher', async () => {
    const r = recording(3);
    const pack = freshPack();
    await expect(
      prepareMatcher(r.create, [pack], r.budget, r.token, { now: clock(COLD), probe: true }),
    ).rejects.toBeInstanceOf(Cancelled);
    expect(r.events.filter((e) => e.startsWith('build'))).toHaveLength(3);
    // Not marked prepared: the next scan prepares it again.
    const again = recording();
    await prepareMatcher(again.create, [pack], again.budget, again.token, { now: clock(COLD), probe: true });
    expect(again.events.filter((e) => e.startsWith('build'))).toHaveLength(BUNDLED_PACK.facts.length + 1);
  });

  it('builds a pack it prepared before at once (its patterns are compiled already)', async () => {
    const pack = freshPack();
    const first = recording();
    await prepareMatcher(first.create, [pack], first.budget, first.token, { now: clock(COLD), probe: true });
    const second = recording();
    const matcher = await prepareMatcher(second.create, [pack], second.budget, second.token, {
      now: clock(COLD),
      probe: true,
    });
    // No yield of its own: the matcher is built within the current slice.
    expect(second.events).toEqual([`build all ${BUNDLED_PACK.facts.length}`, 'check']);
    expect(matcher.scan(TEXT, { pageDate: '2023-03-21' })).toEqual(
      createMatcher([BUNDLED_PACK]).scan(TEXT, { pageDate: '2023-03-21' }),
    );
  });

  it('tries each fact on one-byte and on two-byte text (the engine compiles patterns for each apart)', () => {
    for (const fact of BUNDLED_PACK.facts) {
      const [oneByte, twoByte] = samplesOf(fact);
      const wide = (text: string) => [...text].some((c) => c.charCodeAt(0) > 0xff);
      expect(oneByte.length).toBeGreaterThan(10);
      expect(wide(oneByte)).toBe(false);
      expect(wide(twoByte)).toBe(true);
      expect(twoByte.startsWith(oneByte)).toBe(true);
    }
  });

  it('does not go through a pack fact by fact when its first fact shows the patterns compiled already', async () => {
    const r = recording();
    const matcher = await prepareMatcher(r.create, [freshPack()], r.budget, r.token, { now: clock(WARM), probe: true });
    const builds = r.events.filter((e) => e.startsWith('build'));
    expect(builds).toEqual([`build ${BUNDLED_PACK.facts[0].id}`, `build all ${BUNDLED_PACK.facts.length}`]);
    expect(matcher.scan(TEXT, { pageDate: '2023-03-21' })).toEqual(
      createMatcher([BUNDLED_PACK]).scan(TEXT, { pageDate: '2023-03-21' }),
    );
  });

  it('judges only the first step, and only when asked to (later calls meet patterns the first compiled)', async () => {
    const r = recording();
    await prepareMatcher(r.create, [freshPack()], r.budget, r.token, { now: clock(WARM), probe: false });
    expect(r.events.filter((e) => e.startsWith('build'))).toHaveLength(BUNDLED_PACK.facts.length + 1);
    const two = recording();
    await prepareMatcher(two.create, [freshPack(), freshPack()], two.budget, two.token, {
      now: clock(WARM),
      probe: true,
    });
    // The first pack is taken as compiled after its first fact; the second is gone through.
    expect(two.events.filter((e) => e.startsWith('build'))).toHaveLength(1 + BUNDLED_PACK.facts.length + 1);
  });
});
