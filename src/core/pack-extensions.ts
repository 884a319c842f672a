/**
 * Packs that extend another (`extends`, as `npm run extract` writes them) add reports to its facts.
 * Before matching, each such pack's facts that its base defines are folded into the base: one fact,
 * the base's rules, every outlet's report. Its other facts stay a pack of their own. An extension
 * whose base is not active is used as it is.
 */
import type { ClaimPack, Outlet, Report } from './schema.ts';

export function applyExtensions(packs: readonly ClaimPack[]): ClaimPack[] {
  const byId = new Map(packs.map((p) => [p.id, p]));
  const extendsActive = (p: ClaimPack) => p.extends !== undefined && p.extends !== p.id && byId.has(p.extends);
  if (!packs.some(extendsActive)) return [...packs];
  const merged = new Map<string, ClaimPack>();
  const leftover = new Map<string, ClaimPack>();
  for (const pack of packs) {
    if (!extendsActive(pack)) continue;
    const baseId = pack.extends as string;
    const base = merged.get(baseId) ?? copyOf(byId.get(baseId) as ClaimPack);
    merged.set(baseId, base);
    leftover.set(pack.id, fold(base, pack));
  }
  return packs
    .map((p) => (extendsActive(p) ? (leftover.get(p.id) as ClaimPack) : (merged.get(p.id) ?? p)))
    .filter((p) => p.facts.length > 0);
}

function copyOf(pack: ClaimPack): ClaimPack {
  return { ...pack, outlets: [...pack.outlets], facts: pack.facts.map((f) => ({ ...f, reports: [...f.reports] })) };
}

/** Moves the extension's reports of the base's facts into `base` (in place); returns what is left of it. */
function fold(base: ClaimPack, extension: ClaimPack): ClaimPack {
  const facts = new Map(base.facts.map((f) => [f.id, f]));
  const ids = new Map<string, string>();
  const outletId = (o: Outlet) => {
    let id = ids.get(o.id);
    if (id) return id;
    const same = base.outlets.find((b) => b.id === o.id);
    id = same && JSON.stringify(same) !== JSON.stringify(o) ? `${extension.id}--${o.id}` : o.id;
    ids.set(o.id, id);
    if (!same || id !== o.id) base.outlets.push({ ...o, id });
    return id;
  };
  const outlets = new Map(extension.outlets.map((o) => [o.id, o]));
  const report = (r: Report): Report => {
    const o = outlets.get(r.outlet);
    return o ? { ...r, outlet: outletId(o) } : r;
  };
  const left = [];
  for (const fact of extension.facts) {
    const target = facts.get(fact.id);
    if (target) target.reports.push(...fact.reports.map(report));
    else left.push(fact);
  }
  return { ...extension, facts: left };
}
