/**
 * `npm run bench [-- --json] [--quick] [--save FILE] [--dist DIR] [--src DIR] [--patch FILE…] [--from FILE]`:
 * Second Source against the floor (a bare TreeWalker pass reading every text node of the same page)
 * in real headless Chromium, and the cold start: the longest main-thread task on the first page naming
 * both countries in a fresh profile.
 * Builds the extension into .tmp/bench/dist-chrome (same config as `npm run build:chrome`) unless
 * --dist names an existing build. --src DIR measures another copy of the project (a candidate
 * change: DIR holds src/, manifest.json, vite.config.ts, scripts/browser-manifest.ts and links to
 * assets/ and node_modules/); --patch FILE (repeatable) makes such a copy with the patch applied.
 * --from FILE prints a result saved with --save again. Progress goes to stderr; the table (or the
 * JSON) to stdout.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launch, TMP } from './browser.ts';
import { buildBenchScripts } from './bundle.ts';
import { patchedCopy } from './copy.ts';
import { idleCost } from './idle.ts';
import { type BundleCase, measureBundleCase, measureHeap, measureMarkJs, measureScale } from './measure-bundle.ts';
import { type ColdRun, emptyScriptBuild, measureColdStart } from './measure-cold.ts';
import { type ExtensionLoad, measureExtensionLoad, measureMutations } from './measure-extension.ts';
import { type BenchResult, renderTable } from './report.ts';
import { assemble, type Raw } from './results.ts';
import { startServer } from './server.ts';
import { contentScriptFiles } from './size.ts';
import { log, round } from './stats.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const patches = args.flatMap((a, i) => (args[i - 1] === '--patch' ? [a] : []));
const srcRoot = patches.length ? patchedCopy(TMP, patches) : option('--src');
const save = option('--save');
const REPEAT = quick
  ? { loads: 1, rounds: 3, budgetMs: 10_000, ext: 1, mut: 1, cold: 1 }
  : { loads: 3, rounds: 7, budgetMs: 25_000, ext: 3, mut: 2, cold: 3 };
/** The synthetic pack of the `scale-10k` case. */
const SCALE_FACTS = 10_000;
const EXT_BUDGET_MS = 25_000; // per case in browser B: slow loads get 2 repetitions instead of 3
const CASES = ['no-match', 'heavy'] as const;

function extensionBuild(): string {
  const dist = option('--dist');
  if (dist) return dist;
  const out = join(TMP, 'bench', srcRoot ? 'dist-chrome-src' : 'dist-chrome');
  log(`building the extension${srcRoot ? ` from ${srcRoot}` : ''} into ${out} (vite build --mode chrome)…`);
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: srcRoot ?? process.cwd(),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

async function main(): Promise<void> {
  const from = option('--from'); // print a saved result (--save) again, as a table or JSON
  if (from) {
    const saved = JSON.parse(readFileSync(from, 'utf8')) as BenchResult;
    process.stdout.write(json ? `${JSON.stringify(saved, null, 2)}\n` : renderTable(saved));
    return;
  }
  const t0 = Date.now();
  const loadAvgStart = round(loadavg()[0], 1); // other work on the machine stretches every wall-clock task
  const dist = extensionBuild();
  const files = contentScriptFiles(dist);
  const scripts = await buildBenchScripts(srcRoot);
  const markJs = readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8');
  if (srcRoot) log(`measuring the project copy in ${srcRoot}`);
  const server = await startServer();
  const url = (name: string) => `${server.origin}/${name}.html`;

  log('browser A (no extension): floor and the content-script modules on the same page, mark.js, heap');
  const a = await launch({ initScript: scripts.probe });
  const chromium = a.context.browser()?.version() ?? '';
  const bundle = {} as Record<(typeof CASES)[number], BundleCase>;
  for (const name of CASES) {
    const c = await measureBundleCase(a, url(name), scripts.bench, { ...REPEAT, gate: name === 'no-match' });
    bundle[name] = c;
    log(
      `  ${name}: extension ${c.extensionMs.toFixed(1)} ms, floor ${c.floorMs.toFixed(2)} ms; cold ${c.coldExtensionMs.toFixed(1)} / ${c.coldFloorMs.toFixed(2)} ms; ${c.marks} marks, ${c.quotes.length} distinct quotes`,
    );
  }
  const scale = await measureScale(a, url('heavy'), scripts.bench, SCALE_FACTS, REPEAT.rounds);
  log(
    `  scale-10k: heavy with ${SCALE_FACTS} extra facts ${scale.withMs.toFixed(1)} ms, alone ${scale.aloneMs.toFixed(1)} ms (${scale.marksWith} / ${scale.marksAlone} marks)`,
  );
  const markJsRun = await measureMarkJs(a, url('heavy'), markJs, bundle.heavy.quotes, REPEAT.loads);
  const heapGrowthMB = await measureHeap(a, url('heavy'), scripts.bench);
  await a.close();

  log('browser B (the built extension loaded): real page loads, idle page, mutations');
  const b = await launch({ initScript: scripts.probe, extensionDir: dist });
  const real = { 'no-match': [] as ExtensionLoad[], heavy: [] as ExtensionLoad[] };
  for (const name of CASES) {
    const until = Date.now() + EXT_BUDGET_MS;
    for (let i = 0; i < REPEAT.ext && (i < 2 || Date.now() < until); i++) {
      const r = await measureExtensionLoad(b, server.origin, url(name));
      real[name].push(r);
      log(
        `  ${name} load ${i + 1}: CPU ${r.cpuMs.toFixed(1)} ms (slices ${r.slicesMs.toFixed(1)}, longest ${r.longestSliceMs.toFixed(0)}), start ${r.startAt?.toFixed(0)} ms, first mark ${r.firstMarkAt?.toFixed(0) ?? '—'} ms, longest task of ours ${r.longestTaskMs.toFixed(0)} ms (any: ${r.longestAnyTask.ms.toFixed(0)} ms, ${r.longestAnyTask.extensionMs.toFixed(0)} ms ours), ${r.marks} marks`,
      );
    }
  }
  const idle = await idleCost(b, 2000); // the heavy page, marked and settled, not changing
  const mutations = [];
  for (let i = 0; i < REPEAT.mut; i++) mutations.push(await measureMutations(b, url('mutations')));
  await b.close();

  log(
    'cold start: a fresh profile per run, a page without the pair, then the first page naming both countries (the page watches long tasks)',
  );
  // With the extension and without it in turn, so both meet the same load from other work on the
  // machine; then the browser's very first navigation, with an empty content script too.
  const coldRuns: ColdRun[] = [];
  const coldPageOnly: ColdRun[] = [];
  const before = url('no-match');
  for (let i = 0; i < REPEAT.cold; i++) {
    coldRuns.push(await measureColdStart(url('cold'), { extensionDir: dist, before }));
    coldPageOnly.push(await measureColdStart(url('cold'), { before }));
  }
  const first: Raw['cold']['firstNavigation'] = { runs: [], pageOnly: [], emptyScript: [] };
  const empty = emptyScriptBuild(dist, join(TMP, 'bench', 'dist-chrome-empty-script'));
  for (let i = 0; i < REPEAT.cold; i++) {
    first.runs.push(await measureColdStart(url('cold'), { extensionDir: dist }));
    first.pageOnly.push(await measureColdStart(url('cold')));
    first.emptyScript.push(await measureColdStart(url('cold'), { extensionDir: empty, expectMarks: false }));
  }
  await server.close();

  const result = assemble({
    bundle,
    real,
    mutations,
    markJs: markJsRun,
    heapGrowthMB,
    idle,
    cold: { runs: coldRuns, pageOnly: coldPageOnly, firstNavigation: first },
    scale,
    files,
    environment: {
      chromium,
      loadAvgStart,
      seconds: Math.round((Date.now() - t0) / 1000),
      quick,
      src: patches.length ? patches.join(' + ') : (srcRoot ?? '.'),
    },
  });
  if (save) writeFileSync(save, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : renderTable(result));
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e?.stack ?? e}\n`);
  process.exit(1);
});
