import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { tableClassOf } from '../../src/links/host-patterns.ts';
import { parseLinkRules } from '../../src/links/rules.ts';
import { linksRulesDuplicate, linksRulesEntry } from '../../src/messages/links.ts';
import { bundledRules } from './helpers.ts';

const parse = (text: string) => {
  const diag = new Diagnostics();
  return { rules: parseLinkRules(text, 'rules.yaml', diag), items: diag.items };
};

describe('parseLinkRules', () => {
  it('reads the bundled link-classes.yaml without a diagnostic', () => {
    expect(Object.keys(bundledRules().classes)).toContain('research');
  });

  it('reads classes and platforms', () => {
    const { rules, items } = parse('classes:\n  video:\n    - vimeo.com\nplatforms:\n  - blogspot.*\n');
    expect(items).toEqual([]);
    expect(rules).toEqual({ classes: { video: ['vimeo.com'] }, platforms: ['blogspot.*'] });
  });

  it('skips a bad pattern and reports it at its line', () => {
    const { rules, items } = parse('classes:\n  video:\n    - vimeo.com\n    - Not A Host\n');
    expect(rules.classes.video).toEqual(['vimeo.com']);
    expect(items).toEqual([
      { file: 'rules.yaml', line: 4, column: 7, ...linksRulesEntry('classes.video[1]', 'Not A Host', 'a lower-case host pattern such as `nih.gov` or `amazon.*`') },
    ]);
  });

  it('reports an unknown class and a class that the site decides', () => {
    const { items } = parse('classes:\n  podcasts:\n    - x.fm\n  own-blog:\n    - x.com\n');
    expect(items.map((d) => [d.rule_id, d.line])).toEqual([
      ['links:rules-entry', 2],
      ['links:rules-entry', 4],
    ]);
  });

  it('keeps the first class of a pattern listed twice and warns', () => {
    const { rules, items } = parse('classes:\n  video:\n    - ted.com\n  news:\n    - ted.com\n');
    expect(rules.classes.news).toEqual([]);
    expect(items).toEqual([{ file: 'rules.yaml', line: 5, column: 7, ...linksRulesDuplicate('ted.com', 'video', 'news') }]);
  });

  it('reports broken YAML instead of throwing', () => {
    const { rules, items } = parse('classes: [\n');
    expect(rules).toEqual({ classes: {}, platforms: [] });
    expect(items[0]?.rule_id).toBe('links:rules-syntax');
  });
});

describe('tableClassOf', () => {
  const rules = parse('classes:\n  research:\n    - edu\n    - scholar.google.*\n  blog-or-other:\n    - google.*\n    - blogs.x.edu\n').rules;

  it('matches a suffix pattern on label boundaries only', () => {
    expect(tableClassOf('web.mit.edu', rules)).toBe('research');
    expect(tableClassOf('notedu', rules)).toBe(null);
  });

  it('lets the longest pattern win', () => {
    expect(tableClassOf('blogs.x.edu', rules)).toBe('blog-or-other');
    expect(tableClassOf('scholar.google.de', rules)).toBe('research');
    expect(tableClassOf('www.google.de', rules)).toBe('blog-or-other');
  });
});
