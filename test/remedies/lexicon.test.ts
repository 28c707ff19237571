import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { createNlp } from '../../src/nlp/wink.ts';
import { createRemedyMatcher } from '../../src/remedies/matcher.ts';
import { lexiconDuplicateId, lexiconInvalidEntry, lexiconParentCycle, lexiconUnknownParent } from '../../src/messages/remedies.ts';
import { ancestorsOf, builtinLexiconUrl, mergeLexicons, parseLexicon, remedyRows } from '../../src/remedies/lexicon.ts';
import { DISCOVERY_BEFORE, OUTCOME_CUES } from '../../src/remedies/cues.ts';
import { WINK_GROUP } from '../../src/remedies/wink-groups.ts';
import { builtin, builtinMatcher } from './helpers.ts';

const REQUIRED = `sarno-mindbody psychotherapy cbt meditation mindfulness breathing journaling stress-reduction exercise
strength-training stretching mobility-work yoga pilates walking running swimming cycling indoor-rowing sprints kettlebells
foam-rolling physical-therapy mckenzie-method massage chiropractic acupuncture osteopathy brace ice heat tens inversion-table
orthotics minimalist-shoes standing-desk supplements magnesium msm glucosamine fish-oil turmeric vitamin-d creatine collagen
probiotics melatonin cbd epsom-salt diet paleo-diet keto-diet low-carb-diet intermittent-fasting bone-broth organ-meats kefir
coconut-oil weight-loss sleep sauna cold-exposure medication painkillers nsaids ibuprofen naproxen acetaminophen opioids
muscle-relaxants gabapentin injections corticosteroid-injection epidural surgery spinal-fusion discectomy arthroscopy`.split(/\s+/);

describe('built-in lexicon', () => {
  it('parses without diagnostics and has at least 200 entries', () => {
    const diag = new Diagnostics();
    expect(builtin.length).toBeGreaterThanOrEqual(200);
    expect(diag.items).toEqual([]);
  });

  it('defines every required id', () => {
    const have = new Set(builtin.map((e) => e.id));
    expect(REQUIRED.filter((id) => !have.has(id))).toEqual([]);
  });

  it('places ibuprofen under nsaids, painkillers and medication', () => {
    expect(ancestorsOf(builtin, 'ibuprofen')).toEqual(['nsaids', 'painkillers', 'medication']);
  });

  it('places spinal-fusion under surgery and paleo-diet under diet', () => {
    expect(ancestorsOf(builtin, 'spinal-fusion')).toContain('surgery');
    expect(ancestorsOf(builtin, 'paleo-diet')).toContain('diet');
  });

  it('places push-ups and pull-ups under calisthenics, under strength-training', () => {
    expect(ancestorsOf(builtin, 'push-ups').slice(0, 2)).toEqual(['calisthenics', 'strength-training']);
    expect(ancestorsOf(builtin, 'pull-ups')[0]).toBe('calisthenics');
  });

  it('places neck-training under strength-training and its gear under neck-training', () => {
    expect(ancestorsOf(builtin, 'neck-training')[0]).toBe('strength-training');
    expect(ancestorsOf(builtin, 'iron-neck')[0]).toBe('neck-training');
  });

  it('places rest-breaks under rest and caffeine-reduction under caffeine', () => {
    expect(ancestorsOf(builtin, 'rest-breaks')[0]).toBe('rest');
    expect(ancestorsOf(builtin, 'caffeine-reduction')[0]).toBe('caffeine');
  });

  it('places generic drugs under their class and the class under medication', () => {
    expect(ancestorsOf(builtin, 'sertraline')).toEqual(['ssris', 'antidepressants', 'medication']);
    expect(ancestorsOf(builtin, 'zolpidem')).toEqual(['sleep-medication', 'medication']);
    expect(ancestorsOf(builtin, 'lisinopril')).toEqual(['ace-inhibitors', 'blood-pressure-medication', 'medication']);
    expect(ancestorsOf(builtin, 'oxycodone')).toEqual(['opioids', 'painkillers', 'medication']);
    expect(ancestorsOf(builtin, 'pregabalin')[0]).toBe('gabapentinoids');
  });

  it('places sleep practices under sleep, yoga and CBT', () => {
    expect(ancestorsOf(builtin, 'napping')).toEqual(['sleep']);
    expect(ancestorsOf(builtin, 'yoga-nidra')[0]).toBe('yoga');
    expect(ancestorsOf(builtin, 'sleep-restriction').slice(0, 2)).toEqual(['cbt-i', 'cbt']);
  });

  it('compiles without a wink-nlp pattern-size warning', () => {
    // wink-nlp expands each bracketed pattern into every combination; a large one slows every read.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    createRemedyMatcher(builtin, createNlp());
    const calls = [...warn.mock.calls, ...error.mock.calls];
    warn.mockRestore();
    error.mockRestore();
    expect(calls).toEqual([]);
  });

  it('never puts a numeral in a bracketed alternative', () => {
    // wink-nlp stops matching `[2|3|4]` and the words after a numeral in `[each|2|two]`; numerals go in plain phrases.
    const mixed = builtin
      .flatMap((e) => [...e.patterns, ...e.exclude])
      .flatMap((p) => p.match(/\[[^\]]*\]/g) ?? [])
      .filter((b) => /\d/.test(b));
    expect(mixed).toEqual([]);
  });

  it('matches every alternative of every bracketed pattern (the others at their first): none is silently dead', () => {
    // wink-nlp 2.4.0 reads a group of three or more alternatives as such only when no middle alternative is a single
    // character (`[your|the|a|my]` is not); otherwise the pattern learns without an error and never matches.
    const matcher = builtinMatcher();
    const dead: string[] = [];
    for (const e of builtin) {
      for (const p of e.patterns) {
        const atoms = p.trim().split(/\s+/).map((a) => (a.startsWith('[') ? a.slice(1, -1).split('|') : [a]));
        // Properties (`[ADJ]`) and optional slots (`[|very]`) have no single example text.
        if (atoms.some((alts) => alts.some((x) => /^[A-Z]{2,}$/.test(x) || x === ''))) continue;
        for (const [i, alts] of atoms.entries()) {
          for (const alt of alts) {
            const text = atoms.map((a, j) => (j === i ? alt : a[0]!)).join(' ');
            const found = matcher.nlp.readDoc(text).customEntities().out(matcher.nlp.its.detail) as { value: string; type: string }[];
            // Another entry's pattern over the same words may win the span: what counts is that something matches it.
            if (!found.some((f) => f.type === `r:${e.id}` || f.value.toLowerCase() === text.toLowerCase())) dead.push(`${e.id}: ${p} <- "${text}"`);
          }
        }
      }
    }
    expect(dead).toEqual([]);
  });

  it('writes every bracketed group, in patterns, vetoes and cues, in a form wink-nlp reads as alternatives', () => {
    // A group wink-nlp fails is learned as something else, silently; the compiler rewrites such a group in a user's
    // lexicon (wink-groups.ts), but the built-in one needs no rewriting, which would add patterns to learn.
    const patterns = [...OUTCOME_CUES.map((c) => c.pattern), ...DISCOVERY_BEFORE, ...builtin.flatMap((e) => [...e.patterns, ...e.exclude])];
    const groups = patterns.flatMap((p) => p.match(/\[[^\]]*\]/g) ?? []);
    expect(groups.length).toBeGreaterThan(600);
    expect(groups.filter((g) => !WINK_GROUP.test(g))).toEqual([]);
  });

  it('gives each phrase to one entry only', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of builtin)
      for (const p of [...e.phrases, ...e.exact]) {
        const k = p.toLowerCase();
        const other = seen.get(k);
        if (other !== undefined && other !== e.id) clashes.push(`${k}: ${other} / ${e.id}`);
        seen.set(k, e.id);
      }
    expect(clashes).toEqual([]);
  });
});

describe('parseLexicon', () => {
  it('reads a JSON lexicon', () => {
    const diag = new Diagnostics();
    const out = parseLexicon('[{"id": "ashwagandha", "label": "Ashwagandha", "category": "supplements", "phrases": ["ashwagandha"]}]', 'u.json', diag);
    expect(out.map((e) => e.id)).toEqual(['ashwagandha']);
    expect(diag.items).toEqual([]);
  });

  it('reports a bad category at the line of its key and skips the entry', () => {
    const diag = new Diagnostics();
    const text = '- id: a\n  label: A\n  category: diet-and-food\n- id: b\n  label: B\n  category: potions\n';
    const out = parseLexicon(text, 'user.yaml', diag);
    expect(out.map((e) => e.id)).toEqual(['a']);
    expect(diag.items).toHaveLength(1);
    expect(diag.items[0]).toMatchObject({ file: 'user.yaml', line: 6, rule_id: lexiconInvalidEntry('category', '').rule_id });
  });

  it('reports a key the schema lacks at that key, as left by an unquoted comma in a flow map, and skips the entry', () => {
    const diag = new Diagnostics();
    const text = '- {id: a, label: A, category: drugs}\n- {id: b, label: Coffee alternatives (dandelion, barley), category: drugs}\n';
    const out = parseLexicon(text, 'u.yaml', diag);
    expect(out.map((e) => e.id)).toEqual(['a']);
    expect(diag.items).toHaveLength(1);
    expect(diag.items[0]).toMatchObject({ file: 'u.yaml', line: 2, column: 50, rule_id: 'remedies:lexicon-unknown-key', severity: 'error' });
    expect(diag.items[0]?.message).toContain('`barley)`');
  });

  it('keeps every built-in label whole: the built-in lexicon parses without a diagnostic', () => {
    const diag = new Diagnostics();
    parseLexicon(readFileSync(builtinLexiconUrl, 'utf8'), 'lexicon.yaml', diag);
    expect(diag.items).toEqual([]);
  });

  it('reports a duplicate id at the second entry', () => {
    const diag = new Diagnostics();
    parseLexicon('- {id: a, label: A, category: drugs}\n- {id: a, label: B, category: drugs}\n', 'u.yaml', diag);
    expect(diag.items[0]).toMatchObject({ line: 2, ...lexiconDuplicateId('a') });
  });

  it('drops an unknown parent with a warning', () => {
    const diag = new Diagnostics();
    const out = parseLexicon('- {id: a, label: A, category: drugs, parent: nope}\n', 'u.yaml', diag);
    expect(out[0]?.parent).toBeUndefined();
    expect(diag.items[0]).toMatchObject({ line: 1, ...lexiconUnknownParent('a', 'nope') });
  });

  it('accepts a parent defined in the base lexicon', () => {
    const diag = new Diagnostics();
    const out = parseLexicon('- {id: celebrex2, label: C, category: drugs, parent: nsaids}\n', 'u.yaml', diag, builtin);
    expect(out[0]?.parent).toBe('nsaids');
    expect(diag.items).toEqual([]);
  });

  it('cuts a parent cycle and reports it', () => {
    const diag = new Diagnostics();
    const out = parseLexicon('- {id: a, label: A, category: drugs, parent: b}\n- {id: b, label: B, category: drugs, parent: a}\n', 'u.yaml', diag);
    expect(diag.items.map((d) => d.rule_id)).toEqual([lexiconParentCycle('a', []).rule_id]);
    expect(ancestorsOf(out, 'b')).toEqual(['a']);
  });

  it('reports YAML syntax errors with a position instead of throwing', () => {
    const diag = new Diagnostics();
    expect(parseLexicon('- {id: a, label: [unclosed\n', 'u.yaml', diag)).toEqual([]);
    expect(diag.items[0]?.rule_id).toBe('remedies:lexicon-syntax');
    expect(diag.items[0]?.line).toBeGreaterThan(0);
  });
});

describe('mergeLexicons and remedyRows', () => {
  it('overrides an entry by id and appends new ones', () => {
    const base = parseLexicon('- {id: a, label: A, category: drugs}\n- {id: b, label: B, category: drugs}\n', 'b.yaml', new Diagnostics());
    const extra = parseLexicon('- {id: b, label: B2, category: lifestyle}\n- {id: c, label: C, category: drugs}\n', 'e.yaml', new Diagnostics());
    expect(mergeLexicons(base, extra).map((e) => `${e.id}:${e.label}`)).toEqual(['a:A', 'b:B2', 'c:C']);
  });

  it('returns rows sorted by id with an empty parent for roots', () => {
    const entries = parseLexicon('- {id: z, label: Z, category: drugs, parent: a}\n- {id: a, label: A, category: drugs}\n', 'b.yaml', new Diagnostics());
    expect(remedyRows(entries)).toEqual([
      { remedy_id: 'a', label: 'A', category: 'drugs', parent_id: '' },
      { remedy_id: 'z', label: 'Z', category: 'drugs', parent_id: 'a' },
    ]);
  });
});
