/** The bundled claim pack, parsed against the schema once for the unit tests. */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { type ClaimPack, PackSchema } from '../../../src/core/schema.ts';

let cached: ClaimPack | undefined;

export function bundledPack(): ClaimPack {
  cached ??= v.parse(
    PackSchema,
    JSON.parse(readFileSync(new URL('../../../assets/claims/xi-moscow-2023.json', import.meta.url), 'utf8')),
  );
  return cached;
}
