import { describe, expect, it } from 'vitest';
import {
  coldPage,
  heavyPage,
  MUTATION_BATCH_SIZE,
  MUTATION_BATCHES,
  mutationBatches,
  mutationsPage,
  noMatchPage,
  PAGE_BYTES,
  TASK_WATCH,
} from '../../../scripts/bench/pages.ts';
import { loadBundledPacks } from '../../../src/cli/bundled-packs.ts';
import { htmlToText } from '../../../src/cli/html-text.ts';
import { createMatcher } from '../../../src/core/engine.ts';
import { createNames } from '../../../src/core/entities.ts';

const [bundled] = loadBundledPacks();
const matcher = createMatcher([bundled]);

describe('bench pages', () => {
  it('are the same bytes on every run', () => {
    expect(heavyPage()).toBe(heavyPage());
    expect(noMatchPage()).toBe(noMatchPage());
    expect(mutationsPage()).toBe(mutationsPage());
  });

  it('weigh about 1 MB', () => {
    for (const html of [heavyPage(), noMatchPage()]) {
      expect(html.length).toBeGreaterThan(PAGE_BYTES * 0.95);
      expect(html.length).toBeLessThan(PAGE_BYTES * 1.05);
    }
  });

  it('no-match names China alone (the page gate stays shut) and holds no mention', () => {
    const text = htmlToText(noMatchPage());
    const [china, russia] = bundled.vocabulary.entities.filter((e) => e.role === 'pair');
    expect(createNames(china.names).names(text)).toBe(true);
    expect(createNames(russia.names).names(text)).toBe(false);
    expect(matcher.scan(text, { pageDate: '2023-03-21' })).toEqual([]);
  });

  it('heavy holds hundreds of mentions', () => {
    const mentions = matcher.scan(htmlToText(heavyPage()), { pageDate: '2023-03-21' });
    expect(mentions.length).toBeGreaterThan(200);
    expect(new Set(mentions.map((m) => m.fact)).size).toBeGreaterThan(8);
  }, 60_000);

  it('mutations appends 2,000 paragraphs in 200 batches, some with mentions', () => {
    const batches = mutationBatches();
    expect(batches).toHaveLength(MUTATION_BATCHES);
    expect(batches.every((b) => b.length === MUTATION_BATCH_SIZE)).toBe(true);
    expect(MUTATION_BATCHES * MUTATION_BATCH_SIZE).toBe(2000);
    const withMention = batches.flat().filter((p) => matcher.scan(`China and Russia.\n${htmlToText(p)}`).length > 0);
    expect(withMention.length).toBeGreaterThan(100);
    expect(withMention.length).toBeLessThan(1000);
  }, 60_000);

  it('cold is a short article naming both countries, watching long tasks before anything else runs', () => {
    const html = coldPage();
    expect(html).toBe(coldPage());
    expect(html.length).toBeLessThan(100_000);
    expect(html.indexOf(TASK_WATCH)).toBe(html.indexOf('<head>') + '<head>'.length);
    expect(html.indexOf('<script')).toBe(html.indexOf(TASK_WATCH));
    const mentions = matcher.scan(htmlToText(html), { pageDate: '2023-03-21' });
    expect(mentions.length).toBeGreaterThan(5);
  });
});
