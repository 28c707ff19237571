import { z } from 'zod';
import { analyzeText, type Analyzer } from '../analyze/analyzer.ts';
import { extractLinks } from '../links/extract.ts';
import type { LinkRules } from '../links/rules.ts';
import { unknownSite } from '../links/site.ts';

/** One input of `threadlens score`: a JSON line `{"id": ..., "text": ...}` or a plain line (id = line number). */
export const ScoreInput = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });
export type ScoreInput = z.infer<typeof ScoreInput>;

/** Reads one input line: JSON with `id` and `text`, else the whole line is the text. */
export function parseScoreLine(line: string, lineNumber: number): ScoreInput {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed = ScoreInput.safeParse(JSON.parse(trimmed));
      if (parsed.success) return parsed.data;
    } catch {
      // not JSON after all: scored as plain text below
    }
  }
  return { id: lineNumber, text: line };
}

/** Returns the JSON-ready result for one text: remedies (id, outcome, negated), links and sentiment. */
export function scoreInput(input: ScoreInput, analyzer: Analyzer, rules: LinkRules): Record<string, unknown> {
  const { mentions, sentiment } = analyzeText(input.text, analyzer);
  const links = extractLinks(input.text, { post_id: '', comment_id: '', body_line: 1 }, { site: unknownSite, rules });
  return {
    id: input.id,
    remedies: mentions.map((m) => ({ id: m.remedy_id, category: m.category, matched_text: m.matched_text, outcome: m.outcome, negated: m.negated })),
    links: links.map((l) => ({ url: l.url, normalized_url: l.normalized_url, domain: l.domain, link_class: l.link_class })),
    sentiment_score: sentiment.sentiment_score,
    sentiment_label: sentiment.sentiment_label,
  };
}
