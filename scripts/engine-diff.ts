/**
 * `npx tsx scripts/engine-diff.ts <git-ref>`: does the engine in the working tree find exactly what
 * the engine at <ref> finds? For changes meant to be faster, not different. Both scan the same texts
 * — the seed articles (../shared/seeds through tests/shared-data.ts; required under CI), the fixture pages, cuts of the bench pages and
 * 400 seeded random cuts of the seeds — with three page dates; prints the count of mentions and of
 * texts whose output differs (the first few in full). Exits 1 on any difference.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadBundledPacks } from '../src/cli/bundled-packs.ts';
import { htmlToText } from '../src/cli/html-text.ts';
import type { Matcher } from '../src/core/engine.ts';
import { createMatcher } from '../src/core/engine.ts';
import { seedFiles, seedPath, seedsGate } from '../tests/shared-data.ts';
import { heavyPage, mutationBatches, noMatchPage } from './bench/pages.ts';

const ref = process.argv[2];
if (!ref) {
  process.stderr.write('usage: npx tsx scripts/engine-diff.ts <git-ref>\n');
  process.exit(2);
}
const dir = resolve('.tmp', `engine-${ref.replace(/[^\w.-]/g, '_')}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
execSync(`git archive ${JSON.stringify(ref)} src | tar -x -C ${JSON.stringify(dir)}`, { stdio: 'inherit' });
const old = (await import(pathToFileURL(join(dir, 'src/core/engine.ts')).href)) as {
  createMatcher: typeof createMatcher;
};

const packs = loadBundledPacks();
const before: Matcher = old.createMatcher(packs);
const after: Matcher = createMatcher(packs);

const gate = seedsGate();
if (!gate.present && gate.required) {
  process.stderr.write(`error ${gate.message}\n`);
  process.exit(1);
}
const seeds = gate.present ? seedFiles().map((f) => readFileSync(seedPath(f), 'utf8')) : [];
if (!gate.present) process.stderr.write(`note: ${gate.message}; comparing without the seed articles\n`);
const FIXTURES = 'tests/fixtures/pages';
const texts = [
  ...seeds,
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => htmlToText(readFileSync(join(FIXTURES, f), 'utf8'))),
  htmlToText(heavyPage()).slice(0, 200_000),
  htmlToText(noMatchPage()).slice(0, 100_000),
  htmlToText(mutationBatches().flat().join('\n')).slice(0, 100_000),
];
let state = 7;
const random = () => {
  state = (state * 1103515245 + 12345) % 2 ** 31;
  return state / 2 ** 31;
};
for (let i = 0; seeds.length && i < 400; i++) {
  const t = seeds[i % seeds.length];
  const at = Math.floor(random() * t.length);
  texts.push(t.slice(at, at + 200 + Math.floor(random() * 3000)));
}

let mentions = 0;
let differing = 0;
for (const text of texts)
  for (const pageDate of [undefined, '2023-03-21', '2024-01-10']) {
    const a = JSON.stringify(before.scan(text, { pageDate }));
    const b = after.scan(text, { pageDate });
    mentions += b.length;
    if (a === JSON.stringify(b)) continue;
    differing++;
    if (differing <= 3)
      process.stdout.write(
        `differs (page date ${pageDate}): ${text.slice(0, 80)}…\n  ${ref}: ${a}\n  now: ${JSON.stringify(b)}\n`,
      );
  }
process.stdout.write(
  `${texts.length} texts × 3 page dates: ${mentions} mentions; ${differing} outputs differ from ${ref}\n`,
);
rmSync(dir, { recursive: true, force: true });
process.exit(differing ? 1 : 0);
