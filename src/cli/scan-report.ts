/** The readable `scan` report: for each mention, the fact, the page's words, and every outlet's value. */
import pc from 'picocolors';
import { groupValue, summarizeReports } from '../core/report-summary.ts';
import type { ClaimPack, Fact } from '../core/schema.ts';
import type { Comparison, Mention } from '../core/types.ts';
import type { UnresolvedPeriod } from './unresolved-periods.ts';

interface Row {
  m: Mention;
  entry?: { fact: Fact; pack: ClaimPack };
  comparison?: Comparison;
}

const MARK = { agree: pc.green('✓ agrees'), differ: pc.yellow('≠ differs'), unknown: pc.dim('· no value') };
/** Beside a group of values: does all of it agree with the page's value? */
const GROUP_MARK: Record<string, string> = { true: pc.green(' ✓'), false: pc.yellow(' ≠') };
const CONFIDENCE = { known: '', probable: pc.dim(' (probable)'), unknown: pc.dim(' (outlet unknown)') };

export function renderFileReport(path: string, text: string, rows: Row[], unresolved: UnresolvedPeriod[] = []): string {
  const lines: string[] = [];
  const facts = new Set(rows.map((r) => r.m.fact)).size;
  lines.push(
    '',
    pc.bold(path),
    pc.dim(`  ${rows.length} mention${rows.length === 1 ? '' : 's'} of ${facts} fact${facts === 1 ? '' : 's'}`),
  );
  if (unresolved.length) lines.push(...unresolvedLines(text, unresolved));
  if (rows.length === 0) lines.push(pc.dim('  No China–Russia trade figures or events found.'));
  for (const { m, entry, comparison } of rows) {
    lines.push('', `  ${pc.cyan('●')} ${pc.bold(entry?.fact.title ?? m.fact)} ${pc.dim(`[${m.fact}]`)}`);
    lines.push(`    ${inContext(text, m)}`);
    if (comparison?.page) lines.push(`    ${pc.dim('This page:')} ${comparison.page.display}`);
    if (comparison) {
      const summary =
        comparison.verdict === 'qualitative'
          ? 'reported in words, no figures'
          : `${comparison.agreeCount} agree, ${comparison.differCount} differ${comparison.spread ? ` · range ${comparison.spread.display}` : ''}`;
      lines.push(`    ${pc.dim('Other outlets:')} ${summary}`);
      if (comparison.verdict !== 'qualitative') {
        const groups = summarizeReports(comparison).groups;
        const said = groups.map(
          (g) => `${g.outlets.length} × ${groupValue(g)}${GROUP_MARK[`${g.agreesWithPage}`] ?? ''}`,
        );
        if (groups.length) lines.push(`    ${pc.dim('Values:')} ${said.join(pc.dim(' · '))}`);
      }
      for (const r of comparison.reports) {
        const who = `${r.outlet.name}${CONFIDENCE[r.outlet.confidence]}${r.self ? pc.magenta(' (this page)') : ''}`;
        const where = pc.dim(
          `${r.report.seed ? ` · seed ${r.report.seed.slice(0, 3)}` : ''} · ${r.report.date ?? 'undated'}`,
        );
        if (comparison.verdict === 'qualitative') {
          lines.push(
            `      ${pc.cyan('▸')} ${who}${where}${r.reasons.length > 1 ? pc.dim(` — ${r.reasons.slice(1).join('; ')}`) : ''}`,
          );
        } else {
          lines.push(`      ${MARK[r.agreement]}  ${who}${where}`);
          if (r.value)
            lines.push(`          ${r.value.display}${r.reasons.length ? pc.dim(`  — ${r.reasons.join('; ')}`) : ''}`);
          else if (r.reasons.length) lines.push(pc.dim(`          ${r.reasons.join('; ')}`));
          if (r.agreement === 'differ' && r.report.note)
            lines.push(pc.yellow(`          why: ${clip(r.report.note, 110)}`));
        }
        lines.push(pc.dim(`          “${clip(r.report.quote ?? r.report.words ?? '', 110)}”`));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The periods no page date could place, each in its words and context; a long list is cut short. */
function unresolvedLines(text: string, unresolved: UnresolvedPeriod[]): string[] {
  const SHOWN = 10;
  const n = unresolved.length;
  const lines = [
    pc.yellow(
      `  ! No page date in the text, so ${n} relative period${n === 1 ? '' : 's'} could not be resolved (give --date YYYY-MM-DD):`,
    ),
  ];
  for (const p of unresolved.slice(0, SHOWN))
    lines.push(`    ${pc.yellow(`“${p.text.replace(/\s+/g, ' ')}”`)} ${pc.dim('in')} ${inContext(text, p, 40)}`);
  if (n > SHOWN) lines.push(pc.dim(`    … and ${n - SHOWN} more`));
  return lines;
}

function inContext(text: string, span: { start: number; end: number }, width = 60): string {
  const before = text.slice(Math.max(0, span.start - width), span.start).replace(/\s+/g, ' ');
  const after = text.slice(span.end, span.end + width).replace(/\s+/g, ' ');
  const words = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return `${pc.dim(`…${before}`)}${pc.underline(pc.bold(words))}${pc.dim(`${after}…`)}`;
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
