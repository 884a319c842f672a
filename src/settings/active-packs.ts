/**
 * Which claim packs a page should be matched against, from the settings as stored.
 * Pure, for the content script: read storage.local[SETTINGS_KEY], then
 *   activePacks(sanitizeSettings(raw).settings, BUNDLED_PACK)
 */
import type { ClaimPack } from '../core/schema.ts';
import { BUNDLED_PACK_ID } from './sanitize.ts';
import type { Settings } from './types.ts';

/** The bundled pack unless turned off, then every enabled, readable imported pack, in settings order. */
export function activePacks(settings: Settings, bundled: ClaimPack): ClaimPack[] {
  const packs: ClaimPack[] = [];
  const bundledEntry = settings.packs.find((p) => p.id === BUNDLED_PACK_ID);
  if (bundledEntry?.enabled !== false) packs.push(bundled);
  for (const p of settings.packs) {
    if (p.builtin || !p.enabled || p.problem || p.data === undefined) continue;
    packs.push(p.data as ClaimPack);
  }
  return packs;
}
