/**
 * The extension's own words in the reader's language: _locales/<lang>/messages.json (en, zh_CN, ru;
 * en is the manifest's default_locale and the fallback) read through the browser's i18n API, and
 * numbers, sizes and dates formatted with Intl for the language those messages are in.
 *
 * Works in every extension context (popup, options, background, content scripts): getMessage and
 * getUILanguage are synchronous and the same in Chrome (`chrome.i18n`) and Firefox (`browser.i18n`).
 * Tests install a source with setMessageSource (tests/unit/i18n-source.ts).
 */
import type messagesEn from '../../_locales/en/messages.json';

/** Every message name in _locales/en/messages.json. */
export type MessageKey = keyof typeof messagesEn;
/** Families of plural messages: `${key}_one`, `_few`, `_many`, `_other`, each with a $COUNT$. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_one` ? Base : never }[MessageKey];

export interface MessageSource {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

let override: MessageSource | undefined;
let cachedLocale: string | undefined;

/** Replaces the browser's i18n (unit tests, or a page with no extension API). */
export function setMessageSource(source: MessageSource | undefined): void {
  override = source;
  cachedLocale = undefined;
  pluralRules = undefined;
}

function source(): MessageSource {
  if (override) return override;
  const g = globalThis as { browser?: { i18n?: MessageSource }; chrome?: { i18n?: MessageSource } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  if (!api) throw new Error('i18n: no browser.i18n here; outside the extension call setMessageSource() first');
  return api;
}

const isDev = (() => {
  try {
    return import.meta.env?.DEV === true;
  } catch {
    return false;
  }
})();

type Substitution = string | number;

/**
 * The message `key` in the reader's language, with $1…$9 (the messages' named placeholders)
 * filled from `substitutions`. Numbers are formatted for that language.
 */
export function t(key: MessageKey, substitutions?: Substitution | Substitution[]): string {
  const subs = substitutions === undefined ? undefined : [substitutions].flat().map(asText);
  const text = source().getMessage(key, subs);
  if (text) return text;
  const problem = `i18n: no message "${key}" in _locales/en/messages.json (or it is empty)`;
  if (isDev) throw new Error(problem);
  console.error(problem);
  return key;
}

function asText(s: Substitution): string {
  return typeof s === 'number' ? formatNumber(s) : s;
}

let pluralRules: Intl.PluralRules | undefined;

/** A count with its noun in the right plural form: tn('mentionCount', 3) → "3 mentions", "3 处提及", "3 упоминания". */
export function tn(key: PluralKey, count: number): string {
  pluralRules ??= new Intl.PluralRules(uiLocale());
  const form = pluralRules.select(count) as 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
  // en and zh have no few/many; nothing in these languages selects zero or two, but be safe.
  const category = form === 'zero' || form === 'two' ? 'other' : form;
  return t(`${key}_${category}` as MessageKey, formatNumber(count));
}

/**
 * A message split around pieces that are not plain text (e.g. a <strong> host name):
 * tSlots('onForHost', [<strong>{host}</strong>]) → ['On for ', <strong>…</strong>].
 */
export function tSlots<T>(key: MessageKey, slots: T[]): (string | T)[] {
  const marks = slots.map((_, i) => `\uE000${i}\uE001`);
  return t(key, marks)
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) => (i % 2 === 1 ? slots[Number(part)] : part))
    .filter((part) => part !== '');
}

/**
 * The language the extension's words are shown in, as a BCP 47 tag for Intl: the browser's UI
 * language when the messages are in that language (en-GB stays en-GB), otherwise the language of
 * the messages the browser fell back to (a de browser reads English words with English numbers).
 */
export function uiLocale(): string {
  if (cachedLocale) return cachedLocale;
  const api = source();
  const messages = api.getMessage('uiLocaleTag') || 'en';
  const ui = api.getUILanguage?.() || messages;
  const lang = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  let locale = lang(ui) === lang(messages) && lang(messages) !== 'zh' ? ui : messages;
  try {
    locale = Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    locale = 'en';
  }
  cachedLocale = locale;
  return locale;
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLocale(), options).format(n);
}

/** A calendar date, e.g. "Mar 20, 2026", "2026年3月20日", "20 мар. 2026 г.". */
export function formatDate(
  date: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
) {
  return new Intl.DateTimeFormat(uiLocale(), options).format(new Date(date));
}

/** A file size: "512 bytes", "12 kB", "5 MB" (binary multiples, as the import limit is). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  if (bytes < 1024 * 1024)
    return formatNumber(Math.round(bytes / 1024), { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' });
  return formatNumber(bytes / 1024 / 1024, {
    style: 'unit',
    unit: 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  });
}

/** Sets <html lang> (fonts and screen readers follow it) and the document title, in extension pages. */
export function localizeDocument(title: MessageKey = 'extName'): void {
  document.documentElement.lang = uiLocale();
  document.title = t(title);
}

/**
 * The lang attribute for words we did not write (dataset titles, outlets' words, quotes from the
 * page). Without it they would take the reader's language, and a Chinese UI draws the apostrophe in
 * "China's" full-width (and a screen reader reads English titles with a Chinese voice). The page's
 * own language when given and written in the words' script (an "uk" page's Cyrillic quote stays
 * "uk"); else a guess from the script among the three languages the engine reads: Han → zh,
 * Cyrillic → ru, else en.
 */
export function textLang(text: string, pageLang?: string): string {
  const script = /[\u3400-\u9fff]/.test(text) ? 'Hani' : /[\u0400-\u04ff]/.test(text) ? 'Cyrl' : 'Latn';
  if (pageLang) {
    try {
      const pageScript = new Intl.Locale(pageLang).maximize().script;
      if (pageScript === script || (script === 'Hani' && (pageScript === 'Hans' || pageScript === 'Hant')))
        return pageLang;
    } catch {
      // not a language tag: guess from the script
    }
  }
  return script === 'Hani' ? 'zh' : script === 'Cyrl' ? 'ru' : 'en';
}
