/**
 * Event cards (and reports without a figure): what each outlet said, in its own words, with the
 * part that states the fact emphasised, and when. With many reports the first few are shown and
 * the rest come with "Show all N" (as in figure cards).
 */

import { useState } from 'preact/hooks';
import type { Fact } from '../../core/schema.ts';
import type { ComparedReport, Comparison } from '../../core/types.ts';
import { t } from '../../ui/i18n.ts';
import { foldReports } from './card-summary.ts';
import { formatReportDate, reportWords, safeUrl } from './card-text.ts';
import { Confidence, Reasons, ReportNote, Words } from './report-parts.tsx';
import { ShowAll } from './show-all.tsx';

/** Reasons worth a chip in a list of words ("in words, no figure" is what the list itself shows). */
const saidReasons = (item: ComparedReport) => item.why.filter((r) => r.kind !== 'inWords');

function SaidItem({ item, fact }: { item: ComparedReport; fact: Pick<Fact, 'match'> }) {
  const { report, outlet } = item;
  const reasons = saidReasons(item);
  return (
    <li class="said-item">
      <div class="said-head">
        <span class="outlet-name">{outlet.name}</span> <Confidence level={outlet.confidence} />
        {item.self ? <span class="this-page-tag">{t('thisPageTag')}</span> : null}
        <span class="date" title={report.dateNote}>
          {formatReportDate(report.date)}
        </span>
      </div>
      <Words words={reportWords(report)} fact={fact} cite={safeUrl(report.url)} />
      <Reasons reasons={reasons} />
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
