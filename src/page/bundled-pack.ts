/** The claim pack shipped with the extension (validated against the schema at build and in tests). */

import pack from '../../assets/claims/xi-moscow-2023.json';
import type { ClaimPack } from '../core/schema.ts';

export const BUNDLED_PACK = pack as unknown as ClaimPack;
