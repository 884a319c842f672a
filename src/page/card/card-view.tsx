/** The card: the fact, this page's value, every outlet's report side by side, agreement or spread. */
import { useState } from 'preact/hooks';
import type { ComparedReport, Comparison, Mention } from '../../core/types.ts';
import { t, textLang, tn } from '../../ui/i18n.ts';
import { shownValue } from '../../ui/value-text.ts';
import {
  type CardSummary,
  cardSummary,
  foldReports,
  groupAgreement,
  groupWhy,
  localGroupValue,
} from './card-summary.ts';
import { AGREEMENT_ICON, countsLine, verdictLine } from './card-text.ts';
import { ReportRows } from './report-rows.tsx';
import { SaidList } from './said-list.tsx';
import { ShowAll } from './show-all.tsx';

export interface CardModel {
  comparison: Comparison;
  mention: Mention;
  /** Position of the mention among the page's mentions (1-based). */
  position?: { index: number; total: number };
  /** Related facts (resolved titles) to point at. */
  related?: { id: string; title: string; why: string }[];
  /** The page's date (for ordering outlets by nearness in time). */
  pageDate?: string;
}

export interface CardViewProps {
  model: CardModel;
  theme?: 'light' | 'dark';
  onClose: () => void;
}

export function CardView({ model, theme, onClose }: CardViewProps) {
  const { comparison: c, mention, position, related } = model;
  const { fact } = c;
  /** What the card marks in outlets' words: the fact's terms, the pack's "@class" terms written out. */
  const terms = { match: c.match ?? fact.match };
  const meta = [fact.period, fact.measure].filter(Boolean).join(' · ');
  const counts = countsLine(c);
  const summary = cardSummary(c);
  const written = mention.value?.text;
  /** The page's language, for its own words on the card. */
  const pageLang = document.documentElement.lang || undefined;
  // Another mention's card starts folded; the same mention's (its paragraph re-rendered) keeps "Show all".
  const listKey = `${fact.id}|${mention.start}|${mention.quote}`;
  return (
    <div
      class={`card verdict-${c.verdict}`}
      role="dialog"
      aria-modal="false"
      aria-label={t('cardLabel', fact.title)}
      aria-describedby="ss-verdict"
      data-theme={theme}
      data-fact={fact.id}
      tabIndex={-1}
    >
      <header class="head">
        <div class="brand">{t('extName')}</div>
        <button type="button" class="close" aria-label={t('close')} title={t('closeEsc')} onClick={onClose}>
          ×
        </button>
        <h2 class="title" lang={textLang(fact.title)}>
          {fact.title}
        </h2>
        {meta ? (
          <p class="meta" lang={textLang(meta)}>
            {meta}
          </p>
        ) : null}
      </header>

      <section class="this-page" aria-label={t('thisPage')}>
        <div class="label">{t('thisPage')}</div>
        <div class="page-row">
          <q
            class={written === mention.quote ? 'page-quote page-written' : 'page-quote'}
            lang={textLang(mention.quote, pageLang)}
          >
            {mention.quote}
          </q>
          {c.page ? (
            <span class="page-values">
              {/* The value as the page writes it, in its language and unit, then normalized for comparison. */}
              {written && !mention.quote.includes(written) ? (
                <span class="page-written" lang={textLang(written, pageLang)}>
                  {written}
                </span>
              ) : null}
              <span class="page-value" title={t('cardNormalizedValue')}>
                {shownValue(c.page)}
              </span>
            </span>
          ) : null}
        </div>
        {mention.unresolved ? <p class="page-undated">{t('cardPeriodUndated', mention.unresolved)}</p> : null}
      </section>

      <p class={`verdict verdict-${c.verdict}`} id="ss-verdict">
        <span class="verdict-text">{verdictLine(c)}</span>
        {counts ? <span class="counts">{counts}</span> : null}
      </p>

      {summary ? <SummaryGroups summary={summary} /> : null}

      {c.verdict === 'qualitative' ? (
        <SaidList key={listKey} comparison={c} pageDate={model.pageDate} fact={terms} />
      ) : (
        <ReportTable key={listKey} comparison={c} pageDate={model.pageDate} fact={terms} />
      )}

      {fact.note || related?.length ? (
        <section class="notes" aria-label={t('notes')}>
          {fact.note ? <p class="note">{fact.note}</p> : null}
          {related?.map((r) => (
            <p class="related" key={r.id}>
              <span class="related-title">{t('seeAlso', r.title)}</span> — {r.why}
            </p>
          ))}
        </section>
      ) : null}

      <footer class="foot">
        {position ? <span>{t('mentionOfTotal', [position.index, position.total])}</span> : null}
        <span class="keys">{t('cardKeys')}</span>
      </footer>
    </div>
  );
}

/** The answer first: each value the outlets give, how many give it, agreement and why. */
function SummaryGroups({ summary }: { summary: CardSummary }) {
  return (
    <section class="summary" aria-label={t('cardWhatOutletsReport')}>
      {summary.lead ? <p class="lead">{summary.lead}</p> : null}
      <ul class="groups">
        {summary.groups.map((g) => {
          const agreement = groupAgreement(g);
          const why = groupWhy(g);
          return (
            <li class={`group agreement-${agreement}`} key={`${g.basis ?? ''}|${g.center}`}>
              <span class="group-count">{tn('outletCount', g.outlets.length)}:</span>{' '}
              <span class="group-value">{localGroupValue(g)}</span>{' '}
              <span class={`group-mark agreement-${agreement}`}>
                <span aria-hidden="true">{AGREEMENT_ICON[agreement === 'mixed' ? 'agree' : agreement]}</span>
                <span class="vh">
                  {agreement === 'agree' || agreement === 'mixed'
                    ? t('cardGroupAgrees')
                    : agreement === 'differ'
                      ? t('cardGroupDiffers')
                      : t('cardGroupNotCompared')}
                </span>
              </span>
              {why.length ? <span class="group-why"> ({why.join('; ')})</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const rowKey = (item: ComparedReport) =>
  // One quote may state two values of a fact (a value and its change): the kind keeps keys apart.
  `${item.outlet.id}|${item.report.date}|${item.report.url ?? ''}|${item.report.quote ?? item.report.words}|${item.report.value?.kind}`;

/** The outlets' reports, the first few shown and the rest behind "Show all N" (a toggle that keeps focus). */
function ReportTable({
  comparison,
  pageDate,
  fact,
}: {
  comparison: Comparison;
  pageDate?: string;
  fact: Pick<Comparison['fact'], 'match'>;
}) {
  const [expanded, setExpanded] = useState(false);
  const { shown, rest } = foldReports(comparison, pageDate);
  const rows = expanded ? [...shown, ...rest] : shown;
  const total = shown.length + rest.length;
  return (
    <>
      <table class="reports" id="ss-reports">
        <caption class="vh">{t('whatOtherOutletsReported')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outlet')}</th>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">
              <span class="vh">{t('agreement')}</span>
            </th>
          </tr>
        </thead>
        {rows.map((item) => (
          <ReportRows key={rowKey(item)} item={item} fact={fact} />
        ))}
      </table>
      {rest.length ? (
        <ShowAll expanded={expanded} total={total} controls="ss-reports" onToggle={() => setExpanded(!expanded)} />
      ) : null}
    </>
  );
}
