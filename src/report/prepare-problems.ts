import type { RuleCountRow } from '../charts/problems-by-rule.ts';
import { compareText, countBy, num, str } from './cells.ts';
import type { ReportContext } from './context.ts';

/** One diagnostic as shown in the report. */
export type ProblemRow = { file: string; line: number; column: number; severity: string; rule_id: string; message: string };

/** Returns the diagnostics in stable order: rule, file, line, column, message. */
export function problems(ctx: ReportContext): ProblemRow[] {
  return ctx
    .rows('diagnostics')
    .map((d) => ({ file: str(d.file), line: num(d.line) ?? 0, column: num(d.column) ?? 0, severity: str(d.severity) || 'info', rule_id: str(d.rule_id) || 'unknown:rule', message: str(d.message) }))
    .sort((a, b) => compareText(a.rule_id, b.rule_id) || compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.message, b.message));
}

/** Returns diagnostic counts per rule and severity, most frequent rules first. */
export function ruleCounts(rows: readonly ProblemRow[]): RuleCountRow[] {
  const files = new Map<string, Set<string>>();
  for (const r of rows) files.set(`${r.rule_id}|${r.severity}`, (files.get(`${r.rule_id}|${r.severity}`) ?? new Set()).add(r.file));
  return countBy(rows, (r) => `${r.rule_id}|${r.severity}`).map(([key, diagnostics]) => {
    const [rule_id = '', severity = ''] = key.split('|');
    return { rule_id, severity, diagnostics, files: files.get(key)?.size ?? 0 };
  });
}

/** Returns how many diagnostics each severity has (error, warning, info; zeros included). */
export function severityCounts(rows: readonly ProblemRow[]): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of rows) if (r.severity === 'error' || r.severity === 'warning' || r.severity === 'info') counts[r.severity] += 1;
  return counts;
}

/** One row of the optional `changes` table: what is new since the last run. */
export type ChangeRow = { kind: string; post_id: string; comment_id: string; author: string; detail: string };

/** Returns the rows of the `changes` table in their given order (empty when absent). */
export function changes(ctx: ReportContext): ChangeRow[] {
  return ctx.rows('changes').map((c) => ({ kind: str(c.kind), post_id: str(c.post_id), comment_id: str(c.comment_id), author: str(c.author), detail: str(c.detail) }));
}
