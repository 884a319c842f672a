/**
 * Everything that is only needed once a page names both China and Russia: the engine, the bundled
 * claim pack and pack validation. PageScan asks for it only at that moment (PageControllerDeps.
 * loadEngine), so it can live in a chunk of its own that most pages and frames never evaluate:
 *   loadEngine: async () => (await import('./engine-parts.ts')).engineParts   (in content.ts)
 * That needs `build.modulePreload: false` in vite.config.ts first: otherwise vite wraps the import()
 * in its preload helper, which adds <link rel="modulepreload" href="/assets/…"> to the *page* —
 * requests to the page's own server. Verified: with that option the lazy chunk loads in Chromium
 * (web_accessible via CRXJS) and the page gets no link elements. Until then it is bundled.
 */
import { createMatcher } from '../core/engine.ts';
import { activePacks } from './active-packs.ts';
import { BUNDLED_PACK } from './bundled-pack.ts';

export const engineParts = { createMatcher, activePacks, bundled: BUNDLED_PACK };
export type EngineParts = typeof engineParts;
