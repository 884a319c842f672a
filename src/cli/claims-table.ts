/** The readable `claims` listing: each fact, then per report the outlet, its value in both currencies, quote and note. */
import pc from 'picocolors';
import { cnyPerUsd } from '../core/compiled-fact.ts';
import { normalizeValue } from '../core/normalize.ts';
import type { ClaimPack, Fact, Outlet } from '../core/schema.ts';

const WIDTH = Math.max(60, Math.min(process.stdout.columns || 100, 120));
const CONFIDENCE: Record<Outlet['confidence'], string> = { known: '', probable: ' (probable)', unknown: '' };

export function renderClaimsTable(packs: ClaimPack[]): string {
  const out: string[] = [];
  for (const pack of packs) {
    const rate = cnyPerUsd([pack]);
    const reports = pack.facts.reduce((n, f) => n + f.reports.length, 0);
    out.push(
      '',
      `${pc.bold(pack.name)}${pc.dim(` · ${pack.id} ${pack.version} · ${pack.facts.length} facts · ${reports} reports`)}`,
    );
    if (rate)
      out.push(
        ...wrap(`Money in yuan and dollars at ¥${rate.toFixed(4)}/$: ${pack.rates?.[0]?.source ?? ''}`, 0).map(pc.dim),
      );
    for (const kind of ['figure', 'event'] as const) {
      const facts = pack.facts.filter((f) => f.kind === kind);
      if (facts.length === 0) continue;
      out.push('', pc.bold(pc.underline(kind === 'figure' ? `Figures (${facts.length})` : `Events (${facts.length})`)));
      for (const fact of facts) out.push(...renderFact(fact, pack, rate));
    }
  }
  return `${out.join('\n')}\n`;
}

function renderFact(fact: Fact, pack: ClaimPack, rate: number | undefined): string[] {
  const lines = ['', `${pc.cyan(fact.id)}  ${pc.bold(fact.title)}${fact.period ? pc.dim(` · ${fact.period}`) : ''}`];
  for (const r of fact.reports) {
    const outlet = pack.outlets.find((o) => o.id === r.outlet);
    const name = outlet ? `${outlet.name}${CONFIDENCE[outlet.confidence]}` : r.outlet;
    const value = r.value ? pc.green(normalizeValue(r.value, rate).display) : pc.dim('in words');
    const seed = r.seed ? `seed ${r.seed.slice(0, 3)} · ` : '';
    lines.push(
      `  ${value}  ${pc.dim('—')} ${name} ${pc.dim(`(${seed}${r.date ?? 'undated'}${r.citedSource ? ` · cites ${r.citedSource}` : ''})`)}`,
    );
    lines.push(...wrap(`“${r.quote ?? r.words}”`, 4).map(pc.italic));
    if (r.note) lines.push(...wrap(`note: ${r.note}`, 4).map(pc.dim));
  }
  return lines;
}

function wrap(text: string, indent: number): string[] {
  const words = text.replace(/\s+/g, ' ').split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > WIDTH - indent) {
      lines.push(' '.repeat(indent) + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(' '.repeat(indent) + line);
  return lines;
}
