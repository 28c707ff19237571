/**
 * The one colour scheme of the report: every chart that colours by remedy category, outcome, sentiment label,
 * link class, severity or author role takes its scale from here, so a colour means the same thing everywhere.
 */
import { RemedyCategory } from '../remedies/lexicon.ts';
import { LinkClass } from '../schema/link.ts';
import { Outcome } from '../schema/mention.ts';
import { SentimentLabel } from '../schema/sentiment.ts';

/** A fixed ordinal colour scale: the domain in display order and one colour per value. */
export type ColorScale = { domain: string[]; range: string[] };

/** Remedy categories (the lexicon's nine). */
export const categoryScale: ColorScale = {
  domain: [...RemedyCategory.options],
  range: ['#4e79a7', '#59a14f', '#9c755f', '#76b7b2', '#edc948', '#f28e2b', '#b07aa1', '#e15759', '#bab0ac'],
};

/** What a mention says happened. */
export const outcomeScale: ColorScale = {
  domain: [...Outcome.options],
  range: ['#1a9850', '#bdbdbd', '#d73027', '#fdae61', '#e8e8e8'],
};

/** Comment sentiment labels. */
export const sentimentScale: ColorScale = {
  domain: [...SentimentLabel.options],
  range: ['#1a9850', '#bdbdbd', '#d73027'],
};

/** Link classes. */
export const linkClassScale: ColorScale = {
  domain: [...LinkClass.options],
  range: ['#4e79a7', '#59a14f', '#76b7b2', '#e15759', '#f28e2b', '#b07aa1', '#9c755f', '#bab0ac', '#000000'],
};

/** Diagnostic severities. */
export const severityScale: ColorScale = {
  domain: ['error', 'warning', 'info'],
  range: ['#d73027', '#fdae61', '#74add1'],
};

/** Whether a commenter is the blog's author. */
export const roleScale: ColorScale = {
  domain: ['blog author', 'reader'],
  range: ['#e15759', '#4e79a7'],
};

/** New versus returning commenters. */
export const newcomerScale: ColorScale = {
  domain: ['new', 'returning'],
  range: ['#f28e2b', '#4e79a7'],
};

/** The single colour of charts that colour nothing by value. */
export const plainColor = '#4e79a7';

/** The sequential scheme of heatmaps and matrices. */
export const heatScheme = 'blues';

/** Returns a copy of `scale` limited to the values present (legend shows only those), keeping the fixed colours. */
export function scaleFor(scale: ColorScale, present: Iterable<string>): ColorScale {
  const seen = new Set(present);
  const domain: string[] = [];
  const range: string[] = [];
  scale.domain.forEach((value, i) => {
    if (seen.has(value)) {
      domain.push(value);
      range.push(scale.range[i] ?? '#999999');
    }
  });
  // Values outside the fixed domain (a new category) still get a stable grey rather than breaking the scale.
  for (const value of [...seen].filter((v) => !scale.domain.includes(v)).sort()) {
    domain.push(value);
    range.push('#999999');
  }
  return { domain, range };
}
