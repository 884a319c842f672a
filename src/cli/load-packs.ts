/**
 * The claim packs `scan` matches with: the bundled dataset unless left out, then each `--pack` file,
 * validated as the options page validates an import. Every problem is one message naming the file.
 */
import type { ClaimPack } from '../core/schema.ts';
import { parsePackText } from '../core/validate-pack.ts';
import { loadBundledPacks } from './bundled-packs.ts';
import { readBytes } from './read-input.ts';

export type LoadedPacks = { ok: true; packs: ClaimPack[] } | { ok: false; errors: string[] };

export function loadPacks(files: readonly string[], { bundled }: { bundled: boolean }): LoadedPacks {
  const packs = bundled ? loadBundledPacks() : [];
  const errors: string[] = [];
  for (const file of files) {
    const read = readBytes(file);
    if (!read.ok) {
      errors.push(`${file}: ${read.error}`);
      continue;
    }
    const result = parsePackText(read.bytes.toString('utf8'), file);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const clash = clashes(result.pack, file, packs);
    if (clash.length) errors.push(...clash);
    else packs.push(result.pack);
  }
  return errors.length ? { ok: false, errors } : { ok: true, packs };
}

/**
 * A pack may not reuse the id of a pack already loaded, nor a fact id one of them defines, except
 * the facts of the pack it `extends` (an extracted pack adds reports to those).
 */
function clashes(pack: ClaimPack, file: string, loaded: readonly ClaimPack[]): string[] {
  const same = loaded.find((p) => p.id === pack.id);
  if (same)
    return [`${file}: a pack with id "${pack.id}" is already loaded ("${same.name}"); give this pack its own id`];
  const owners = new Map(loaded.flatMap((p) => p.facts.map((f) => [f.id, p] as const)));
  return pack.facts.flatMap((f, i) => {
    const owner = owners.get(f.id);
    if (!owner || (pack.extends !== undefined && owner.id === pack.extends)) return [];
    return [`${file}: fact "${f.id}" (facts[${i}].id) is already defined by the pack "${owner.name}"`];
  });
}
