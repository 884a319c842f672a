/** The facts found on the page, figures first then events; each row reveals its first mention. */
import type { FactSummary, PageSummary } from '../messages.ts';
import { t, textLang, tn, tSlots } from '../ui/i18n.ts';
import { mostAgreeLine } from '../ui/value-text.ts';
import { agreementText, orderFacts } from './summary.ts';

export function FactList({ summary, onReveal }: { summary: PageSummary; onReveal: (index: number) => void }) {
  const facts = orderFacts(summary.facts);
  const figures = facts.filter((f) => f.kind === 'figure');
  const events = facts.filter((f) => f.kind === 'event');
  return (
    <div class="facts">
      {summary.outlet && <OutletLine outlet={summary.outlet} />}
      <p class="found">
        {t('factsAndMentionsOnThisPage', [tn('factCount', facts.length), tn('mentionCount', summary.mentions.length)])}
        {summary.scanning ? ` · ${t('stillReading')}` : ''}
      </p>
      {figures.length > 0 && <Group id="group-figures" title={t('figures')} facts={figures} onReveal={onReveal} />}
      {events.length > 0 && <Group id="group-events" title={t('events')} facts={events} onReveal={onReveal} />}
      {summary.mentions.length > 1 && <MentionList summary={summary} onReveal={onReveal} />}
    </div>
  );
}

function OutletLine({ outlet }: { outlet: NonNullable<PageSummary['outlet']> }) {
  return (
    <p class="outlet">
      {tSlots(outlet.confidence === 'probable' ? 'thisPageProbablyOutlet' : 'thisPageOutlet', [
        <strong key="outlet">{outlet.name}</strong>,
      ])}
    </p>
  );
}

interface GroupProps {
  id: string;
  title: string;
  facts: FactSummary[];
  onReveal: (i: number) => void;
}

function Group({ id, title, facts, onReveal }: GroupProps) {
  return (
    <section class="group" aria-labelledby={id}>
      <h2 id={id}>
        {title}{' '}
        <span class="group-count">
          <span aria-hidden="true">· </span>
          {facts.length}
        </span>
      </h2>
      <ul>
        {facts.map((f) => (
          <li key={f.id}>
            <FactRow fact={f} onReveal={onReveal} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function FactRow({ fact, onReveal }: { fact: FactSummary; onReveal: (i: number) => void }) {
  const compared = fact.agree + fact.differ > 0;
  return (
    <button
      type="button"
      class="fact"
      data-fact={fact.id}
      title={t('showItOnThePage')}
      onClick={() => onReveal(fact.firstIndex)}
    >
      <span class="fact-title" lang={textLang(fact.title)}>
        {fact.title}
      </span>
      {fact.lead && (
        <span class="fact-lead">
          <span class="sr-only">, </span>
          {mostAgreeLine(fact.lead)}
        </span>
      )}
      <span class="fact-meta">
        <span class="sr-only">, </span>
        <span class={compared ? (fact.differ ? 'verdict has-differ' : 'verdict all-agree') : 'verdict'}>
          {agreementText(fact)}
        </span>
        {fact.range && (
          <>
            <span class="sr-only">, </span>
            <span class="fact-range">{fact.range}</span>
          </>
        )}
        <span class="sr-only">, </span>
        <span class="fact-count">{tn('mentionCount', fact.mentions)}</span>
      </span>
    </button>
  );
}

/** Every mention in page order, folded away by default: each one scrolls the page to it. */
function MentionList({ summary, onReveal }: { summary: PageSummary; onReveal: (i: number) => void }) {
  const titles = new Map(summary.facts.map((f) => [f.id, f.title]));
  return (
    <details class="mentions">
      <summary>{t('allMentionsInPageOrder', tn('mentionCount', summary.mentions.length))}</summary>
      <ol>
        {summary.mentions.map((m) => (
          <li key={m.index}>
            <button type="button" class="mention" data-index={m.index} onClick={() => onReveal(m.index)}>
              <span class="mention-quote">
                {tSlots('quoted', [
                  <span key="quote" lang={textLang(m.quote)}>
                    {m.quote}
                  </span>,
                ])}
              </span>
              <span class="sr-only">, </span>
              <span class="mention-fact" lang={textLang(titles.get(m.fact) ?? m.fact)}>
                {titles.get(m.fact) ?? m.fact}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
