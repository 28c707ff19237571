import type { TopLevelSpec } from 'vega-lite';
import { chartBase } from './base.ts';
import { scaleFor, severityScale } from './scales.ts';

/** Diagnostics of one rule and severity. */
export type RuleCountRow = { rule_id: string; severity: string; diagnostics: number; files: number };

/** Returns the spec of diagnostics per rule, coloured by severity. */
export function problemsByRuleSpec(rows: RuleCountRow[]): TopLevelSpec {
  return {
    ...chartBase('Problems by rule', 'Diagnostics raised while reading the input, per rule, coloured by severity.', 520, { step: 16 }),
    data: { values: rows },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'rule_id', type: 'nominal', title: null, sort: { field: 'diagnostics', op: 'sum', order: 'descending' } },
      x: { field: 'diagnostics', type: 'quantitative', title: 'Diagnostics', stack: 'zero' },
      color: { field: 'severity', type: 'nominal', title: 'Severity', scale: scaleFor(severityScale, rows.map((r) => r.severity)) },
      tooltip: [
        { field: 'rule_id', type: 'nominal', title: 'Rule' },
        { field: 'severity', type: 'nominal', title: 'Severity' },
        { field: 'diagnostics', type: 'quantitative', title: 'Diagnostics' },
        { field: 'files', type: 'quantitative', title: 'Files' },
      ],
    },
  };
}
