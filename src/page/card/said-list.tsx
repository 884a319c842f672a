/**
 * Event cards (and reports without a figure): what each outlet said, in its own words, with the
 * part that states the fact emphasised, and when. With many reports the first few are shown and
 * the rest come with "Show all N" (as in figure cards).
 */

import { useState } from 'preact/hooks';
import type { Fact } from '../../core/schema.ts';
import type { ComparedReport, Comparison } from '../../core/types.ts';
import { t } from '../../ui/i18n.ts';
import { deepLink, foldReports } from './card-summary.ts';
import { CONFIDENCE_LABEL, CONFIDENCE_MARK, emphasis, formatReportDate, reportWords, safeUrl } from './card-text.ts';
import { ShowAll } from './show-all.tsx';

/** Reasons worth a chip in a list of words ("in words, no figure" is what the list itself shows). */
const saidReasons = (item: ComparedReport) => item.reasons.filter((r) => r !== 'in words, no figure');

/** The words, the stating part in a <mark>. */
export function Words({ words, fact, cite }: { words: string; fact: Pick<Fact, 'match'>; cite?: string }) {
  const { before, em, after } = emphasis(words, fact);
  return (
    <blockquote class="said-words" cite={cite}>
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

function SaidItem({ item, fact }: { item: ComparedReport; fact: Pick<Fact, 'match'> }) {
  const { report, outlet } = item;
  const reasons = saidReasons(item);
  return (
    <li class="said-item">
      <div class="said-head">
        <span class="outlet-name">{outlet.name}</span>{' '}
        <span class={`confidence confidence-${outlet.confidence}`} title={CONFIDENCE_LABEL[outlet.confidence]}>
          <span aria-hidden="true">{CONFIDENCE_MARK[outlet.confidence]}</span>
          <span class="vh">{` (${CONFIDENCE_LABEL[outlet.confidence]})`}</span>
        </span>
        {item.self ? <span class="this-page-tag">{t('thisPageTag')}</span> : null}
        <span class="date" title={report.dateNote}>
          {formatReportDate(report.date)}
        </span>
      </div>
      <Words words={reportWords(report)} fact={fact} cite={safeUrl(report.url)} />
      {reasons.length ? (
        <ul class="reasons" aria-label={t('why')}>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      <ReportNote item={item} />
    </li>
  );
}

const keyOf = (item: ComparedReport) => `${item.outlet.id}|${item.report.date}|${reportWords(item.report)}`;

export function SaidList({
  comparison,
  pageDate,
  fact,
}: {
  comparison: Comparison;
  pageDate?: string;
  fact: Pick<Fact, 'match'>;
}) {
  const [expanded, setExpanded] = useState(false);
  // The reader's order (this page's own, the seed articles, then the nearest in date); the first few shown.
  const { shown, rest } = foldReports(comparison, pageDate);
  const items = expanded ? [...shown, ...rest] : shown;
  return (
    <section class="said" aria-label={t('whatOtherOutletsSaid')}>
      <ol class="said-list" id="ss-said">
        {items.map((item) => (
          <SaidItem key={keyOf(item)} item={item} fact={fact} />
        ))}
      </ol>
      {rest.length ? (
        <ShowAll
          expanded={expanded}
          total={shown.length + rest.length}
          controls="ss-said"
          onToggle={() => setExpanded(!expanded)}
        />
      ) : null}
    </section>
  );
}
