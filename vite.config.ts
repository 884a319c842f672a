/**
 * One config, two browsers: `vite build --mode chrome|firefox` writes dist/<browser>.
 * The manifest is the top-level manifest.json; browserManifest() applies the per-browser differences.
 */
import { readFileSync } from 'node:fs';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { browserManifest, type Target } from './scripts/browser-manifest.ts';
import { bundledPair } from './scripts/bundled-pair-plugin.ts';

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const base = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  return {
    plugins: [
      bundledPair(),
      preact(),
      crx({ manifest: browserManifest(base, target) as unknown as ManifestV3Export, browser: target }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Readable stack traces for reviewers; no eval, no remote code either way.
      minify: true,
      sourcemap: false,
      target: 'es2022',
      // The content script imports the engine chunk only on pages that name both countries. Vite's
      // preload helper would add <link rel="modulepreload"> for it to the *page* (a request to the
      // page's own server); import() alone loads it from the extension.
      modulePreload: false,
    },
    // The options page's pack check (src/options/pack-check.worker.ts) is a module worker, built as its
    // own file next to the page's chunks and loaded from the extension's origin.
    worker: { format: 'es' },
    // Nothing is fetched at run time: no CDN, no remote modules.
    server: { port: 5173, strictPort: true },
  };
});
