/**
 * Values in the reader's language where the engine's display has words in it: a growth rate's
 * currency basis ("+29.3% (in dollars)" / "+29.3%（按美元计）" / "+29,3% (в валюте: доллар США)").
 * Currency names: the pack's own (English) in English, else the browser's name for the code.
 * Numbers keep the engine's notation ("$190.27 bn") in every language.
 */
import type { NormalizedValue } from '../core/types.ts';
import { t, tn, uiLocale } from './i18n.ts';

export function currencyName(code: string, name: string): string {
  if (uiLocale().startsWith('en')) return name;
  try {
    return new Intl.DisplayNames(uiLocale(), { type: 'currency' }).of(code) ?? name;
  } catch {
    return name; // not an ISO code the browser knows
  }
}

/** A value with the currency basis it was computed in, when it has one. */
export function valueOnBasis(value: string, basis?: { currency: string; name: string }): string {
  return basis ? t('valueOnBasis', [value, currencyName(basis.currency, basis.name)]) : value;
}

/** A normalised value as the reader's language shows it. */
export function shownValue(v: NormalizedValue): string {
  return v.basis ? valueOnBasis(v.basis.bare, v.basis) : v.display;
}

/**
 * "Most of 18 outlets agree: $190.27 bn", the line a fact's summary comes down to (card and popup),
 * from summaryLead's data; the value stays on one line.
 */
export function mostAgreeLine(lead: { outlets: number; value: string; basis?: { currency: string; name: string } }) {
  return t('mostOutletsAgree', [
    tn('outletCount', lead.outlets),
    valueOnBasis(lead.value.replace(/ /g, '\u00a0'), lead.basis),
  ]);
}
