/**
 * `npm run extract -- --url URL [--outlet NAME] [--date YYYY-MM-DD] [--out pack.json [--force]] <file>` —
 * runs the engine (bundled packs) on one saved article and writes a claim pack with one report per
 * mention (fact, value, a few verbatim words, url, outlet, date), for a person to review before sharing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import pc from 'picocolors';
import { createMatcher } from '../core/engine.ts';
import { wordsOfUrl } from '../core/page-date.ts';
import type { Mention } from '../core/types.ts';
import { loadBundledPacks } from './bundled-packs.ts';
import { parseExtractArgs } from './extract-args.ts';
import { buildExtractPack, resolvePageDate } from './extract-pack.ts';
import { readInput } from './read-input.ts';
import { runCli } from './run-cli.ts';

const USAGE = `usage: npm run extract -- --url URL [--outlet NAME] [--date YYYY-MM-DD] [--out pack.json [--force]] <file.html|file.txt|->

Finds the bundled facts an article states and writes them as a claim pack: one report per mention
(fact, value, at most 12 words verbatim, url, outlet, date), for a person to review before importing.
  --url URL       the page's address (required): the reports' url, the pack's id, the outlet's domain
  --outlet NAME   the outlet's name (default: its domain, with confidence "unknown")
  --date DATE     the page's date (default: a dated address, else a date near the top of the text)
  --out FILE      write the pack to FILE (default: print it); an existing FILE is kept unless --force
  --force         overwrite FILE
  -               read standard input`;

runCli(USAGE, () => {
  const parsed = parseExtractArgs(process.argv.slice(2));
  if (!parsed.ok) return { error: parsed.error };
  const args = parsed.args;
  const fail = (message: string) => {
    process.stderr.write(`${pc.red('error')} ${message}\n`);
    return { code: 1 };
  };
  if (args.out !== undefined && !args.force && existsSync(args.out))
    return fail(`${args.out} already exists; give --force to overwrite it`);
  const input = readInput(args.file);
  if (!input.ok) return fail(`${args.file}: ${input.error}`);

  const packs = loadBundledPacks();
  const matcher = createMatcher(packs);
  const { date } = resolvePageDate(input.text, args.url, args.date);
  const mentions = matcher.scan(input.text, { pageDate: date, pageTitle: wordsOfUrl(args.url) });
  if (mentions.length === 0) return fail(`no mentions found in ${args.file}; nothing to extract`);

  // One pack holds one vocabulary: the mentions of the bundled pack stated most; others are named.
  const byPack = new Map<string, Mention[]>();
  for (const m of mentions) byPack.set(m.pack, [...(byPack.get(m.pack) ?? []), m]);
  const [sourceId, kept] = [...byPack].sort((a, b) => b[1].length - a[1].length)[0];
  for (const [id, left] of byPack)
    if (id !== sourceId)
      process.stderr.write(
        `${pc.yellow('note')} left out ${left.length} mention(s) of pack "${id}": one pack per run\n`,
      );
  const source = packs.find((p) => p.id === sourceId);
  if (!source) return fail(`the mentions' pack "${sourceId}" is not bundled`);

  const pack = buildExtractPack(source, kept, input.text, {
    url: args.url,
    outlet: args.outlet,
    date: args.date,
    today: localDay(new Date()),
  });
  const json = `${JSON.stringify(pack, null, 2)}\n`;
  const reports = pack.facts.reduce((n, f) => n + f.reports.length, 0);
  if (!pack.facts[0].reports[0].date)
    process.stderr.write(`${pc.yellow('note')} no date found: the reports carry "dateNote" instead; give --date\n`);
  if (args.out === undefined) {
    process.stdout.write(json);
    return { code: 0 };
  }
  try {
    writeFileSync(args.out, json, { flag: args.force ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return fail(`${args.out} already exists; give --force to overwrite it`);
    return fail(`${args.out}: cannot write (${code ?? (err as Error).message})`);
  }
  process.stdout.write(
    `wrote ${args.out}: ${reports} report(s) on ${pack.facts.length} fact(s) from ${pack.outlets[0].name}, pack "${pack.id}"; review them before importing\n`,
  );
  return { code: 0 };
});

function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
