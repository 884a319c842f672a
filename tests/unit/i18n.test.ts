/**
 * The extension's words: _locales/en, zh_CN and ru hold exactly the same messages with the same
 * placeholders, every key the code asks for exists, and src/ui/i18n.ts picks plural forms and
 * formats numbers and dates for the language the words are in.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatNumber,
  formatSize,
  setMessageSource,
  t,
  textLang,
  tn,
  tSlots,
  uiLocale,
} from '../../src/ui/i18n.ts';
import { LANGS, messageSource, readMessages } from './i18n-source.ts';

const root = new URL('../../', import.meta.url).pathname;
const locales = Object.fromEntries(LANGS.map((l) => [l, readMessages(l)]));
const en = locales.en;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const sources = sourceFiles(join(root, 'src')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');

/** Keys named in the first argument of t( / tn( / tSlots( calls, with the file that names them. */
function keysUsed(): { key: string; plural: boolean; where: string }[] {
  const used: { key: string; plural: boolean; where: string }[] = [];
  for (const { path, text } of sources) {
    for (const call of text.matchAll(/\b(t|tn|tSlots)\(\s*([^,)]*)/g)) {
      // Literals compared against (x === 'probable' ? …) are values, not keys.
      for (const lit of call[2].matchAll(/(?<![=!]==\s*)'([A-Za-z0-9_@]+)'/g))
        used.push({ key: lit[1], plural: call[1] === 'tn', where: path.slice(root.length) });
    }
  }
  for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) used.push({ key: m[1], plural: false, where: 'manifest.json' });
  return used;
}

const placeholdersOf = (lang: string, key: string) =>
  Object.fromEntries(
    Object.entries(locales[lang][key]?.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );

describe('messages', () => {
  it('en, zh_CN and ru have exactly the same keys', () => {
    const keys = Object.keys(en).sort();
    expect(keys.length).toBeGreaterThan(50);
    for (const lang of LANGS) expect(Object.keys(locales[lang]).sort(), lang).toEqual(keys);
  });

  it('and the same placeholders, each one used in the message and none undefined', () => {
    for (const key of Object.keys(en)) {
      const expected = placeholdersOf('en', key);
      for (const lang of LANGS) {
        const entry = locales[lang][key];
        expect(placeholdersOf(lang, key), `${lang} ${key}`).toEqual(expected);
        const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase());
        expect(new Set(named), `${lang} ${key}: placeholders in the message`).toEqual(new Set(Object.keys(expected)));
        // A bare $ (e.g. "$190") would be read as a substitution by the browsers.
        expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''), `${lang} ${key}: stray $`).not.toContain('$');
        expect(entry.message.trim(), `${lang} ${key}: empty`).not.toBe('');
      }
    }
  });

  it('names are ones the browsers accept, and plural families are complete', () => {
    for (const key of Object.keys(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      const family = key.match(/^(\w+)_(one|few|many|other)$/)?.[1];
      if (family)
        for (const form of ['one', 'few', 'many', 'other']) expect(en, key).toHaveProperty(`${family}_${form}`);
    }
    const lower = Object.keys(en).map((k) => k.toLowerCase());
    expect(new Set(lower).size, 'keys differ in more than case (browsers ignore case)').toBe(lower.length);
  });

  it('every key used in src and manifest.json exists in en', () => {
    const used = keysUsed();
    expect(used.length).toBeGreaterThan(40);
    const missing = used
      .filter(({ key, plural }) => (plural ? !(`${key}_one` in en && `${key}_other` in en) : !(key in en)))
      .map(({ key, where }) => `${key} (${where})`);
    expect(missing).toEqual([]);
  });

  it('every en key is used somewhere', () => {
    const everything = sources.map((s) => s.text).join('\n') + manifest;
    const unused = Object.keys(en).filter((key) => {
      const name = key.replace(/_(one|few|many|other)$/, '');
      return name !== 'uiLocaleTag' && !everything.includes(`'${name}'`) && !manifest.includes(`__MSG_${name}__`);
    });
    expect(unused).toEqual([]);
  });

  it('the store description fits the Chrome Web Store (132 characters) in every language', () => {
    for (const lang of LANGS) expect(locales[lang].extDescription.message.length, lang).toBeLessThanOrEqual(132);
  });
});

describe('src/ui/i18n.ts', () => {
  afterEach(() => setMessageSource(messageSource('en')));

  it('fills placeholders and formats numbers', () => {
    expect(t('turnedOffForHost', 'www.rbc.ru')).toBe('Turned off for www.rbc.ru');
    expect(t('fileTooLarge', ['big.json', '6 MB', '5 MB'])).toBe(
      'big.json: the file is 6 MB; packs can be at most 5 MB.',
    );
    expect(tn('mentionCount', 1)).toBe('1 mention');
    expect(tn('mentionCount', 1234)).toBe('1,234 mentions');
  });

  it('a missing key is a clear error in development', () => {
    expect(() => t('noSuchMessage' as never)).toThrow('i18n: no message "noSuchMessage" in _locales/en/messages.json');
  });

  it('picks Russian plural forms and Russian number formats', () => {
    setMessageSource(messageSource('ru', 'ru-RU'));
    expect(uiLocale()).toBe('ru-RU');
    expect([1, 2, 5, 21, 1.5].map((n) => tn('mentionCount', n))).toEqual([
      '1 упоминание',
      '2 упоминания',
      '5 упоминаний',
      '21 упоминание',
      '1,5 упоминания',
    ]);
    expect(tn('factCount', 12345)).toBe('12\u00a0345 фактов');
    expect(formatSize(5 * 1024 * 1024)).toBe('5 МБ');
    expect(formatDate('2026-03-20T12:00:00Z')).toBe('20 мар. 2026 г.');
  });

  it('speaks Chinese with Chinese dates', () => {
    setMessageSource(messageSource('zh_CN', 'zh-CN'));
    expect(uiLocale()).toBe('zh-CN');
    expect(tn('outletCount', 5)).toBe('5 家媒体');
    expect(t('reportedByOutlets', tn('outletCount', 5))).toBe('5 家媒体报道过');
    expect(formatDate('2026-03-20T12:00:00Z')).toBe('2026年3月20日');
  });

  it('formats for the language the words fell back to, not for a language it has no words in', () => {
    setMessageSource(messageSource('en', 'de-DE'));
    expect(uiLocale()).toBe('en');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    setMessageSource(messageSource('en', 'en-GB'));
    expect(uiLocale()).toBe('en-GB');
    expect(formatDate('2026-03-20T12:00:00Z')).toBe('20 Mar 2026');
  });

  it('splits a message around pieces that are not text', () => {
    const host = { host: 'www.rbc.ru' };
    expect(tSlots('onForHost', [host])).toEqual(['On for ', host]);
    setMessageSource(messageSource('zh_CN'));
    expect(tSlots('onForHost', [host])).toEqual(['在 ', host, ' 上已开启']);
  });

  it('gives words we did not write the page’s language when its script fits, else a guess from the script', () => {
    expect(textLang('China’s trade with Russia')).toBe('en');
    expect(textLang('中俄贸易额')).toBe('zh');
    expect(textLang('товарооборот')).toBe('ru');
    // The page's own tag where the words are in its script…
    expect(textLang('товарообіг України', 'uk')).toBe('uk');
    expect(textLang('中俄貿易額', 'zh-TW')).toBe('zh-TW');
    expect(textLang('le commerce sino-russe', 'fr-FR')).toBe('fr-FR');
    // …not where they are in another (an English quote on a Chinese page), nor for a tag that is none.
    expect(textLang('$190 billion', 'zh-CN')).toBe('en');
    expect(textLang('товарооборот', 'not a tag!')).toBe('ru');
  });
});
