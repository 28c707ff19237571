import { readFileSync } from 'node:fs';
import { Diagnostics } from '../../src/diagnostics.ts';
import { compileAdjustments, type CompiledAdjustments } from '../../src/sentiment/adjustments.ts';
import { parseAdjustments } from '../../src/sentiment/adjustments-file.ts';

/** Returns the shipped adjustments (src/sentiment/adjustments.yaml), compiled. */
export function shippedAdjustments(): CompiledAdjustments {
  const diag = new Diagnostics();
  const text = readFileSync(new URL('../../src/sentiment/adjustments.yaml', import.meta.url), 'utf8');
  const parsed = parseAdjustments(text, 'adjustments.yaml', diag);
  if (!parsed) throw new Error(`shipped adjustments invalid: ${JSON.stringify(diag.items)}`);
  return compileAdjustments(parsed);
}
