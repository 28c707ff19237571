import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePost, postScope } from '../../src/analyze/analyze-post.ts';
import { createAnalyzer } from '../../src/analyze/analyzer.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { postIdFromPath } from '../../src/ingest/post-id.ts';
import { ANALYSIS_PIPE, createNlp } from '../../src/nlp/wink.ts';
import { couldMatch, normalExceptions, patternNormals } from '../../src/remedies/learn-scope.ts';
import { compileLexicon, createRemedyMatcher } from '../../src/remedies/matcher.ts';
import { builtin } from './helpers.ts';
import { parseConfig, readConfigTexts } from '../../pipeline/config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('couldMatch', () => {
  const scope = (words: string[], normals: Record<string, string[]> = {}) => ({ words: new Set(words), normals: (w: string) => normals[w] ?? [w] });
  it('needs every word of a plain or hyphenated pattern, as written or as its normal form', () => {
    expect(couldMatch('foam rolling', scope(['foam', 'rolling']))).toBe(true);
    expect(couldMatch('foam rolling', scope(['foam']))).toBe(false);
    expect(couldMatch('foam-rolling', scope(['foam', 'rolling']))).toBe(true);
    expect(couldMatch('colour therapy', scope(['color', 'therapy'], { colour: ['color'] }))).toBe(true);
    expect(couldMatch('cannot sleep', scope(['can', 'not', 'sleep'], { cannot: ['can', 'not'] }))).toBe(true);
  });
  it('needs one alternative of each bracket, and an empty alternative makes it optional', () => {
    expect(couldMatch('[heat|heating] [pad|pads]', scope(['heating', 'pad']))).toBe(true);
    expect(couldMatch('[heat|heating] [pad|pads]', scope(['heating']))).toBe(false);
    expect(couldMatch('[very|] [good]', scope(['good']))).toBe(true);
  });
  it('keeps every pattern it cannot reason about: capitals, digits, periods, apostrophes', () => {
    for (const p of ['PT', 'vitamin b12', 'dr. sarno', "doesn't help", 'vit d.']) expect(couldMatch(p, scope([]))).toBe(true);
  });
});

describe('patternNormals', () => {
  it('gives each pattern word the normal forms wink reads it as alone, words that split included', () => {
    const nlp = createNlp(ANALYSIS_PIPE);
    const normals = patternNormals(['[cannot|dont] [walk]', 'foam-rolling', 'kettlebell swings'], nlp);
    for (const w of ['cannot', 'dont', 'walk', 'foam', 'rolling', 'kettlebell', 'swings']) {
      expect(normals(w)).toEqual(nlp.readDoc(w).tokens().out(nlp.its.normal));
    }
    expect(normals('dont')).toEqual(['do', 'not']);
  });

  it('reads the normal exceptions of the built-in lexicon once, as a worker that learned it does, and they agree with each word read alone', () => {
    const patterns = compileLexicon(builtin).groups.flatMap(([, p]) => p);
    const learned = createRemedyMatcher(builtin, createNlp(ANALYSIS_PIPE)).nlp;
    const exceptions = normalExceptions(patterns, learned)!;
    expect(exceptions).toContainEqual(['fibre', ['fiber']]);
    expect(exceptions).toContainEqual(['dont', ['do', 'not']]);
    expect(exceptions.length).toBeLessThan(200);
    const known = patternNormals(patterns, learned, exceptions);
    const words = [...new Set(patterns.filter((p) => /^[a-z \-[\]|]+$/.test(p)).flatMap((p) => p.split(/[^a-z]+/).filter(Boolean)))];
    expect(words.length).toBeGreaterThan(5000);
    const alone = createNlp(ANALYSIS_PIPE);
    // Every exception, and every 7th word besides.
    for (const w of [...exceptions.map(([w]) => w), ...words.filter((_, i) => i % 7 === 0)]) {
      expect(known(w)).toEqual(alone.readDoc(w).tokens().out(alone.its.normal));
    }
  });
});

describe('an analyzer that learned only the patterns its posts could match', () => {
  it('analyses those posts exactly as one that learned the whole lexicon', async () => {
    const options = { timezone: 'auto' } as const;
    const config = parseConfig(await readConfigTexts(options), options, new Diagnostics());
    const sample = path.join(ROOT, 'data/raw');
    const posts = (readdirSync(sample, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((rel) => parsePost({ bytes: readFileSync(path.join(sample, rel)), source_file: rel, post_id: postIdFromPath(rel) }, new Diagnostics()));
    // A post of spellings and forms that wink normalizes: British spellings, contractions, hyphens, brackets.
    const tricky = parsePost(
      {
        bytes: Buffer.from(
          '---\ntitle: "T"\npubDate: 2020-01-01T10:00:00.000Z\nauthor: "MAS"\n---\n\nFoam-rolling and colour therapy.\n\n## Comments\n\n' +
            "### Kat\n*January 2 at 2020 at 9:00 AM*\n\nI can't say the heating pad didn't help, it cannot hurt. Gray days, fish oil, earl gray and Vit D. Ibuprofen? No.\n\n---\n\n" +
            '### Bo\n*January 3 at 2020 at 9:00 AM*\n\n@Kat I ice my knee; ice cream is not ice. Walking lunges, not walking. MSM and PT helped!\n\n---\n',
        ),
        source_file: 'tricky.md',
        post_id: 'tricky',
      },
      new Diagnostics(),
    );
    // A thread whose title names a remedy with thread words (`topic`): the title is read with the scoped patterns too.
    const topical = parsePost(
      {
        bytes: Buffer.from(
          '---\ntitle: "The Potato Diet - Week 1"\npubDate: 2015-11-24T10:00:00.000Z\nauthor: "MAS"\n---\n\nBoiled potatoes only.\n\n## Comments\n\n' +
            '### Kat\n*November 25 at 2015 at 9:00 AM*\n\nCold taters for lunch; spuds are cheap. Sweet potatoes next?\n\n---\n',
        ),
        source_file: 'topical.md',
        post_id: 'topical',
      },
      new Diagnostics(),
    );
    const full = createAnalyzer(config.analyzer);
    // Either reading every pattern word, or with the normal exceptions a full run's worker read.
    const exceptions = normalExceptions(config.analyzer.compiled.groups.flatMap(([, p]) => p), full.nlp);
    for (const { post, comments } of [...posts, tricky, topical]) {
      for (const known of [null, exceptions]) {
        const nlp = createNlp(ANALYSIS_PIPE);
        const scoped = createAnalyzer(config.analyzer, nlp, { words: postScope([{ post, comments }], nlp), exceptions: known });
        expect(analyzePost(post, comments, scoped)).toEqual(analyzePost(post, comments, full));
        if (post.post_id === 'topical') expect(analyzePost(post, comments, scoped).mentions.filter((m) => m.remedy_id === 'potato-diet')).toHaveLength(3);
        expect(scoped.matcher.learned).toBeLessThan(full.matcher.learned / 4);
      }
    }
  });
});
