/**
 * The extension's own words in the browser's language: with the browser's UI in Chinese
 * (simplified) or Russian, the popup, the options page, the toolbar button's title and the
 * manifest read in that language (from _locales/zh_CN and _locales/ru). Dataset titles stay as
 * written. Chromium is started with --lang and LANGUAGE/LANG, Firefox with intl.locale.requested;
 * both need their own translations installed (Debian: chromium-l10n, firefox-esr-l10n-zh-cn/-ru).
 */
import { expect, it } from 'vitest';
import bundled from '../../assets/claims/xi-moscow-2023.json';
import { type BrowserDriver, forEachBrowser, type PageHandle } from './harness/index.ts';

declare const browser: import('webextension-polyfill').Browser;

interface Expected {
  locale: string;
  htmlLang: string;
  description: string;
  figures: string;
  events: string;
  found: RegExp;
  mentions: RegExp;
  siteOn: string;
  switchLabel: string;
  nothingHere: string;
  buttonTitle: RegExp;
  optionsHeadings: string[];
  optionsTitle: string;
  card: { thisPage: string; caption: string; columns: string[]; date: RegExp; keys: string };
}

const LOCALES: Expected[] = [
  {
    locale: 'zh-CN',
    htmlLang: 'zh-CN',
    description: '在你正在读的页面上，看看其他媒体对中俄贸易数字和事件是怎么报道的。',
    figures: '数字',
    events: '事件',
    found: /^本页 \d+ 个事实 · \d+ 处提及$/,
    mentions: /^\d+ 处提及$/,
    siteOn: '在 127.0.0.1 上已开启',
    switchLabel: '在 127.0.0.1 上使用 Second Source',
    nothingHere: '本页没有关于中俄贸易的数字或事件。',
    buttonTitle: /^Second Source：本页 \d+ 处提及$/,
    optionsHeadings: ['网站', '标记样式', '事实包'],
    optionsTitle: 'Second Source — 设置',
    card: {
      thisPage: '本页',
      caption: '其他媒体怎么说',
      columns: ['媒体', '日期', '数值', '是否一致'],
      date: /^(\d{4}年\d{1,2}月\d{1,2}日|日期不详)$/,
      keys: 'Alt+Shift+N 下一个 · Esc 关闭',
    },
  },
  {
    locale: 'ru',
    htmlLang: 'ru',
    description: 'Что писали другие издания о цифрах и событиях торговли России и Китая',
    figures: 'Цифры',
    events: 'События',
    found: /^\d+ факт(а|ов)? · \d+ упоминани[еяй] на странице$/,
    mentions: /^\d+ упоминани[еяй]$/,
    siteOn: 'Включено на 127.0.0.1',
    switchLabel: 'Second Source на 127.0.0.1',
    nothingHere: 'На этой странице нет цифр и событий о торговле России и Китая.',
    buttonTitle: /^Second Source: \d+ упоминани[еяй] на странице$/,
    optionsHeadings: ['Сайты', 'Стиль выделения', 'Наборы фактов'],
    optionsTitle: 'Second Source — настройки',
    card: {
      thisPage: 'Эта страница',
      caption: 'Что писали другие издания',
      columns: ['Издание', 'Дата', 'Значение', 'Совпадение'],
      date: /^(\d{1,2} [а-я]+\.? \d{4} г\.|без даты)$/,
      keys: 'Alt+Shift+N — дальше · Esc — закрыть',
    },
  },
];

const titles = new Set(bundled.facts.map((f) => f.title));
const outletNames = new Set(bundled.outlets.map((o) => o.name));

async function scanned(driver: BrowserDriver, path: string) {
  const page = await driver.newPage(driver.server.url(path));
  const tabId = await driver.tabIdFor(page);
  await expect
    .poll(
      async () => {
        const s = (await driver.extensionEval(
          async (id) => (await browser.storage.session.get(`summary:${id}`))[`summary:${id}`],
          tabId,
        )) as { scanning?: boolean } | undefined;
        return s !== undefined && !s.scanning;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return { page, tabId };
}

/** The text a reader sees (innerText: rendered, visible text only). */
const visibleText = (page: PageHandle, selector: string) =>
  page.evaluate(
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    (s) => [...document.querySelectorAll<HTMLElement>(s)].map((e) => e.innerText.trim()),
    selector,
  );

for (const want of LOCALES) {
  forEachBrowser(
    `extension words in ${want.locale}`,
    (b) => {
      it("the browser's UI language picks the extension's translation, manifest included", async () => {
        const ui = await b.driver.extensionEval(() => browser.i18n.getUILanguage());
        expect(ui.toLowerCase().split(/[-_]/)[0]).toBe(want.locale.split('-')[0]);
        const manifest = await b.driver.extensionEval(() => browser.runtime.getManifest());
        expect(manifest.name).toBe('Second Source');
        expect(manifest.description).toContain(want.description);
      });

      it('the popup of a page with mentions reads in that language; fact titles stay as written', async () => {
        const { tabId } = await scanned(b.driver, '/paraphrase.html');
        const popup = await b.driver.openPopup(tabId);
        await popup.waitFor(() => document.querySelectorAll('button.fact').length > 0);
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(want.htmlLang);
        const headings = await visibleText(popup, '.group h2');
        // (The popup's CSS shows group headings in capitals.)
        expect(headings.map((h) => h.replace(/\s*·\s*\d+$/, '').toLowerCase())).toEqual(
          [want.figures, want.events].map((h) => h.toLowerCase()),
        );
        const [found] = await visibleText(popup, '.found');
        expect(found).toMatch(want.found);
        for (const count of await visibleText(popup, '.fact-count')) expect(count).toMatch(want.mentions);
        for (const title of await visibleText(popup, '.fact-title')) expect(titles.has(title), title).toBe(true);
        expect((await visibleText(popup, '.site-label'))[0]).toBe(want.siteOn);
        expect(await popup.evaluate(() => document.querySelector('[role="switch"]')?.getAttribute('aria-label'))).toBe(
          want.switchLabel,
        );
        // No English left in the popup's own words.
        const body = (await visibleText(popup, 'body'))[0];
        expect(body).not.toMatch(/\b(mentions?|facts?|Figures|Events|on this page|in (?:dollars|yuan))\b/);

        // The toolbar button's title says the same.
        await expect
          .poll(() => b.driver.extensionEval((id) => browser.action.getTitle({ tabId: id }), tabId))
          .toMatch(want.buttonTitle);
        await popup.close();
      });

      it('the popup of a page without mentions says so in that language', async () => {
        const { tabId } = await scanned(b.driver, '/no-mentions.html');
        const popup = await b.driver.openPopup(tabId);
        await popup.waitFor(() => document.querySelector('.state h2'));
        expect(await visibleText(popup, '.state h2')).toEqual([want.nothingHere]);
        await popup.close();
      });

      it('the options page reads in that language', async () => {
        const options = await b.driver.openOptions();
        await options.waitFor(() => document.querySelectorAll('section.card h2').length === 3);
        expect(await visibleText(options, 'section.card h2')).toEqual(want.optionsHeadings);
        expect(await options.evaluate(() => document.title)).toBe(want.optionsTitle);
        expect(await options.evaluate(() => document.documentElement.lang)).toBe(want.htmlLang);
        await options.close();
      });

      it("the card on a page reads in that language; the fact's title and outlets as written", async () => {
        const { page } = await scanned(b.driver, '/paraphrase.html');
        await expect.poll(() => page.highlightCount(), { timeout: 10_000 }).toBeGreaterThan(0);
        await page.hoverText('$190 billion');
        await expect.poll(() => page.shadowText('[role="dialog"]'), { timeout: 5000 }).not.toBeNull();
        const card = await page.evaluate(() => {
          const root = document.getElementById('second-source-host')?.shadowRoot;
          const all = (sel: string) => [...(root?.querySelectorAll<HTMLElement>(sel) ?? [])];
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
          const seen = (el: HTMLElement | undefined) => el?.innerText.trim() ?? null;
          return {
            title: seen(all('.title')[0]),
            thisPage: seen(all('.this-page .label')[0]),
            caption: all('caption')[0]?.textContent ?? null,
            columns: all('thead th').map((th) => th.textContent?.trim()),
            verdict: seen(all('.verdict-text')[0]),
            dates: all('td.date').map((td) => td.textContent?.trim()),
            outlets: all('.outlet-name').map((o) => o.textContent?.trim()),
            keys: seen(all('.keys')[0]),
            // Why each outlet's value agrees or differs (chips), and the summary's lines.
            reasons: [...all('.reasons li'), ...all('.group-why')].map((el) => el.textContent?.trim() ?? ''),
          };
        });
        expect(card.title).toBe('China–Russia trade in 2022');
        expect(card.thisPage?.toLowerCase()).toBe(want.card.thisPage.toLowerCase());
        expect(card.caption).toBe(want.card.caption);
        expect(card.columns).toEqual(want.card.columns);
        expect(card.verdict).toBeTruthy();
        expect(card.verdict).not.toMatch(/\b(outlets?|agree|range|reported)\b/i);
        expect(card.dates.length).toBeGreaterThan(2);
        for (const d of card.dates) expect(d).toMatch(want.card.date);
        expect(card.outlets.length).toBeGreaterThan(2);
        for (const o of card.outlets) expect(outletNames.has(o ?? ''), o).toBe(true);
        expect(card.keys).toBe(want.card.keys);
        // The reasons in that language too; only the outlets' own words ("nearing") stay as written.
        expect(card.reasons.length).toBeGreaterThan(2);
        for (const r of card.reasons)
          expect(r).not.toMatch(/\b(rounded|hedged|from this page|same figure|converted|cites|pts|differs?)\b/);
        await page.close();
      });

      it('logged no errors and made no request off the machine', async () => {
        expect(b.driver.externalRequests()).toEqual([]);
        expect(await b.driver.consoleErrors()).toEqual([]);
      });
    },
    { locale: want.locale },
  );
}
