/**
 * Everything that is only needed once a page names both China and Russia: the engine, the bundled
 * claim pack, pack validation and the card (its UI, positioning and comparisons). PageController
 * imports this module dynamically when PageScan first asks for it, so it is a chunk of its own that
 * most pages and frames never load or evaluate (`build.modulePreload: false` in vite.config.ts keeps
 * vite from adding <link rel="modulepreload"> to the page; CRXJS lists the chunk in
 * web_accessible_resources).
 */
import { createMatcher } from '../core/engine.ts';
import { activePacks } from './active-packs.ts';
import { BUNDLED_PACK } from './bundled-pack.ts';
import { createCardController } from './card/card-controller.tsx';
import { createCardHost } from './card/card-host.ts';
import { ComparisonCache, cardModel } from './card/card-model.ts';

/** The card's parts, for MentionUi: it opens cards only for mentions, which exist only once this loaded. */
export const cardParts = { createCardHost, createCardController, cardModel, ComparisonCache };
export type CardParts = typeof cardParts;

export const engineParts = { createMatcher, activePacks, bundled: BUNDLED_PACK, card: cardParts };
export type EngineParts = typeof engineParts;
