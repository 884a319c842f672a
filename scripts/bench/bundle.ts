/** Builds the browser-side bench scripts (probe, bench bundle) with vite, as one IIFE string each. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build, type Rollup } from 'vite';
import { bundledPair } from '../bundled-pair-plugin.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function buildIife(entry: string, file: string, minify: boolean, srcRoot?: string): Promise<string> {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [bundledPair(), preact()],
    // --src: the bench entry's '../../src/…' imports come from another copy of the project instead.
    resolve: srcRoot ? { alias: [{ find: /^\.\.\/\.\.\/src\//, replacement: `${resolve(srcRoot)}/src/` }] } : {},
    build: {
      write: false,
      minify, // true as in the extension build (vite.config.ts); false for readable profiles
      target: 'es2022',
      sourcemap: false,
      lib: {
        entry: entry.startsWith('/') ? entry : fileURLToPath(new URL(entry, import.meta.url)),
        formats: ['iife'],
        name: '__ssBenchModule',
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  const chunk = outputs[0].output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error(`no chunk built for ${entry}`);
  // A URL for the inline script, so profiles and stack traces can name it.
  return `${chunk.code}\n//# sourceURL=${file}\n`;
}

export interface BenchScripts {
  probe: string;
  bench: string;
}

export async function buildBenchScripts(srcRoot?: string, minify = true): Promise<BenchScripts> {
  const probe = await buildIife('./probe.ts', 'second-source-probe.js', minify);
  const bench = await buildIife('./page-entry.ts', 'second-source-bench.js', minify, srcRoot);
  return { probe, bench };
}
