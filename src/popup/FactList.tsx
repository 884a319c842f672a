/** The facts found on the page, figures first then events; each row reveals its first mention. */
import type { FactSummary, PageSummary } from '../messages.ts';
import { agreementText, orderFacts, plural } from './summary.ts';

export function FactList({ summary, onReveal }: { summary: PageSummary; onReveal: (index: number) => void }) {
  const facts = orderFacts(summary.facts);
  const figures = facts.filter((f) => f.kind === 'figure');
  const events = facts.filter((f) => f.kind === 'event');
  return (
    <div class="facts">
      {summary.outlet && <OutletLine outlet={summary.outlet} />}
      <p class="found">
        {plural(facts.length, 'fact')} · {plural(summary.mentions.length, 'mention')} on this page
        {summary.scanning ? ' · still reading…' : ''}
      </p>
      {figures.length > 0 && <Group title="Figures" facts={figures} onReveal={onReveal} />}
      {events.length > 0 && <Group title="Events" facts={events} onReveal={onReveal} />}
      {summary.mentions.length > 1 && <MentionList summary={summary} onReveal={onReveal} />}
    </div>
  );
}

function OutletLine({ outlet }: { outlet: NonNullable<PageSummary['outlet']> }) {
  return (
    <p class="outlet">
      This page: <strong>{outlet.name}</strong>
      {outlet.confidence === 'probable' ? ' (probably)' : ''} — one of the sources
    </p>
  );
}

function Group({ title, facts, onReveal }: { title: string; facts: FactSummary[]; onReveal: (i: number) => void }) {
  const id = `group-${title.toLowerCase()}`;
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
      title="Show it on the page"
      onClick={() => onReveal(fact.firstIndex)}
    >
      <span class="fact-title">{fact.title}</span>
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
        <span class="fact-count">{plural(fact.mentions, 'mention')}</span>
      </span>
    </button>
  );
}

/** Every mention in page order, folded away by default: each one scrolls the page to it. */
function MentionList({ summary, onReveal }: { summary: PageSummary; onReveal: (i: number) => void }) {
  const titles = new Map(summary.facts.map((f) => [f.id, f.title]));
  return (
    <details class="mentions">
      <summary>All {plural(summary.mentions.length, 'mention')} in page order</summary>
      <ol>
        {summary.mentions.map((m) => (
          <li key={m.index}>
            <button type="button" class="mention" data-index={m.index} onClick={() => onReveal(m.index)}>
              <span class="mention-quote">“{m.quote}”</span>
              <span class="sr-only">, </span>
              <span class="mention-fact">{titles.get(m.fact) ?? m.fact}</span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
