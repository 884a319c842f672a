/**
 * Builds the claim pack `npm run extract` writes: the engine's mentions in one article, each as a report
 * (outlet, url, date, value, a few verbatim words) on a copy of the bundled fact it states. Pure: no I/O.
 */
import { dateFromUrl, inferHeadDate } from '../core/page-date.ts';
import type { ClaimPack, Fact, Outlet, Value } from '../core/schema.ts';
import type { Mention } from '../core/types.ts';
import { compileVocabulary } from '../core/vocabulary.ts';
import { keyTermGroups, wordsOf } from './extract-words.ts';

export interface ExtractOptions {
  url: string;
  /** The outlet's name as the person running the command knows it; the host stands in when absent. */
  outlet?: string;
  /** The page's date (YYYY-MM-DD), given by hand. */
  date?: string;
  /** The day of the extraction (YYYY-MM-DD): the pack's version when no --date is given. */
  today: string;
}

/** A report as extract writes it: `words` (≤ 12, verbatim) and `url` instead of a `quote`; `date` may be absent. */
export interface ExtractedReport {
  outlet: string;
  url: string;
  date?: string;
  dateNote?: string;
  words: string;
  value?: Value;
}

export type ExtractedFact = Omit<Fact, 'reports' | 'related' | 'note'> & { reports: ExtractedReport[] };

export interface ExtractedPack extends Omit<ClaimPack, 'facts' | 'outlets'> {
  /** The bundled pack whose facts these reports add to (see the extract section of the README). */
  extends: string;
  outlets: Outlet[];
  facts: ExtractedFact[];
}

export interface PageDate {
  date?: string;
  dateNote: string;
}

/** Lowercase slug of any text ("news.example/2023/03/21/visit" → "news-example-2023-03-21-visit"). */
export function slugify(text: string, maxLength = 90): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > maxLength / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** The address's hostname without "www.". */
export function bareHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

/** A fresh pack id from the address: "extract-" + host + path (+ query), e.g. "extract-news-example-2023-03-21-visit". */
export function packIdFor(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: use the address as written.
  }
  path = path.replace(/\.(?:s?html?|php|aspx?|jsp)$/i, '');
  return slugify(`extract ${bareHost(url)} ${path} ${url.search}`, 100);
}

/**
 * The report date: --date; else a full date in the address (/2023/03/21/); else a date written near the
 * top of the text (dateline, byline); else a year and month in the address; else none, with a note saying so.
 */
export function resolvePageDate(text: string, url: string, given?: string): PageDate {
  if (given) return { date: given, dateNote: 'Given with --date when the report was extracted.' };
  const fromUrl = dateFromUrl(url);
  const path = new URL(url).pathname;
  if (fromUrl && /^\d{4}-\d{2}-\d{2}$/.test(fromUrl))
    return { date: fromUrl, dateNote: `Read from the page's address (${path}).` };
  const head = inferHeadDate(text);
  if (head) return { date: head, dateNote: 'Read from a date near the top of the page (dateline or byline).' };
  if (fromUrl) return { date: fromUrl, dateNote: `Only the month is known, read from the page's address (${path}).` };
  return {
    dateNote: 'undated: no --date was given, no date is written near the top of the page and its address holds none.',
  };
}

/** The value as a report states it: kind, amount or bounds, currency, hedge (no offsets, no precision). */
export function reportValue(q: NonNullable<Mention['value']>): Value {
  const value: Value = { kind: q.kind };
  if (q.amount !== undefined) value.amount = q.amount;
  if (q.min !== undefined) value.min = q.min;
  if (q.max !== undefined) value.max = q.max;
  if (q.currency) value.currency = q.currency;
  if (q.hedge?.trim()) value.hedge = q.hedge.trim();
  if (q.record) value.record = true;
  return value;
}

/** The outlet of the page: --outlet (known) or, when absent, its domain (unknown). */
export function outletFor(url: URL, name?: string): Outlet {
  const host = bareHost(url);
  const site = /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host) ? host : undefined;
  const byName = name ? slugify(name, 60) : '';
  return {
    id: byName || slugify(host, 60) || 'unknown-outlet',
    name: name ?? host,
    confidence: name ? 'known' : 'unknown',
    ...(site ? { site } : {}),
    ...(name ? {} : { note: 'Named by its domain: no --outlet was given when the report was extracted.' }),
  };
}

/**
 * The pack for one article: one report per mention (a repeat of the same words and value counted once), on a copy of the bundled fact (id, kind, title,
 * subject, period, measure, match) that holds only the new reports; the bundled pack's vocabulary and rates.
 */
export function buildExtractPack(
  source: ClaimPack,
  mentions: readonly Mention[],
  text: string,
  options: ExtractOptions,
): ExtractedPack {
  const url = new URL(options.url);
  const outlet = outletFor(url, options.outlet);
  const { date, dateNote } = resolvePageDate(text, options.url, options.date);
  const { expand } = compileVocabulary(source);
  const facts = new Map<string, ExtractedFact>();
  const keyTerms = new Map<string, RegExp[]>();
  for (const m of mentions) {
    const fact = source.facts.find((f) => f.id === m.fact);
    if (!fact) continue;
    let entry = facts.get(fact.id);
    if (!entry) {
      entry = {
        id: fact.id,
        kind: fact.kind,
        title: fact.title,
        subject: fact.subject,
        ...(fact.period ? { period: fact.period } : {}),
        ...(fact.measure ? { measure: fact.measure } : {}),
        match: structuredClone(fact.match),
        reports: [],
      };
      facts.set(fact.id, entry);
      keyTerms.set(fact.id, keyTermGroups(fact, expand));
    }
    const report: ExtractedReport = {
      outlet: outlet.id,
      url: options.url,
      ...(date ? { date } : {}),
      dateNote,
      words: wordsOf(text, m, keyTerms.get(fact.id)),
      ...(m.value ? { value: reportValue(m.value) } : {}),
    };
    // A page that repeats itself (a summary above the story, a pull quote) states the fact once.
    const same = (r: ExtractedReport) =>
      r.words === report.words && JSON.stringify(r.value) === JSON.stringify(report.value);
    if (!entry.reports.some(same)) entry.reports.push(report);
  }
  const host = bareHost(url) || url.host;
  return {
    schema: 2,
    id: packIdFor(url),
    name: `Extracted from ${host}`,
    version: options.date ?? options.today,
    description: `Reports found by \`npm run extract\` in ${options.url}, for a person to review: check each value and its words against the page before sharing the pack.`,
    extends: source.id,
    vocabulary: structuredClone(source.vocabulary),
    ...(source.rates ? { rates: structuredClone(source.rates) } : {}),
    outlets: [outlet],
    facts: [...facts.values()],
  };
}
