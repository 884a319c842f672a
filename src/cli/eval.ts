/**
 * `npm run eval -- [--json] <cases.jsonl>...` — scores detection on labelled cases (the format and the
 * scoring of ../shared/corpus/README.md): recall and precision overall and per topic, each miss and
 * each wrong mention. `--json` prints {"recall","precision","topics":{id:{"recall","precision"}},"missed","wrong"}.
 */
import pc from 'picocolors';
import { createMatcher } from '../core/engine.ts';
import { dateFromUrl, wordsOfUrl } from '../core/page-date.ts';
import { loadBundledPacks } from './bundled-packs.ts';
import { type EvalCase, type EvalResult, parseCases, scoreCases } from './eval-score.ts';
import { readBytes } from './read-input.ts';
import { runCli } from './run-cli.ts';

const USAGE = `usage: npm run eval -- [--json] <cases.jsonl>...

Scores detection with the bundled packs on labelled cases, one JSON object a line:
  {"id","source","text","facts":[{"topic","quote"}],"maybe":[…]}
  --json    print {"recall","precision","topics":{id:{"recall","precision"}},"missed":[…],"wrong":[…]}`;

runCli({ usage: USAGE, flags: ['--json'], options: [], positional: true }, (args) => {
  if (args.positional.length === 0) return { error: 'no case files given' };
  const cases: EvalCase[] = [];
  for (const path of args.positional) {
    const read = readBytes(path);
    if (!read.ok) return { failure: `${path}: ${read.error}` };
    cases.push(...parseCases(read.bytes.toString('utf8'), path));
  }
  const matcher = createMatcher(loadBundledPacks());
  const result = scoreCases(cases, (c) =>
    matcher.scan(c.text, { pageDate: dateFromUrl(c.source), pageTitle: wordsOfUrl(c.source) }),
  );
  if (args.flags.has('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(renderResult(result));
  return { code: 0 };
});

function renderResult(r: EvalResult): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${pc.bold('recall')} ${pct(r.recall)} (${r.found}/${r.labelled})   ${pc.bold('precision')} ${pct(r.precision)} (${r.right}/${r.mentions})   ${r.cases} cases`,
    '',
    pc.bold('per topic                      recall      precision'),
  ];
  for (const [id, t] of Object.entries(r.topics))
    lines.push(
      `  ${id.padEnd(28)} ${pct(t.recall).padStart(6)} ${`${t.found}/${t.labelled}`.padStart(6)}   ${pct(t.precision).padStart(6)} ${`${t.mentions - (t.mentions - Math.round(t.precision * t.mentions))}/${t.mentions}`.padStart(6)}`,
    );
  if (r.missed.length) {
    lines.push('', pc.bold(`missed (${r.missed.length})`));
    for (const m of r.missed) lines.push(`  ${pc.dim(m.case)} ${m.topic}: ${m.quote}`);
  }
  if (r.wrong.length) {
    lines.push('', pc.bold(`wrong (${r.wrong.length})`));
    for (const w of r.wrong) lines.push(`  ${pc.dim(w.case)} ${w.fact}: ${w.quote}`);
  }
  return `${lines.join('\n')}\n`;
}
