/**
 * A report's reasons (core/reasons.ts) in the reader's language, with numbers formatted for it:
 * "rounded" / "四舍五入" / "округлено", "-2.8% from this page" / "与本页相差-2.8%" / "−2,8 % от этой
 * страницы". Currency names: the pack's own (English) in English, else the browser's name for the
 * code (Intl.DisplayNames); the outlets' own words (hedges, cited sources, labels) stay as written.
 */
import type { Reason } from '../../core/reasons.ts';
import { formatNumber, type MessageKey, t } from '../../ui/i18n.ts';
import { currencyName } from '../../ui/value-text.ts';

const STATES: Record<Extract<Reason, { kind: 'statesKind' }>['states'], MessageKey> = {
  money: 'reasonStatesMoney',
  percent: 'reasonStatesPercent',
  count: 'reasonStatesCount',
  volume: 'reasonStatesVolume',
};

/** Up to three significant decimals, as the English reasons give them. */
const decimals = (n: number) => (Math.abs(n) >= 10 ? 2 : 3);
const signed = (n: number, options: Intl.NumberFormatOptions) =>
  formatNumber(n, { signDisplay: 'exceptZero', ...options });

export function localReason(r: Reason): string {
  switch (r.kind) {
    case 'cites':
      return t('reasonCites', r.source);
    case 'labelled':
      return t('reasonLabelled', r.label);
    case 'derived':
      return t('reasonDerived');
    case 'inWords':
      return t('reasonInWords');
    case 'statesKind':
      return t(STATES[r.states]);
    case 'converted':
      return t('reasonConverted', [
        currencyName(r.currency, r.name),
        `¥${formatNumber(r.rate, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}/$`,
      ]);
    case 'noRate':
      return t('reasonNoRate');
    case 'onBasis':
      return t('reasonOnBasis', [
        signed(r.percent / 100, { style: 'percent', maximumFractionDigits: decimals(r.percent) }),
        currencyName(r.currency, r.name),
      ]);
    case 'differsBy':
      return t(
        'reasonDiffersBy',
        signed(r.percent / 100, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      );
    case 'differsByPoints':
      return t('reasonDiffersByPoints', signed(r.points, { maximumFractionDigits: decimals(r.points) }));
    case 'differs':
      return t('reasonDiffers');
    case 'hedged':
      return t('reasonHedged', r.words);
    case 'rounded':
      return t('reasonRounded');
    case 'sameFigure':
      return t('reasonSameFigure');
  }
}
