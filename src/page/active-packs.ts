/**
 * The claim packs in use: the bundled pack unless the reader turned it off, plus every imported pack
 * that is on and whose stored data still passes the schema. Stored data is read again on each page
 * (storage can hold what an older version or another tool wrote); a large pack is read fact by fact
 * with the scan's time budget, so it never makes one long task of the page.
 */
import * as v from 'valibot';
import { type ClaimPack, type Fact, FactSchema, PackShellSchema } from '../core/schema.ts';
import type { Settings } from '../settings/types.ts';
import type { TimeBudget } from './scan/time-slice.ts';

/** Facts read between two looks at the budget. */
const FACTS_PER_CHECK = 100;

export async function activePacks(
  settings: Settings,
  bundled: ClaimPack | undefined,
  budget?: TimeBudget,
): Promise<ClaimPack[]> {
  const packs: ClaimPack[] = [];
  if (bundled && settings.packs.find((p) => p.id === bundled.id)?.enabled !== false) packs.push(bundled);
  for (const stored of settings.packs) {
    if (stored.builtin || !stored.enabled || stored.data === undefined) continue;
    if (packs.some((p) => p.id === stored.id)) continue;
    const pack = await readStoredPack(stored.data, budget);
    if (pack) packs.push(pack);
    else console.debug(`[second-source] stored pack "${stored.id}" does not pass the schema; skipped`);
  }
  return packs;
}

/** The stored data as a pack, or undefined when any part of it fails the schema. */
async function readStoredPack(data: unknown, budget?: TimeBudget): Promise<ClaimPack | undefined> {
  const shell = v.safeParse(PackShellSchema, data);
  if (!shell.success) return undefined;
  const facts: Fact[] = [];
  for (const [i, raw] of shell.output.facts.entries()) {
    const fact = v.safeParse(FactSchema, raw);
    if (!fact.success) return undefined;
    facts.push(fact.output);
    if (budget && i % FACTS_PER_CHECK === FACTS_PER_CHECK - 1 && budget.spent) await budget.check();
  }
  return { ...shell.output, facts };
}
