import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptFiles } from '../../../scripts/bench/size.ts';

describe('content script size', () => {
  it('follows the loader, dynamic and static imports, and counts the CSS', () => {
    const dir = mkdtempSync(join(process.env.TMPDIR ?? tmpdir(), 'size-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'src/page'), { recursive: true });
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ content_scripts: [{ js: ['assets/loader.js'], css: ['src/page/h.css'] }] }),
    );
    writeFileSync(join(dir, 'src/page/h.css'), '::highlight(x){color:red}');
    writeFileSync(join(dir, 'assets/loader.js'), 'import(chrome.runtime.getURL("assets/main.js"))');
    writeFileSync(join(dir, 'assets/main.js'), 'import{a}from"./a.js";import"./b.js";export{c}from"./c.js";a()');
    writeFileSync(join(dir, 'assets/a.js'), 'export const a=()=>import("./lazy.js")');
    for (const f of ['b.js', 'c.js', 'lazy.js', 'unused.js']) writeFileSync(join(dir, 'assets', f), `/*${f}*/`);
    const files = contentScriptFiles(dir).map((f) => f.file);
    expect(files.sort()).toEqual(
      [
        'assets/a.js',
        'assets/b.js',
        'assets/c.js',
        'assets/lazy.js',
        'assets/loader.js',
        'assets/main.js',
        'src/page/h.css',
      ].sort(),
    );
  });
});
