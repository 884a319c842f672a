// @vitest-environment happy-dom
import { render } from 'preact';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import bundledJson from '../../../assets/claims/xi-moscow-2023.json';
import { compareMention } from '../../../src/core/compare.ts';
import { type Fact, PackSchema } from '../../../src/core/schema.ts';
import type { Comparison, Mention } from '../../../src/core/types.ts';
import { emphasis, reportWords, verdictLine } from '../../../src/page/card/card-text.ts';
import { CardView } from '../../../src/page/card/card-view.tsx';

const pack = v.parse(PackSchema, bundledJson); // happy-dom: no file URL for the shared bundledPack()
const fact = (id: string): Fact => {
  const f = pack.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};

const PAGE: Mention = {
  fact: 'visit-dates',
  pack: pack.id,
  start: 0,
  end: 60,
  quote: 'Xi Jinping arrived in Moscow on Monday for a three-day state visit',
  sentence: 'Xi Jinping arrived in Moscow on Monday for a three-day state visit.',
};

function show(comparison: Comparison) {
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(<CardView model={{ comparison, mention: PAGE }} onClose={() => {}} />, root);
  return root;
}

const texts = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent?.trim());

describe('event card', () => {
  afterEach(() => {
    render(null, document.body);
    document.body.innerHTML = '';
  });

  it('shows what each outlet said, with its date, the stating part marked', async () => {
    const visit = fact('visit-dates');
    const c = compareMention(PAGE, visit, pack);
    expect(c.verdict).toBe('qualitative');
    const root = show(c);
    expect(root.querySelector('table.reports')).toBeNull(); // no "in words · –" rows
    // The first five, then every report behind "Show all 22".
    expect(root.querySelectorAll('.said-item')).toHaveLength(5);
    root.querySelector<HTMLButtonElement>('button.show-all')?.click();
    await new Promise((r) => setTimeout(r, 0));
    const items = root.querySelectorAll('.said-item');
    expect(items).toHaveLength(visit.reports.length);
    // The seed articles' quotes, then other pages' few words (no quote).
    expect(visit.reports.filter((r) => r.quote)).toHaveLength(5);
    expect(texts(root, '.said-item .said-words')).toEqual(visit.reports.map((r) => r.quote ?? r.words));
    const dates = texts(root, '.said-item .date');
    expect(dates.slice(0, 5)).toEqual(['22 Mar 2023', '20 Mar 2023', '17 Mar 2023', '17 Mar 2023', '19 Mar 2023']);
    // A page with no date says so, and why, on hover.
    const undated = [...root.querySelectorAll('.said-item .date')].filter((e) => e.textContent === 'undated');
    expect(undated).toHaveLength(visit.reports.filter((r) => !r.date).length);
    expect(undated.length).toBeGreaterThan(0);
    for (const e of undated) expect(e.getAttribute('title')).toMatch(/^undated: /);
    const marks = texts(root, '.said-em');
    // The fact's terms name the pack's classes ("@visit") and its context (who, where): marked as written.
    expect(visit.match.all?.[0]).toContain('@visit');
    expect(marks[0]).toBe('Xi’s ongoing visit to Russia');
    expect(marks[1]).toBe('Xi Jinping meets Russian President Vladimir Putin at the Kremlin on March 20');
    // short: the whole statement (every page's ≤ 12 words are short)
    expect(marks.slice(2)).toEqual(visit.reports.slice(2).map((r) => r.quote ?? r.words));
    expect(root.textContent).not.toContain('in words, no figure');
    expect(texts(root, '.said-item .reasons li')).toContain('cites AFP');
    // 22 reports from 20 outlets: two outlets reported the visit on two pages each.
    expect(visit.reports).toHaveLength(22);
    expect(verdictLine(c)).toBe('20 outlets reported this, in their own words');
  });

  it('shows the first five, the rest behind "Show all N" (a real button), and never folds just one', async () => {
    const visit = fact('visit-dates');
    const many = show(compareMention(PAGE, visit, pack));
    const button = many.querySelector('button.show-all') as HTMLButtonElement;
    expect(button.type).toBe('button');
    // 22 reports, two outlets' twice each: reports, not outlets, are counted.
    expect(button.textContent).toBe('Show all 22');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe('ss-said');
    expect(many.querySelector('#ss-said')?.querySelectorAll('.said-item')).toHaveLength(5);
    button.focus();
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(many.querySelectorAll('#ss-said .said-item')).toHaveLength(22);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('Show the first 5 only');
    expect(document.activeElement).toBe(button);
    render(null, document.body);
    document.body.innerHTML = '';
    const seven = show(compareMention(PAGE, { ...visit, reports: visit.reports.slice(0, 7) }, pack));
    expect(seven.querySelector('button.show-all')?.textContent).toBe('Show all 7');
    expect(seven.querySelectorAll('.said-item')).toHaveLength(5);
    render(null, document.body);
    document.body.innerHTML = '';
    const six = show(compareMention(PAGE, { ...visit, reports: visit.reports.slice(0, 6) }, pack));
    expect(six.querySelector('button.show-all')).toBeNull();
    expect(six.querySelectorAll('.said-item')).toHaveLength(6);
  });

  it('shows the words unfolded in a figure card’s report without a figure', async () => {
    const rank = fact('largest-trading-partner');
    const c = compareMention({}, rank, pack);
    const root = show({ ...c, verdict: 'differ' });
    // The first five are shown; "Show all" brings the rest (seeds first, then the rest by date).
    expect(texts(root, 'tbody.report .said-words')).toHaveLength(5);
    (root.querySelector('button.show-all') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(new Set(texts(root, 'tbody.report .said-words'))).toEqual(
      new Set(rank.reports.map((r) => r.quote ?? r.words)),
    );
  });
});

describe('emphasis', () => {
  const spec = { match: { all: [['Xi', 'Chinese leader'], ['Moscow', 'Russia*'], ['state visit']] } };

  it('marks the shortest stretch holding a term of every group the words hold', () => {
    const words = 'On a grey morning, officials said the Chinese leader would make a state visit to Moscow, his first.';
    expect(emphasis(words, spec).em).toBe('Chinese leader would make a state visit to Moscow');
    const e = emphasis(words, spec);
    expect(e.before + e.em + e.after).toBe(words);
  });

  it('marks short words whole, and nothing in long words without a term', () => {
    expect(emphasis('Xi went to Moscow.', spec).em).toBe('Xi went to Moscow.');
    const long =
      'Officials said nothing at all about anything in particular during a long and very dull press briefing.';
    expect(emphasis(long, spec)).toEqual({ before: long, em: '', after: '' });
  });

  it('honours word boundaries and trailing wildcards', () => {
    const words =
      'Exports of maxi dresses rose, a spokesman said in a long statement, as Russian buyers came back in force.';
    expect(emphasis(words, spec).em).toBe('Russian');
  });

  it('takes a report’s words where it has no quote', () => {
    expect(reportWords({ outlet: 'x', date: '2023', quote: '', words: 'in its own words' })).toBe('in its own words');
    expect(reportWords({ outlet: 'x', date: '2023', quote: 'quoted' })).toBe('quoted');
  });
});
