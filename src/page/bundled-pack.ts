/** The claim pack shipped with the extension (validated against the schema at build and in tests). */
import type { ClaimPack } from '../core/schema.ts';
import pack from '../../assets/claims/xi-moscow-2023.json';

export const BUNDLED_PACK = pack as unknown as ClaimPack;
