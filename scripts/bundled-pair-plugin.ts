/**
 * `virtual:bundled-pair`: the bundled pack's id and the names of its pair, as a module of their own.
 * The every-page country check needs only these; importing them from the pack's JSON would put the
 * whole dataset (facts, reports) into every page's script instead of the engine chunk.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const ID = 'virtual:bundled-pair';
const RESOLVED = `\0${ID}`;
const PACK = new URL('../assets/claims/xi-moscow-2023.json', import.meta.url);

export function bundledPair(): Plugin {
  return {
    name: 'second-source-bundled-pair',
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(PACK.pathname);
      const pack = JSON.parse(readFileSync(PACK, 'utf8')) as {
        id: string;
        vocabulary: { entities: { id: string; role: string; names: string[] }[] };
      };
      const pair = pack.vocabulary.entities
        .filter((e) => e.role === 'pair')
        .map((e) => ({ role: e.role, names: e.names }));
      return `export const id = ${JSON.stringify(pack.id)};\nexport const pair = ${JSON.stringify(pair)};\n`;
    },
  };
}
