/** Which browsers run, and the describe-per-browser helper every spec uses. */
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserDriver, BrowserName } from './types.ts';

const ALL: BrowserName[] = ['chromium', 'firefox'];

/** Both, or the ones named in E2E_BROWSERS (e.g. E2E_BROWSERS=firefox). */
export const BROWSERS: BrowserName[] = (() => {
  const wanted = (process.env.E2E_BROWSERS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return wanted.length ? ALL.filter((b) => wanted.includes(b)) : ALL;
})();

export interface LaunchOptions {
  /** An unpacked extension to load instead of dist/<browser> (the harness self-check uses a canary). */
  extensionDir?: (name: BrowserName) => string;
  /**
   * The browser's UI language as a BCP 47 tag ('zh-CN', 'ru'), which picks the extension's
   * _locales. Needs the browser's own translations: Debian packages chromium-l10n and
   * firefox-esr-l10n-<lang> (a browser without them falls back to English).
   */
  locale?: string;
}

export function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<BrowserDriver> {
  const extensionDir = opts.extensionDir?.(name);
  const { locale } = opts;
  return name === 'chromium' ? launchChromium({ extensionDir, locale }) : launchFirefox({ extensionDir, locale });
}

export interface BrowserUnderTest {
  readonly name: BrowserName;
  /** The launched driver (available inside tests and hooks, after the suite's beforeAll). */
  readonly driver: BrowserDriver;
}

/**
 * describe(`${browser}: ${title}`) once per browser, with a fresh browser (own profile, own fixture
 * server) launched before the suite and closed after it.
 */
export function forEachBrowser(title: string, body: (b: BrowserUnderTest) => void, opts: LaunchOptions = {}): void {
  for (const name of BROWSERS) {
    describe(`${name}: ${title}`, () => {
      let driver: BrowserDriver | undefined;
      beforeAll(async () => {
        driver = await launch(name, opts);
      });
      afterAll(async () => {
        await driver?.close();
      });
      body({
        name,
        get driver() {
          if (!driver) throw new Error(`${name} is not launched (use b.driver inside tests or hooks)`);
          return driver;
        },
      });
    });
  }
}
