import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserManifest } from '../../scripts/browser-manifest.ts';

const base = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const scripts = (m: Record<string, unknown>) => m.content_scripts as Record<string, unknown>[];

describe('per-browser manifest', () => {
  it('runs the content script in srcdoc/about:blank frames in both browsers', () => {
    for (const target of ['chrome', 'firefox'] as const)
      expect(scripts(browserManifest(base, target)).every((s) => s.match_about_blank === true)).toBe(true);
  });

  it('gives Firefox include_globs, so a blank tab is not matched as "every web URL"; Chrome as written', () => {
    expect(scripts(browserManifest(base, 'firefox')).map((s) => s.include_globs)).toEqual([['*']]);
    expect(browserManifest(base, 'chrome')).toEqual(base);
  });
});
