/**
 * The pieces both report lists of the card share: an outlet's confidence mark, a report's reasons,
 * its words with the stating part marked, and its folded note and link.
 */

import { type Reason, reasonText } from '../../core/reasons.ts';
import type { Fact, Outlet } from '../../core/schema.ts';
import type { ComparedReport } from '../../core/types.ts';
import { t, textLang } from '../../ui/i18n.ts';
import { deepLink } from './card-summary.ts';
import { CONFIDENCE_LABEL, CONFIDENCE_MARK, emphasis } from './card-text.ts';
import { localReason } from './reason-text.ts';

/** How sure the dataset is of the outlet: a mark, its label for screen readers and as a tooltip. */
export function Confidence({ level }: { level: Outlet['confidence'] }) {
  return (
    <span class={`confidence confidence-${level}`} title={CONFIDENCE_LABEL[level]}>
      <span aria-hidden="true">{CONFIDENCE_MARK[level]}</span>
      <span class="vh">{` (${CONFIDENCE_LABEL[level]})`}</span>
    </span>
  );
}

/** Why a report differs, a chip each in the reader's language; nothing when there is no reason. */
export function Reasons({ reasons }: { reasons: readonly Reason[] }) {
  if (!reasons.length) return null;
  return (
    <ul class="reasons" aria-label={t('why')}>
      {reasons.map((r) => (
        <li key={reasonText(r)}>{localReason(r)}</li>
      ))}
    </ul>
  );
}

/** The words, the stating part in a <mark>. */
export function Words({ words, fact, cite }: { words: string; fact: Pick<Fact, 'match'>; cite?: string }) {
  const { before, em, after } = emphasis(words, fact);
  return (
    <blockquote class="said-words" cite={cite} lang={textLang(words)}>
      {before}
      {em ? <mark class="said-em">{em}</mark> : null}
      {after}
    </blockquote>
  );
}

/** The report's note and link, folded: the words themselves are always shown. */
export function ReportNote({ item }: { item: ComparedReport }) {
  // The outlet's page, opened at its words (a text fragment).
  const url = deepLink(item.report);
  if (!item.report.note && !url) return null;
  return (
    <details class="quote">
      <summary>{t('note')}</summary>
      {item.report.note ? <p class="note">{item.report.note}</p> : null}
      {url ? (
        <a class="source-link" href={url} target="_blank" rel="noopener noreferrer">
          {t('openTheArticle')}
        </a>
      ) : null}
    </details>
  );
}
