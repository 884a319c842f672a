/** Where things are, from the repository root. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const DIST_CHROME = join(ROOT, 'dist', 'chrome');
export const DIST_FIREFOX = join(ROOT, 'dist', 'firefox');
export const FIXTURE_PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
/** Scratch space for browser profiles and screenshots (git-ignored). */
export const TMP = join(ROOT, '.tmp');
export const SCREENSHOTS = join(TMP, 'screenshots');

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** The seed articles live beside the repository (../shared/seeds), never inside it. */
export const SEEDS_DIR = process.env.SECOND_SOURCE_SEEDS ?? resolve(ROOT, '..', 'shared', 'seeds');
export const seedsAvailable = (): boolean => existsSync(SEEDS_DIR);
export const SEEDS_MISSING = `seed articles not found at ${SEEDS_DIR} (set SECOND_SOURCE_SEEDS); seed pages cannot be built`;
