/**
 * The names of every active pack's pair, for the country check that runs before the engine loads:
 * the bundled pack's (virtual:bundled-pair, made at build: every page carries its names, not its facts)
 * and each enabled imported pack's, read defensively from storage (the engine validates packs later).
 */
import { id as bundledId, pair as bundledPairEntities } from 'virtual:bundled-pair';
import { createNames, type Names } from '../../core/entities.ts';
import type { Settings } from '../../settings/types.ts';

export interface PairGate {
  first: Names;
  second: Names;
}

interface EntityLike {
  role?: unknown;
  names?: unknown;
}

function gateOf(entities: unknown): PairGate | undefined {
  if (!Array.isArray(entities)) return undefined;
  const pair = (entities as EntityLike[]).filter(
    (e) => e?.role === 'pair' && Array.isArray(e.names) && e.names.every((n) => typeof n === 'string'),
  );
  if (pair.length !== 2) return undefined;
  return { first: createNames(pair[0].names as string[]), second: createNames(pair[1].names as string[]) };
}

const bundledGate = gateOf(bundledPairEntities) as PairGate;

export function pairGates(settings: Settings | undefined): PairGate[] {
  const gates: PairGate[] = [];
  if (settings?.packs.find((p) => p.id === bundledId)?.enabled !== false) gates.push(bundledGate);
  for (const stored of settings?.packs ?? []) {
    if (stored.builtin || !stored.enabled) continue;
    const gate = gateOf((stored.data as { vocabulary?: { entities?: unknown } } | undefined)?.vocabulary?.entities);
    if (gate) gates.push(gate);
  }
  return gates;
}
