/** Small hand-made comparisons and mentions for the page tests (not the real dataset). */

import { type Reason, reasonText } from '../../../src/core/reasons.ts';
import type { ClaimPack, Fact, Outlet, Report } from '../../../src/core/schema.ts';
import type { ComparedReport, Comparison, Mention } from '../../../src/core/types.ts';
import { v2 } from '../pack-fixtures.ts';

export const OUTLETS: Record<string, Outlet> = {
  gt: { id: 'global-times', name: 'Global Times', confidence: 'known', site: 'globaltimes.cn' },
  scmp: { id: 'scmp', name: 'South China Morning Post', confidence: 'probable' },
  anon: { id: 'seed-000', name: 'Unknown outlet', confidence: 'unknown' },
};

export const FACT: Fact = {
  id: 'trade-2022-total',
  kind: 'figure',
  title: 'China–Russia trade in 2022',
  subject: 'China and Russia',
  period: '2022',
  measure: 'total trade in goods',
  note: 'Customs put it at 1.28 trillion yuan.',
  match: { measure: ['trade'] },
  reports: [],
};

function report(outlet: Outlet, date: string, quote: string, extra: Partial<Report> = {}): Report {
  return { outlet: outlet.id, date, quote, ...extra };
}

export function compared(
  outlet: Outlet,
  display: string | undefined,
  agreement: ComparedReport['agreement'],
  why: Reason[],
  extra: Partial<ComparedReport> = {},
): ComparedReport {
  return {
    report: report(outlet, '2023-03-19', `${outlet.name} said ${display ?? 'something'}.`, {
      url: 'https://example.org/a',
    }),
    outlet,
    value: display ? { kind: 'money', usd: 1, display } : undefined,
    agreement,
    why,
    reasons: why.map(reasonText),
    ...extra,
  };
}

export function differingComparison(): Comparison {
  return {
    fact: FACT,
    page: { kind: 'money', usd: 190e9, display: '¥1.31 trn · $190 bn' },
    reports: [
      compared(OUTLETS.anon, '¥1.28 trn · $185.4 bn', 'differ', [
        { kind: 'differsBy', percent: -2.4 },
        { kind: 'converted', currency: 'CNY', name: 'yuan', rate: 6.9 },
      ]),
      compared(OUTLETS.scmp, '¥1.3 trn · $190 bn', 'agree', [
        { kind: 'rounded' },
        { kind: 'cites', source: 'Chinese customs' },
      ]),
      compared(OUTLETS.gt, '¥1.31 trn · $190 bn', 'agree', [{ kind: 'sameFigure' }]),
    ],
    spread: { min: 185.4e9, max: 190e9, display: '$185 bn – $190 bn' },
    verdict: 'differ',
    agreeCount: 2,
    differCount: 1,
  };
}

export function agreeingComparison(): Comparison {
  return {
    ...differingComparison(),
    reports: [
      compared(OUTLETS.scmp, '¥1.3 trn · $190 bn', 'agree', [{ kind: 'rounded' }]),
      compared(OUTLETS.gt, '¥1.31 trn · $190 bn', 'agree', [{ kind: 'sameFigure' }]),
    ],
    verdict: 'agree',
    agreeCount: 2,
    differCount: 0,
  };
}

export function mention(extra: Partial<Mention> = {}): Mention {
  return {
    fact: FACT.id,
    pack: 'test-pack',
    start: 0,
    end: 12,
    quote: '$190 billion',
    sentence: 'Trade between China and Russia hit $190 billion in 2022.',
    ...extra,
  };
}

export const PACK: ClaimPack = v2({
  id: 'test-pack',
  name: 'Test pack',
  version: '1',
  outlets: Object.values(OUTLETS),
  facts: [FACT],
});
