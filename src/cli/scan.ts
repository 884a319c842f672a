/**
 * `npm run scan -- [--json] [--date D] [--url URL] [--pack FILE]... [--no-bundled] <path|->...` — finds China–Russia trade
 * figures and events in text or HTML files and shows what other outlets reported.
 * `--json` prints {"files":[{"path","mentions":[…]}]}.
 */
import { basename } from 'node:path';
import { compareMention, createMatcher } from '../core/engine.ts';
import { dateFromUrl } from '../core/page-date.ts';
import { groupValue, summarizeReports } from '../core/report-summary.ts';
import type { Comparison } from '../core/types.ts';
import { loadPacks } from './load-packs.ts';
import { readInput } from './read-input.ts';
import { optionValue, runCli, stderrColors } from './run-cli.ts';
import { renderFileReport } from './scan-report.ts';
import { effectivePageDate, unresolvedPeriods } from './unresolved-periods.ts';

const USAGE = `usage: npm run scan -- [--json] [--date YYYY-MM-DD] [--url URL] [--pack FILE]... [--no-bundled] <file.txt|file.html|->...

Finds China–Russia trade figures and events and shows what other outlets reported.
  --json          print one JSON object: {"files":[{"path","mentions":[{"fact","quote","start","end",…}]}]}
  --date DATE     the page's date, for "last year" (default: a date in --url's address, else a date
                  written in the text; with none, "last year" and the like are listed as unresolved)
  --url URL       the page's address (one input file); only a date in it is used ("/2023/03/21/…")
  --pack FILE     also match the facts of this claim pack (repeatable); an invalid pack stops the scan (exit 1)
  --no-bundled    leave the bundled dataset out and match only the --pack files
  -               read standard input`;

const COMMAND = {
  usage: USAGE,
  flags: ['--json', '--no-bundled'],
  options: ['--date', '--url', '--pack'],
  repeatable: ['--pack'],
  positional: true,
};

runCli(COMMAND, (args) => {
  const json = args.flags.has('--json');
  const givenDate = optionValue(args, '--date');
  const url = optionValue(args, '--url');
  const packFiles = args.options.get('--pack') ?? [];
  const bundled = !args.flags.has('--no-bundled');
  if (givenDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(givenDate))
    return { error: `--date wants YYYY-MM-DD, got "${givenDate}"` };
  if (url !== undefined && args.positional.length > 1)
    return { error: `--url is one page's address; give one input file, not ${args.positional.length}` };
  // The address is read for its date only: its words do not count towards what the page is about.
  const pageDate = givenDate ?? dateFromUrl(url);
  if (!bundled && packFiles.length === 0) return { error: '--no-bundled needs at least one --pack FILE' };
  if (args.positional.length === 0) return { error: 'no input files given' };
  const loaded = loadPacks(packFiles, { bundled });
  if (!loaded.ok) return { failure: loaded.errors };
  const matcher = createMatcher(loaded.packs);
  let failed = 0;
  const files = args.positional.map((path) => {
    const input = readInput(path);
    if (!input.ok) {
      failed++;
      process.stderr.write(`${stderrColors.red('error')} ${path}: ${input.error}\n`);
      return { path, error: input.error, mentions: [], unresolved: [] };
    }
    const dated = effectivePageDate(input.text, pageDate);
    const unresolved = unresolvedPeriods(input.text, dated);
    const mentions = matcher.scan(input.text, { pageDate }).map((m) => {
      const entry = matcher.fact(m.fact);
      const comparison = entry ? compareMention(m, entry.fact, entry.pack, { seed: basename(path) }) : undefined;
      return { m, entry, comparison };
    });
    if (!json) process.stdout.write(renderFileReport(path, input.text, mentions, unresolved));
    return {
      path,
      chars: input.text.length,
      pageDate: dated ?? null,
      unresolved,
      mentions: mentions.map(({ m, entry, comparison }) => ({
        fact: m.fact,
        pack: m.pack,
        kind: entry?.fact.kind,
        title: entry?.fact.title,
        quote: m.quote,
        start: m.start,
        end: m.end,
        sentence: m.sentence,
        ...(m.unresolved ? { unresolvedPeriod: m.unresolved } : {}),
        value: m.value
          ? {
              kind: m.value.kind,
              amount: m.value.amount,
              min: m.value.min,
              max: m.value.max,
              currency: m.value.currency,
              hedge: m.value.hedge,
            }
          : undefined,
        normalized: comparison?.page,
        verdict: comparison?.verdict,
        values: comparison ? valueGroups(comparison) : undefined,
        others: comparison?.reports.map((r) => ({
          outlet: r.outlet.name,
          confidence: r.outlet.confidence,
          seed: r.report.seed,
          value: r.value?.display,
          agreement: r.agreement,
          self: r.self ?? false,
          reasons: r.reasons,
        })),
      })),
    };
  });
  if (json) process.stdout.write(`${JSON.stringify({ files }, null, 2)}\n`);
  return { code: failed ? 1 : 0 };
});

/** The values the other outlets give, as the card leads with them: largest group first. */
function valueGroups(c: Comparison) {
  if (c.verdict === 'qualitative') return [];
  return summarizeReports(c).groups.map((g) => ({
    value: groupValue(g),
    display: g.display,
    outlets: g.outlets.length,
    agreesWithPage: g.agreesWithPage,
    ...(g.basis ? { basis: g.basis } : {}),
  }));
}
