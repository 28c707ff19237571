import { readFileSync } from 'node:fs';
import { Diagnostics } from '../../src/diagnostics.ts';
import { linkRulesUrl, parseLinkRules, type LinkRules } from '../../src/links/rules.ts';

/** Returns the bundled link rules, failing the test if the data file reports anything. */
export function bundledRules(): LinkRules {
  const diag = new Diagnostics();
  const rules = parseLinkRules(readFileSync(linkRulesUrl, 'utf8'), 'link-classes.yaml', diag);
  if (diag.items.length) throw new Error('link-classes.yaml: ' + JSON.stringify(diag.items));
  return rules;
}
