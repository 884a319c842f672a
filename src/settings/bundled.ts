/**
 * The bundled claim pack, as shipped in assets/claims. Loaded on demand (dynamic import) so the
 * popup, which only toggles sites, does not carry the dataset.
 */

import pack from '../../assets/claims/xi-moscow-2023.json';
import type { ClaimPack } from '../core/schema.ts';

export const BUNDLED_PACK = pack as unknown as ClaimPack;
