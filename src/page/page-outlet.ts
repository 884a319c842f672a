/** The page's own outlet, when the site it is on is one of the dataset's sources. */
import type { ClaimPack, Outlet } from '../core/schema.ts';

export function outletForHost(host: string, packs: readonly ClaimPack[]): Outlet | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const pack of packs)
    for (const outlet of pack.outlets) {
      const site = outlet.site?.toLowerCase();
      if (site && (h === site || h.endsWith(`.${site}`))) return outlet;
    }
  return undefined;
}
