/**
 * Reading an adjustments file: YAML with positions, validated against the `Adjustments` schema. Apart from
 * `adjustments.ts` so the NLP worker, which only compiles adjustments, does not load the YAML parser.
 */
import type { z } from 'zod';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { Diagnostics } from '../diagnostics.ts';
import { sentimentAdjustmentsInvalid, sentimentAdjustmentsYaml } from '../messages/sentiment.ts';
import { Adjustments } from '../schema/adjustments.ts';

/**
 * Returns the validated adjustments in `text` (YAML), or `undefined` after reporting each problem as a positioned
 * diagnostic on `file`.
 */
export function parseAdjustments(text: string, file: string, diag: Diagnostics): Adjustments | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0]);
      diag.report(file, pos.line, pos.col, sentimentAdjustmentsYaml(e.code));
    }
    return undefined;
  }
  const result = Adjustments.safeParse(doc.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    const node = doc.getIn(issue.path as (string | number)[], true) ?? nearestNode(doc, issue.path as (string | number)[]);
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    const pos = lineCounter.linePos(offset);
    diag.report(file, pos.line, pos.col, sentimentAdjustmentsInvalid(path.join('.') || '(root)', expectation(issue)));
  }
  return undefined;
}

function nearestNode(doc: ReturnType<typeof parseDocument>, path: (string | number)[]): unknown {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (node !== undefined) return node;
  }
  return doc.contents;
}

function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `a value of type ${issue.expected}`;
  if (issue.code === 'unrecognized_keys') return `only known keys (remove ${issue.keys.map((k) => '`' + k + '`').join(', ')})`;
  if (issue.code === 'too_small' || issue.code === 'too_big') return issue.message.replace(/^Too (small|big): expected /i, '').replace(/^./, (c) => c.toLowerCase());
  return issue.message;
}
