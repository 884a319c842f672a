/**
 * Validates the bundled claim packs (assets/claims/*.json, or the files given as arguments) with the same
 * validator the options page uses for imported packs. Prints every error and exits 1 on any.
 * Run: tsx scripts/check-claims.ts [file.json ...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePackText } from '../src/core/validate-pack.ts';

const claimsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'claims');
const args = process.argv.slice(2);
const files = args.length
  ? args.map((file) => resolve(file))
  : readdirSync(claimsDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(claimsDir, name));

const errors: string[] = [];
const packIds = new Map<string, string>();
let facts = 0;
let reports = 0;
if (files.length === 0) errors.push(`claims: no *.json pack in ${claimsDir}`);
for (const path of files) {
  const name = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    errors.push(`${name}: cannot read: ${(error as Error).message}`);
    continue;
  }
  const result = parsePackText(text, name);
  if (!result.ok) {
    errors.push(...result.errors);
    continue;
  }
  const { pack } = result;
  const other = packIds.get(pack.id);
  if (other) errors.push(`${name}: pack id "${pack.id}" is also used by ${other}`);
  packIds.set(pack.id, name);
  facts += pack.facts.length;
  reports += pack.facts.reduce((n, fact) => n + fact.reports.length, 0);
}

if (errors.length > 0) {
  for (const error of errors) console.error(error);
  console.error(`claims: ${errors.length} error${errors.length === 1 ? '' : 's'}`);
  process.exit(1);
}
const packs = files.length;
console.log(`claims: ${facts} facts, ${reports} reports in ${packs} pack${packs === 1 ? '' : 's'} — ok`);
