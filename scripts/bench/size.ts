/**
 * The content script's download: every file it loads in dist/chrome — the manifest's
 * content_scripts js and css, the loader's dynamic import(s) and every chunk they import, followed
 * transitively — each gzipped (node:zlib, level 9) and summed. A file only reached through an
 * `import()` in the content script's own code (the engine chunk, loaded on pages that name both
 * countries) is counted too, and marked `lazy`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Loaded only when the content script asks for it (import()), not on every page. */
  lazy: boolean;
}

const Q = '["\'`]'; // minifiers write import(`./x.js`) with backticks too
const SPEC = '([^"\'`]+)';
/** Static imports and re-exports: loaded with the importing file. */
const STATIC = [
  new RegExp(`\\bimport\\s*(?:[\\w$*{}\\s,]+?\\s*from\\s*)?${Q}${SPEC}${Q}`, 'g'),
  new RegExp(`\\bexport\\s*[\\w$*{}\\s,]*?\\s*from\\s*${Q}${SPEC}${Q}`, 'g'),
  new RegExp(`getURL\\(\\s*${Q}${SPEC}${Q}\\s*\\)`, 'g'), // CRXJS loader: import(chrome.runtime.getURL("assets/x.js"))
];
/** import("./x.js") in the content script's own code: loaded on first need. */
const DYNAMIC = new RegExp(`\\bimport\\(\\s*${Q}${SPEC}${Q}\\s*\\)`, 'g');

export function contentScriptFiles(distDir: string): SizedFile[] {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));
  const entry: string[] = [];
  for (const cs of manifest.content_scripts ?? []) entry.push(...(cs.js ?? []), ...(cs.css ?? []));
  const everyPage = reachable(distDir, entry, false);
  const all = reachable(distDir, entry, true);
  return [...all].map((file) => {
    const data = readFileSync(join(distDir, file));
    return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length, lazy: !everyPage.has(file) };
  });
}

/** Files reached from `entry` through static imports (and through import() too when `dynamic`). */
function reachable(distDir: string, entry: readonly string[], dynamic: boolean): Set<string> {
  const queue = [...entry];
  const seen = new Set<string>();
  while (queue.length) {
    const file = normalize(queue.shift() as string);
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const re of dynamic ? [...STATIC, DYNAMIC] : STATIC) {
      for (const m of code.matchAll(re)) {
        const spec = m[1];
        if (!/\.(m?js|css)$/.test(spec) || /^[a-z]+:/i.test(spec)) continue;
        // Relative specifiers are relative to the importing file; getURL paths to the extension root.
        const target = spec.startsWith('.') ? normalize(join(dirname(file), spec)) : normalize(spec.replace(/^\//, ''));
        if (existsSync(join(distDir, target))) queue.push(relative('.', target));
      }
    }
  }
  return seen;
}
