/**
 * The engine knows no story: everything about one (its parties, currencies, words) lives in its
 * pack, so a pack about another story works with no code change. src/core must not name this one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../../src/core/', import.meta.url);
const STORY_WORDS = /\b(?:china|chinese|russia|russian|beijing|moscow|kremlin|yuan|rmb|putin|xi|sino)\b/i;

describe('src/core', () => {
  it('contains none of the bundled story’s words', () => {
    const found: string[] = [];
    for (const file of readdirSync(CORE).filter((f) => f.endsWith('.ts'))) {
      readFileSync(new URL(file, CORE), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const m = STORY_WORDS.exec(line);
          if (m) found.push(`src/core/${file}:${i + 1}: ${m[0]}`);
        });
    }
    expect(found).toEqual([]);
  });
});
