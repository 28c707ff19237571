import { z } from 'zod';
import type { Diagnostics } from '../diagnostics.ts';
import { scoreBadObject } from '../messages/score.ts';
import { analyzeText, type Analyzer } from '../analyze/analyzer.ts';
import { extractLinks } from '../links/extract.ts';
import type { LinkRules } from '../links/rules.ts';
import { unknownSite } from '../links/site.ts';

/**
 * One input of `threadlens score`: a JSON line `{"id": ..., "text": ..., "title": ...}` or a plain line (id = line
 * number). `title` is the title of the thread the text comes from: the topic words of the remedies it names count
 * (see `topic.ts`), as in a run over posts.
 */
export const ScoreInput = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), title: z.string().optional() });
export type ScoreInput = z.infer<typeof ScoreInput>;

// A JSON line may leave out its id (the line number stands in).
const ScoreLine = ScoreInput.extend({ id: ScoreInput.shape.id.optional() });

/**
 * Reads one input line: a JSON object with a string `text` (and an optional `id`, else the line number), else the
 * whole line is the text. A line that is a JSON object without a string `text` is reported into `diag` at its line of
 * `file` and gives null (skipped): scoring its JSON as prose would answer a question nobody asked.
 */
export function parseScoreLine(line: string, lineNumber: number, file: string, diag: Diagnostics): ScoreInput | null {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return { id: lineNumber, text: line }; // not JSON after all: plain text that starts with a brace
    }
    const parsed = ScoreLine.safeParse(value);
    if (parsed.success) return { id: parsed.data.id ?? lineNumber, text: parsed.data.text, ...(parsed.data.title !== undefined ? { title: parsed.data.title } : {}) };
    diag.report(file, lineNumber, 1, scoreBadObject(trimmed));
    return null;
  }
  return { id: lineNumber, text: line };
}

/** Returns the JSON-ready result for one text: remedies (id, outcome, negated), links and sentiment. */
export function scoreInput(input: ScoreInput, analyzer: Analyzer, rules: LinkRules): Record<string, unknown> {
  const { mentions, sentiment } = analyzeText(input.text, analyzer, input.title);
  const links = extractLinks(input.text, { post_id: '', comment_id: '', body_line: 1 }, { site: unknownSite, rules });
  return {
    id: input.id,
    remedies: mentions.map((m) => ({ id: m.remedy_id, category: m.category, matched_text: m.matched_text, outcome: m.outcome, negated: m.negated })),
    links: links.map((l) => ({ url: l.url, normalized_url: l.normalized_url, domain: l.domain, link_class: l.link_class })),
    sentiment_score: sentiment.sentiment_score,
    sentiment_label: sentiment.sentiment_label,
  };
}
