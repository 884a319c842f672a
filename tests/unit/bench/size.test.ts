import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptFiles } from '../../../scripts/bench/size.ts';

describe('content script size', () => {
  it('follows the loader, dynamic and static imports, counts the CSS, and marks what loads on first need', () => {
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
    writeFileSync(join(dir, 'assets/b.js'), 'export const b=()=>import(`./engine.js`)'); // minified form
    writeFileSync(join(dir, 'assets/engine.js'), 'import{d}from"./data.js";d()');
    for (const f of ['c.js', 'lazy.js', 'data.js', 'unused.js']) writeFileSync(join(dir, 'assets', f), `/*${f}*/`);
    const files = Object.fromEntries(contentScriptFiles(dir).map((f) => [f.file, f.lazy]));
    expect(files).toEqual({
      'assets/a.js': false,
      'assets/b.js': false,
      'assets/c.js': false,
      'assets/lazy.js': true,
      'assets/engine.js': true,
      'assets/data.js': true,
      'assets/loader.js': false,
      'assets/main.js': false,
      'src/page/h.css': false,
    });
  });
});
