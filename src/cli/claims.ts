/**
 * `npm run claims -- [--json] [--check <pack.json>]` — the bundled dataset as a readable table, as JSON
 * ({"facts":[{"id","kind","reports":[{"seed","outlet","quote",…}]}]}; a report of another outlet's page has
 * "url" and "words" instead of "seed" and "quote"), or a check of a claim pack file.
 */
import { basename } from 'node:path';
import pc from 'picocolors';
import { cnyPerUsd } from '../core/compiled-fact.ts';
import { normalizeValue } from '../core/normalize.ts';
import { parsePackText } from '../core/validate-pack.ts';
import { loadBundledPacks } from './bundled-packs.ts';
import { renderClaimsTable } from './claims-table.ts';
import { readBytes } from './read-input.ts';
import { type Outcome, optionValue, runCli, stderrColors } from './run-cli.ts';

const USAGE = `usage: npm run claims -- [--json] [--check <pack.json>]

Shows the bundled claims dataset.
  --json           print {"facts":[{"id","kind","title","reports":[{"seed","outlet","quote",…}]}]}
                   (reports of other outlets' pages: "url" and "words" instead of "seed" and "quote")
  --check FILE     validate a claim pack file; prints each problem with its field and exits 1 if any`;

runCli({ usage: USAGE, flags: ['--json'], options: ['--check'], positional: false }, (args) => {
  const check = optionValue(args, '--check');
  if (check !== undefined) return checkPack(check, args.flags.has('--json'));
  const packs = loadBundledPacks();
  if (!args.flags.has('--json')) {
    process.stdout.write(renderClaimsTable(packs));
    return { code: 0 };
  }
  const facts = packs.flatMap((pack) => {
    const rate = cnyPerUsd([pack]);
    return pack.facts.map((fact) => ({
      id: fact.id,
      kind: fact.kind,
      title: fact.title,
      pack: pack.id,
      period: fact.period,
      measure: fact.measure,
      related: fact.related,
      reports: fact.reports.map((r) => {
        const outlet = pack.outlets.find((o) => o.id === r.outlet);
        return {
          seed: r.seed,
          outlet: outlet?.name ?? r.outlet,
          outletId: r.outlet,
          confidence: outlet?.confidence,
          date: r.date,
          dateNote: r.dateNote,
          quote: r.quote,
          words: r.words,
          value: r.value,
          normalized: r.value ? normalizeValue(r.value, rate) : undefined,
          citedSource: r.citedSource,
          label: r.label,
          note: r.note,
          url: r.url,
        };
      }),
    }));
  });
  process.stdout.write(`${JSON.stringify({ facts }, null, 2)}\n`);
  return { code: 0 };
});

function checkPack(path: string, json: boolean): Outcome {
  const read = readBytes(path);
  if (!read.ok) return { failure: `${path}: ${read.error}` };
  const result = parsePackText(read.bytes.toString('utf8'), basename(path));
  if (json)
    process.stdout.write(`${JSON.stringify(result.ok ? { ok: true, facts: result.pack.facts.length } : result)}\n`);
  else if (result.ok)
    process.stdout.write(`${pc.green('ok')} ${path}: ${result.pack.name}, ${result.pack.facts.length} facts\n`);
  else
    process.stderr.write(
      `${stderrColors.red('invalid')} ${path}:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`,
    );
  return { code: result.ok ? 0 : 1 };
}
