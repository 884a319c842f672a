/**
 * The content script's download: every file it loads in dist/chrome — the manifest's
 * content_scripts js and css, the loader's dynamic import(s) and every chunk they import, followed
 * transitively — each gzipped (node:zlib, level 9) and summed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const IMPORTS = [
  /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g, // static import / re-export side
  /\bexport\s*[\w$*{}\s,]*?\s*from\s*["']([^"']+)["']/g,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g, // import("./x.js")
  /getURL\(\s*["']([^"']+)["']\s*\)/g, // CRXJS loader: import(chrome.runtime.getURL("assets/x.js"))
];

export function contentScriptFiles(distDir: string): SizedFile[] {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));
  const queue: string[] = [];
  for (const cs of manifest.content_scripts ?? []) queue.push(...(cs.js ?? []), ...(cs.css ?? []));
  const seen = new Set<string>();
  while (queue.length) {
    const file = normalize(queue.shift() as string);
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const re of IMPORTS) {
      for (const m of code.matchAll(re)) {
        const spec = m[1];
        if (!/\.(m?js|css)$/.test(spec) || /^[a-z]+:/i.test(spec)) continue;
        // Relative specifiers are relative to the importing file; getURL paths to the extension root.
        const target = spec.startsWith('.') ? normalize(join(dirname(file), spec)) : normalize(spec.replace(/^\//, ''));
        if (existsSync(join(distDir, target))) queue.push(relative('.', target));
      }
    }
  }
  return [...seen].map((file) => {
    const data = readFileSync(join(distDir, file));
    return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
}
