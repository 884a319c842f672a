/** Where things are, from the repository root. */
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

// The seed articles (../shared/seeds) are found through tests/shared-data.ts, the one gate for them.
