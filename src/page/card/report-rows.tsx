/** One report in the card's table: outlet, date, normalised value, agreement; reasons and quote below. */
import type { Fact } from '../../core/schema.ts';
import type { ComparedReport } from '../../core/types.ts';
import { t, textLang } from '../../ui/i18n.ts';
import { shownValue } from '../../ui/value-text.ts';
import { deepLink } from './card-summary.ts';
import { AGREEMENT_ICON, AGREEMENT_LABEL, formatReportDate, reportWords, safeUrl, valueParts } from './card-text.ts';
import { Confidence, Reasons, ReportNote, Words } from './report-parts.tsx';

export interface ReportRowsProps {
  item: ComparedReport;
  fact: Pick<Fact, 'match'>;
}

export function ReportRows({ item, fact }: ReportRowsProps) {
  const isThisPage = !!item.self;
  const { report, outlet, value, agreement, why } = item;
  const url = safeUrl(report.url);
  /** Opens the outlet's page at its words: the reader's click, never a request of ours. */
  const link = deepLink(report);
  return (
    <tbody class={`report agreement-${agreement}`}>
      <tr class="report-main">
        <th scope="row" class="outlet">
          <span class="outlet-name">{outlet.name}</span> <Confidence level={outlet.confidence} />
          {isThisPage ? <span class="this-page-tag">{t('thisPageTag')}</span> : null}
        </th>
        <td class="date" title={report.dateNote}>
          {report.date ? formatReportDate(report.date) : t('undated')}
        </td>
        <td class="value">
          {value ? (
            valueParts(shownValue(value)).map((part, i) => (
              <span key={part}>
                {i > 0 ? <span class="sep"> · </span> : null}
                <span class="value-part">{part}</span>
              </span>
            ))
          ) : (
            <span class="muted">{t('inWords')}</span>
          )}
        </td>
        <td class={`agreement agreement-${agreement}`} title={AGREEMENT_LABEL[agreement]}>
          <span aria-hidden="true">{AGREEMENT_ICON[agreement]}</span>
          <span class="vh">{AGREEMENT_LABEL[agreement]}</span>
        </td>
      </tr>
      <tr class="report-detail">
        <td colSpan={4} class="detail">
          <Reasons reasons={why} />
          {value && link ? <DeepLink href={link} /> : null}
          {value ? (
            <details class="quote">
              <summary>{t('quote')}</summary>
              <blockquote cite={url} lang={textLang(reportWords(report))}>
                {reportWords(report)}
              </blockquote>
              {report.note ? <p class="note">{report.note}</p> : null}
            </details>
          ) : (
            // No figure: the words are what this outlet reported, so they are shown, not folded.
            <>
              <Words words={reportWords(report)} fact={fact} cite={url} />
              <ReportNote item={item} />
            </>
          )}
        </td>
      </tr>
    </tbody>
  );
}

/** A report's page, opened at its words in a new tab. */
export function DeepLink({ href }: { href: string }) {
  return (
    <a class="deep-link" href={href} target="_blank" rel="noopener noreferrer">
      {t('cardOpenAtTheWords')}
      <span class="vh"> {t('cardOpensInNewTab')}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
