/** The card: the fact, this page's value, every outlet's report side by side, agreement or spread. */
import type { Comparison, Mention } from '../../core/types.ts';
import { countsLine, verdictLine } from './card-text.ts';
import { ReportRows } from './report-rows.tsx';
import { SaidList } from './said-list.tsx';

export interface CardModel {
  comparison: Comparison;
  mention: Mention;
  /** Position of the mention among the page's mentions (1-based). */
  position?: { index: number; total: number };
  /** Related facts (resolved titles) to point at. */
  related?: { id: string; title: string; why: string }[];
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
  return (
    <div
      class={`card verdict-${c.verdict}`}
      role="dialog"
      aria-modal="false"
      aria-label={`Second Source: ${fact.title}`}
      aria-describedby="ss-verdict"
      data-theme={theme}
      data-fact={fact.id}
      tabIndex={-1}
    >
      <header class="head">
        <div class="brand">Second Source</div>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
        <h2 class="title">{fact.title}</h2>
        {meta ? <p class="meta">{meta}</p> : null}
      </header>

      <section class="this-page" aria-label="This page">
        <div class="label">This page</div>
        <div class="page-row">
          <q class="page-quote">{mention.quote}</q>
          {c.page ? <span class="page-value">{c.page.display}</span> : null}
        </div>
      </section>

      <p class={`verdict verdict-${c.verdict}`} id="ss-verdict">
        <span class="verdict-text">{verdictLine(c)}</span>
        {counts ? <span class="counts">{counts}</span> : null}
      </p>

      {c.verdict === 'qualitative' ? (
        <SaidList reports={c.reports} fact={terms} />
      ) : (
        <table class="reports">
          <caption class="vh">What other outlets reported</caption>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
              <th scope="col">
                <span class="vh">Agreement</span>
              </th>
            </tr>
          </thead>
          {c.reports.map((item) => (
            <ReportRows
              // One quote may state two values of a fact (a value and its change): the kind keeps keys apart.
              key={`${item.outlet.id}|${item.report.date}|${item.report.quote ?? item.report.words}|${item.report.value?.kind}`}
              item={item}
              fact={terms}
            />
          ))}
        </table>
      )}

      {fact.note || related?.length ? (
        <section class="notes" aria-label="Notes">
          {fact.note ? <p class="note">{fact.note}</p> : null}
          {related?.map((r) => (
            <p class="related" key={r.id}>
              <span class="related-title">See also: {r.title}</span> — {r.why}
            </p>
          ))}
        </section>
      ) : null}

      <footer class="foot">
        {position ? (
          <span>
            Mention {position.index} of {position.total}
          </span>
        ) : null}
        <span class="keys">Alt+Shift+N next · Esc close</span>
      </footer>
    </div>
  );
}
