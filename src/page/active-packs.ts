/**
 * The claim packs in use: the bundled pack unless the reader turned it off, plus every imported pack
 * that is on and whose stored data still passes the schema.
 */
import * as v from 'valibot';
import { type ClaimPack, PackSchema } from '../core/schema.ts';
import type { Settings } from '../settings/types.ts';

export function activePacks(settings: Settings, bundled: ClaimPack | undefined): ClaimPack[] {
  const packs: ClaimPack[] = [];
  if (bundled && settings.packs.find((p) => p.id === bundled.id)?.enabled !== false) packs.push(bundled);
  for (const stored of settings.packs) {
    if (stored.builtin || !stored.enabled || stored.data === undefined) continue;
    if (packs.some((p) => p.id === stored.id)) continue;
    const parsed = v.safeParse(PackSchema, stored.data);
    if (parsed.success) packs.push(parsed.output);
    else console.debug(`[second-source] stored pack "${stored.id}" does not pass the schema; skipped`);
  }
  return packs;
}
