import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { aliasVariantTwice, aliasVariantsNotList, aliasesNotMapping } from '../../src/messages/replies.ts';
import { buildAuthorResolver, parseAliases } from '../../src/replies/aliases.ts';

describe('parseAliases', () => {
  it('reads YAML, dropping a variant that only re-spells its own key', () => {
    const diag = new Diagnostics();
    expect(parseAliases('MAS: [Michael, mas]\nGWhitney:\n  - gwhitney@ecdinsight.com\n', 'a.yml', diag)).toEqual({
      MAS: ['Michael'],
      GWhitney: ['gwhitney@ecdinsight.com'],
    });
    expect(diag.items).toEqual([]);
  });

  it('reads JSON', () => {
    expect(parseAliases('{"MAS": ["Michael"]}', 'a.json', new Diagnostics())).toEqual({ MAS: ['Michael'] });
  });

  it('reports a syntax error with its position and applies nothing', () => {
    const diag = new Diagnostics();
    expect(parseAliases('MAS: [Michael\nJim: [x]\n', 'a.yml', diag)).toEqual({});
    expect(diag.items[0]).toMatchObject({ file: 'a.yml', rule_id: 'replies:aliases-syntax', severity: 'error' });
    expect(diag.items[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it('reports a top level that is not a mapping', () => {
    const diag = new Diagnostics();
    expect(parseAliases('- MAS\n- Michael\n', 'a.yml', diag)).toEqual({});
    expect(diag.items).toEqual([{ file: 'a.yml', line: 1, column: 1, ...aliasesNotMapping('list') }]);
  });

  it('skips an entry whose value is not a list, at that value’s line', () => {
    const diag = new Diagnostics();
    expect(parseAliases('MAS: [Michael]\nJim: {a: 1}\n', 'a.yml', diag)).toEqual({ MAS: ['Michael'] });
    expect(diag.items).toEqual([{ file: 'a.yml', line: 2, column: 6, ...aliasVariantsNotList('Jim') }]);
  });

  it('keeps a variant listed twice under its first name and warns', () => {
    const diag = new Diagnostics();
    expect(parseAliases('MAS: [Michael]\nMike: [michael, Mikey]\n', 'a.yml', diag)).toEqual({ MAS: ['Michael'], Mike: ['Mikey'] });
    expect(diag.items).toEqual([{ file: 'a.yml', line: 2, column: 8, ...aliasVariantTwice('michael', 'MAS', 'Mike') }]);
  });
});

describe('buildAuthorResolver', () => {
  it('merges case variants into the most frequent spelling', () => {
    const resolve = buildAuthorResolver(['MAS', 'mas', 'MAS', 'Mas']);
    expect(['mas', 'Mas', 'MAS'].map(resolve)).toEqual(['MAS', 'MAS', 'MAS']);
  });

  it('breaks a frequency tie alphabetically', () => {
    expect(buildAuthorResolver(['chuck', 'Chuck'])('CHUCK')).toBe('Chuck');
  });

  it('prefers the alias file’s key over frequency', () => {
    const resolve = buildAuthorResolver(['Michael', 'Michael', 'MAS'], { MAS: ['Michael'] });
    expect(resolve('michael')).toBe('MAS');
  });

  it('leaves an unknown name as written, trimmed', () => {
    expect(buildAuthorResolver([])(' Zed ')).toBe('Zed');
  });
});
