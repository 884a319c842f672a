/**
 * /seed/NNN: a seed article (../shared/seeds/NNN_*.txt) laid out as a news page at request time.
 * The repository keeps quotes, not copies of the articles, so this page exists only in memory.
 * Each non-empty line becomes a <p>; the seed's own headline line, when it has one, the <h1>.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR, seedsGate } from '../../shared-data.ts';
import { FIXTURE_PAGES } from './paths.ts';
import type { RouteResponse } from './server.ts';

/** Dates from seeds/README.md; the headline is found by its first words. */
const SEEDS: Record<string, { date: string; headline?: string }> = {
  '000': { date: '2023-03-22' },
  '001': { date: '2023-03-20', headline: 'Chinese President Xi’s Russia visit' },
  '002': { date: '2023-03-17', headline: 'China confirms Xi Jinping' },
  '003': { date: '2023-03-17' },
  '004': { date: '2023-03-19', headline: 'Xi’s visit to Russia conveys' },
};

export const SEED_IDS = Object.keys(SEEDS);

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The seed's text exactly as stored (for tests that compare against it). */
export function seedText(id: string): string {
  const gate = seedsGate();
  if (!gate.present) throw new Error(gate.message);
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${id}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed ${id} in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

export function renderSeed(id: string): string {
  const meta = SEEDS[id] ?? { date: '2023-03-20' };
  const lines = seedText(id)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const h = meta.headline ? lines.findIndex((l) => l.startsWith(meta.headline as string)) : -1;
  const headline = h >= 0 ? lines[h] : `Dispatch ${id}`;
  const body = lines
    .filter((_, i) => i !== h)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('\n        ');
  const when = new Date(`${meta.date}T12:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  return readFileSync(join(FIXTURE_PAGES, 'seed-template.html'), 'utf8')
    .replaceAll('{{headline}}', escapeHtml(headline))
    .replaceAll('{{datetime}}', meta.date)
    .replaceAll('{{date}}', when)
    .replaceAll('{{id}}', id)
    .replace('{{body}}', body);
}

export function seedPage(id: string): RouteResponse {
  const gate = seedsGate();
  if (!gate.present) return { status: 404, contentType: 'text/plain; charset=utf-8', body: gate.message };
  try {
    return { body: renderSeed(id) };
  } catch (e) {
    return { status: 404, contentType: 'text/plain; charset=utf-8', body: String(e) };
  }
}
