/**
 * The harness checks itself with a canary extension that misbehaves on purpose: if these pass, an
 * empty externalRequests()/consoleErrors() in the real specs means something.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildCanary } from './canary.ts';
import { forEachBrowser, SCREENSHOTS } from './index.ts';

forEachBrowser(
  'harness self-check (canary extension)',
  (b) => {
    it('reads isolated-world highlights and the open shadow root from the main world', async () => {
      const page = await b.driver.newPage(b.driver.server.url('/paraphrase.html'));
      await expect.poll(() => page.highlightCount()).toBe(1);
      expect(await page.highlights()).toEqual({ 'second-source-canary': 1 });
      expect(await page.shadowText('.canary')).toBe('canary in the shadow');
      expect(await page.shadowText('.absent')).toBeNull();
    });

    it('maps each page to its own tab id, badge and content script', async () => {
      const a = await b.driver.newPage(b.driver.server.url('/paraphrase.html'));
      const c = await b.driver.newPage(b.driver.server.url('/no-mentions.html'));
      const [ta, tc] = [await b.driver.tabIdFor(a), await b.driver.tabIdFor(c)];
      expect(ta).not.toBe(tc);
      await expect.poll(() => b.driver.badgeText(a)).toBe('para');
      await expect.poll(() => b.driver.badgeText(tc)).toBe('nome');
      expect(await b.driver.sendToTab(ta, { type: 'canary-ping' })).toEqual({ pong: '/paraphrase.html' });
      const ext = await b.driver.openExtensionPage(`page.html?tabId=${tc}`);
      expect(await ext.evaluate(() => document.getElementById('where')?.dataset.tabId)).toBe(String(tc));
    });

    it('drives mouse, keyboard, scrolling and screenshots', async () => {
      const page = await b.driver.newPage(b.driver.server.url('/late-content.html'));
      await page.evaluate(() => {
        const w = window as unknown as { seen: string[] };
        w.seen = [];
        addEventListener('mouseover', (e) => w.seen.push(`over:${(e.target as Element).tagName}`));
        addEventListener('keydown', (e) =>
          w.seen.push(`key:${e.altKey ? 'Alt+' : ''}${e.shiftKey ? 'Shift+' : ''}${e.key}`),
        );
      });
      await page.hoverText('second round of talks');
      await page.keyboard.press('Alt+Shift+N');
      await page.keyboard.press('Escape');
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      expect(seen).toContain('over:P');
      expect(seen).toContain('key:Alt+Shift+N');
      expect(seen).toContain('key:Escape');
      await page.click('#more');
      // ≥ 1: scrolling to the button can also bring the infinite-scroll sentinel into view.
      await page.waitFor(() => Number(document.body.dataset.stories) >= 1);
      const path = join(SCREENSHOTS, `selfcheck-${b.name}.png`);
      await page.screenshot(path);
      expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
      expect(existsSync(path)).toBe(true);
    });

    it('catches off-machine requests and errors from page, content script and background', async () => {
      b.driver.clearLogs();
      expect(b.driver.externalRequests()).toEqual([]);
      await b.driver.newPage(b.driver.server.url('/paraphrase.html?misbehave'));
      const hosts = () => b.driver.externalRequests().map((r) => `${r.origin} ${new URL(r.url).hostname}`);
      await expect.poll(hosts).toContain('page canary-content.invalid');
      // Firefox reports no events for its background page: only the proxy sees that request.
      await expect
        .poll(hosts)
        .toContain(`${b.name === 'chromium' ? 'extension' : 'unattributed'} canary-background.invalid`);
      const texts = async () => (await b.driver.consoleErrors()).map((e) => `${e.origin} ${e.text}`).join('\n');
      await expect.poll(texts).toMatch(/page .*canary: content console\.error/);
      await expect.poll(texts).toMatch(/page .*canary: content uncaught/);
      await expect.poll(texts).toMatch(/extension .*canary: background console\.error/);
      await expect.poll(texts).toMatch(/extension .*canary: background uncaught/);
    });
  },
  { extensionDir: buildCanary },
);
