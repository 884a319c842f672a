/** The bundled claim packs (assets/claims/*.json), validated; the CLI's view of the dataset. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClaimPack } from '../core/schema.ts';
import { parsePackText } from '../core/validate-pack.ts';

export const CLAIMS_DIR = fileURLToPath(new URL('../../assets/claims/', import.meta.url));

export function loadBundledPacks(): ClaimPack[] {
  const packs: ClaimPack[] = [];
  for (const file of readdirSync(CLAIMS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const result = parsePackText(readFileSync(CLAIMS_DIR + file, 'utf8'), file);
    if (!result.ok) throw new Error(`bundled dataset is invalid:\n  ${result.errors.join('\n  ')}`);
    packs.push(result.pack);
  }
  return packs;
}
