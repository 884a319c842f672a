import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyScriptBuild } from '../../../scripts/bench/measure-cold.ts';

describe('empty content script build (the cold start control)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'empty-script-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies the build with every content script emptied and the rest as built', () => {
    const dist = join(dir, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    const manifest = { content_scripts: [{ js: ['assets/loader.js'], css: ['page.css'] }] };
    writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dist, 'assets/loader.js'), 'import("./content.js");');
    writeFileSync(join(dist, 'assets/content.js'), 'work();');
    writeFileSync(join(dist, 'page.css'), 'x{}');
    const out = emptyScriptBuild(dist, join(dir, 'out'));
    expect(readFileSync(join(out, 'assets/loader.js'), 'utf8').trim()).toBe(';');
    expect(readFileSync(join(out, 'assets/content.js'), 'utf8')).toBe('work();');
    expect(readFileSync(join(out, 'page.css'), 'utf8')).toBe('x{}');
    expect(readFileSync(join(dist, 'assets/loader.js'), 'utf8')).toBe('import("./content.js");');
  });
});
