/**
 * A pack about another story — another pair of (made-up) countries, its own currency and an event —
 * works with no code change: `scan --no-bundled --pack` finds its facts in text written for it and
 * leaves its near misses alone.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const PACK = join(ROOT, 'tests/fixtures/packs/arland-borvia.json');
const TEXT = join(ROOT, 'tests/fixtures/packs/arland-borvia.txt');

interface ScanJson {
  files: {
    mentions: { fact: string; quote: string; pack: string; value?: { amount?: number; currency?: string } }[];
  }[];
}

function scan(...args: string[]): { code: number | null; json?: ScanJson; err: string } {
  const r = spawnSync(TSX, [join(ROOT, 'src/cli/scan.ts'), ...args], { encoding: 'utf8' });
  return { code: r.status, json: r.status === 0 ? (JSON.parse(r.stdout) as ScanJson) : undefined, err: r.stderr };
}

describe('a pack about another story', () => {
  it('is found by scan --no-bundled --pack, in its own currency, with the near misses left alone', () => {
    const r = scan('--no-bundled', '--pack', PACK, '--date', '2025-01-20', '--json', TEXT);
    expect(r.code, r.err).toBe(0);
    const mentions = r.json?.files[0].mentions ?? [];
    expect(mentions.map((m) => [m.fact, m.quote])).toEqual([
      ['arland-borvia-trade-2024', '43.1 billion dollars'],
      ['arland-borvia-trade-2024', 'some 430 billion kronor'],
      ['lisenport-summit', 'summit in Lisenport'],
    ]);
    expect(mentions.every((m) => m.pack === 'arland-borvia-2024')).toBe(true);
    expect(mentions[1].value).toMatchObject({ amount: 430e9, currency: 'ARK' });
  });

  it('finds nothing of the bundled story with --no-bundled, and nothing of its own in the bundled story', () => {
    const china = 'China–Russia trade reached a record $190 billion in 2022.';
    const own = spawnSync(TSX, [join(ROOT, 'src/cli/scan.ts'), '--no-bundled', '--pack', PACK, '--json', '-'], {
      input: china,
      encoding: 'utf8',
    });
    expect(own.status, own.stderr).toBe(0);
    expect((JSON.parse(own.stdout) as ScanJson).files[0].mentions).toEqual([]);
    const bundled = spawnSync(TSX, [join(ROOT, 'src/cli/scan.ts'), '--json', TEXT], { encoding: 'utf8' });
    expect(bundled.status, bundled.stderr).toBe(0);
    expect((JSON.parse(bundled.stdout) as ScanJson).files[0].mentions).toEqual([]);
  });
});
