import { describe, expect, it } from 'vitest';
import { attribute } from '../../../scripts/bench/profile.ts';

// root → page (http) → ext (chrome-extension) ; root → gc
const profile = {
  startTime: 0,
  nodes: [
    { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 4] },
    { id: 2, callFrame: { url: 'http://127.0.0.1/page.html', functionName: 'pageFn' }, children: [3] },
    { id: 3, callFrame: { url: 'chrome-extension://abc/assets/x.js', functionName: 'scan' }, children: [5] },
    { id: 4, callFrame: { url: '', functionName: '(garbage collector)' } },
    { id: 5, callFrame: { url: '', functionName: 'nextNode' } },
  ],
  // sample i lasts timeDeltas[i + 1] µs
  samples: [3, 5, 4, 2, 3, 3],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000],
};

describe('profile attribution', () => {
  const a = attribute(profile, (u) => u.startsWith('chrome-extension://'), 100);

  it('counts samples under an extension frame, native callees included', () => {
    // samples 0 (ext), 1 (native under ext), 4, 5 (ext; the last one lasts one sampling interval,
    // 0.1 ms); not 2 (gc) or 3 (page only)
    expect(a.ms).toBeCloseTo(3.1);
  });

  it('finds the longest run of consecutive extension samples', () => {
    expect(a.longestStretchMs).toBe(2);
  });

  it('places samples on the page clock', () => {
    expect(a.between(100, 101.5)).toBe(2); // samples at 100 and 101 ms
    expect(a.between(103.5, 200)).toBeCloseTo(1.1); // samples at 104 and 105 ms
  });
});

describe('profile clock', () => {
  it('places samples by the sync function’s first sample', () => {
    const synced = {
      ...profile,
      nodes: [
        ...profile.nodes.map((n) => (n.id === 1 ? { ...n, children: [2, 4, 6] } : n)),
        { id: 6, callFrame: { url: '', functionName: '__ssProfileSync' } },
      ],
      samples: [6, 6, 3, 3],
      timeDeltas: [0, 1000, 1000, 1000],
    };
    // the first sync sample (t = 0 µs) is page time 50 ms: extension samples sit at 52 and 53 ms
    const a = attribute(synced, (u) => u.startsWith('chrome-extension://'), 50);
    expect(a.between(51.5, 52.5)).toBeCloseTo(1);
    expect(a.between(52.5, 60)).toBeCloseTo(0.1);
  });
});
