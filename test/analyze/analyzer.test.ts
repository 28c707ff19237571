import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeText, analyzerConfig, createAnalyzer } from '../../src/analyze/analyzer.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { builtinLexiconUrl, parseLexicon } from '../../src/remedies/lexicon.ts';
import { NO_ADJUSTMENTS } from '../../src/sentiment/adjustments.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createAnalyzer', () => {
  it('learns the built-in lexicon without a pattern that wink-nlp expands into hundreds of variants', () => {
    // wink warns (and then reads every text far slower) when one pattern expands into more than 512 token sequences.
    const warnings: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
    const lexicon = parseLexicon(readFileSync(builtinLexiconUrl, 'utf8'), 'lexicon.yaml', new Diagnostics());
    const analyzer = createAnalyzer(analyzerConfig(lexicon, NO_ADJUSTMENTS));
    expect(warnings.filter((w) => w.includes('complex pattern'))).toEqual([]);
    expect(analyzeText('Magnesium helped my cramps.', analyzer).mentions.map((m) => m.remedy_id)).toContain('magnesium');
  });
});
