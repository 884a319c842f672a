/**
 * A MessageSource over _locales/<lang>/messages.json that behaves like the browsers' i18n:
 * named placeholders resolve to their content ($1…$9), then $1…$9 take the substitutions,
 * "$$" is a dollar sign, and an unknown key is ''. Unknown keys do not fall back, so tests see them.
 */
import en from '../../_locales/en/messages.json';
import ru from '../../_locales/ru/messages.json';
import zhCN from '../../_locales/zh_CN/messages.json';
import type { MessageSource } from '../../src/ui/i18n.ts';

export type Lang = 'en' | 'zh_CN' | 'ru';
export const LANGS: Lang[] = ['en', 'zh_CN', 'ru'];

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const FILES: Record<Lang, Record<string, MessageEntry>> = { en, zh_CN: zhCN, ru };

export function readMessages(lang: Lang): Record<string, MessageEntry> {
  return FILES[lang];
}

export function messageSource(lang: Lang, uiLanguage = lang.replace('_', '-')): MessageSource {
  const messages = readMessages(lang);
  const byLowerKey = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    getUILanguage: () => uiLanguage,
    getMessage(key, substitutions) {
      const entry = byLowerKey.get(key.toLowerCase());
      if (!entry) return '';
      const subs = substitutions === undefined ? [] : [substitutions].flat();
      const placeholders = new Map(
        Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
      );
      return entry.message
        .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole)
        .replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
    },
  };
}
