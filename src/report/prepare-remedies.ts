import type { RemedyCountRow } from '../charts/remedy-mentions.ts';
import type { CategoryYearRow } from '../charts/remedy-categories-by-year.ts';
import type { RemedyOutcomeRow } from '../charts/remedy-outcomes.ts';
import type { RemedySentimentRow } from '../charts/remedy-sentiment.ts';
import type { CandidateRow } from '../charts/remedy-candidates.ts';
import { outcomeScale } from '../charts/scales.ts';
import { compareText, num, type Row, round, sortedQuantile, str, yearOf } from './cells.ts';
import { type ReportContext, whenWritten, whoWrote } from './context.ts';

/** Returns the remedies by mention count (all of them), with label, category and distinct commenters. */
export function remedyCounts(ctx: ReportContext): RemedyCountRow[] {
  const lexicon = new Map(ctx.rows('remedies').map((r) => [str(r.remedy_id), r] as const));
  const by = new Map<string, { first: Row; mentions: number; people: Set<string> }>();
  for (const m of ctx.rows('remedy_mentions')) {
    const id = str(m.remedy_id);
    let e = by.get(id);
    if (e === undefined) by.set(id, (e = { first: m, mentions: 0, people: new Set<string>() }));
    e.mentions++;
    e.people.add(whoWrote(ctx, m.post_id, m.comment_id));
  }
  const rows: RemedyCountRow[] = [...by].map(([remedy_id, e]) => ({
    remedy_id,
    label: str(lexicon.get(remedy_id)?.label) || remedy_id,
    category: str(lexicon.get(remedy_id)?.category) || str(e.first.category),
    mentions: e.mentions,
    commenters: e.people.size,
  }));
  if (rows.length === 0) {
    for (const s of ctx.rows('sentiment_by_remedy')) {
      const id = str(s.remedy_id);
      rows.push({ remedy_id: id, label: str(lexicon.get(id)?.label) || id, category: str(lexicon.get(id)?.category), mentions: num(s.mentions) ?? 0, commenters: num(s.commenters) ?? 0 });
    }
  }
  return rows.sort((a, b) => b.mentions - a.mentions || compareText(a.remedy_id, b.remedy_id));
}

/** Returns remedy mentions per year and category. */
export function categoriesByYear(ctx: ReportContext): CategoryYearRow[] {
  const counts = new Map<string, Map<string, number>>(); // year -> category -> mentions
  for (const m of ctx.rows('remedy_mentions')) {
    const year = yearOf(whenWritten(ctx, m.post_id, m.comment_id));
    if (year === '') continue;
    const category = str(m.category);
    const perCategory = counts.get(year) ?? counts.set(year, new Map()).get(year)!;
    perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
  }
  return [...counts]
    .flatMap(([year, perCategory]) => [...perCategory].map(([category, mentions]) => ({ year, category, mentions })))
    .sort((a, b) => compareText(a.year, b.year) || compareText(a.category, b.category));
}

/** Returns mention counts per outcome for the given remedies (in their order). */
export function remedyOutcomes(ctx: ReportContext, top: readonly RemedyCountRow[]): RemedyOutcomeRow[] {
  const rank = new Map(top.map((r, i) => [r.remedy_id, i] as const));
  const counts = new Map<string, number>();
  for (const m of ctx.rows('remedy_mentions')) {
    const id = str(m.remedy_id);
    if (!rank.has(id)) continue;
    const key = `${id}\u0000${str(m.outcome) || 'unknown'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const outcomes = [...outcomeScale.domain, ...new Set([...counts.keys()].map((k) => k.split('\u0000')[1] ?? ''))].filter((o, i, a) => a.indexOf(o) === i);
  return top.flatMap((r, i) =>
    outcomes
      .map((outcome) => ({ label: r.label, rank: i, outcome, mentions: counts.get(`${r.remedy_id}\u0000${outcome}`) ?? 0 }))
      .filter((row) => row.mentions > 0),
  );
}

/**
 * Returns a lookup of the score of the sentence a mention stands in: the mention's own `sentence_score` (the corpus
 * stage joins it), else by comment and sentence index, else (tables without an index) by comment and sentence text.
 * The sentences table is indexed only when a comment's mention lacks a score, then only for the comments with mentions,
 * each when first asked for (and by text only when its index does not answer). It is read by column: it is the
 * largest, and no other part of the report reads it.
 */
function sentenceScores(ctx: ReportContext, mentions: readonly Row[]): (m: Row) => number | undefined {
  type Scores = { rows: number[]; byIndex?: Map<string, number>; byText?: Map<string, number> };
  type Indexed = { byComment: Map<string, Scores>; indexes: ArrayLike<unknown>; texts: ArrayLike<unknown>; scores: ArrayLike<unknown> };
  let sentences: Indexed | null = null;
  const indexed = (): Indexed => {
    if (sentences !== null) return sentences;
    const byComment = new Map<string, Scores>();
    for (const m of mentions) byComment.set(str(m.comment_id), { rows: [] });
    const column = (name: string) => ctx.column('sentences', name);
    const commentIds = column('comment_id');
    for (let i = 0; i < commentIds.length; i++) byComment.get(str(commentIds[i]))?.rows.push(i);
    return (sentences = { byComment, indexes: column('sentence_index'), texts: column('text'), scores: column('sentiment_score') });
  };
  const index = (s: Indexed, rows: readonly number[], key: (i: number) => string) => {
    const scores = new Map<string, number>();
    for (const i of rows) {
      const score = num(s.scores[i]);
      if (score !== null) scores.set(key(i), score);
    }
    return scores;
  };
  return (m) => {
    const joined = num(m.sentence_score);
    if (joined !== null) return joined;
    // Sentences are comments' sentences: a mention in a post body has none.
    const cid = str(m.comment_id);
    if (cid === '') return undefined;
    const s = indexed();
    const e = s.byComment.get(cid);
    if (e === undefined) return undefined;
    e.byIndex ??= index(s, e.rows, (i) => str(s.indexes[i]));
    const score = e.byIndex.get(str(m.sentence_index));
    if (score !== undefined) return score;
    e.byText ??= index(s, e.rows, (i) => str(s.texts[i]).trim());
    return e.byText.get(str(m.sentence).trim());
  };
}

/** Returns sentiment per remedy with at least `minMentions` mentions: mean from `sentiment_by_remedy`, spread from sentence (else comment) scores. */
export function remedySentiment(ctx: ReportContext, top: readonly RemedyCountRow[], minMentions = 3): RemedySentimentRow[] {
  const means = new Map(ctx.rows('sentiment_by_remedy').map((s) => [str(s.remedy_id), num(s.mean_sentence_sentiment)] as const));
  // Only the given remedies are shown: the others' mentions are neither scored nor indexed.
  const shown = new Set(top.map((r) => r.remedy_id));
  const mentions = ctx.rows('remedy_mentions').filter((m) => shown.has(str(m.remedy_id)));
  const sentenceScore = sentenceScores(ctx, mentions);
  const scores = new Map<string, number[]>();
  for (const m of mentions) {
    const cid = str(m.comment_id);
    const score =
      sentenceScore(m) ??
      (cid ? num(ctx.commentById.get(cid)?.sentiment_score) : null);
    if (score === null || score === undefined) continue;
    const id = str(m.remedy_id);
    const list = scores.get(id);
    if (list) list.push(score);
    else scores.set(id, [score]);
  }
  return top.flatMap((r) => {
    const s = scores.get(r.remedy_id) ?? [];
    const mean = means.get(r.remedy_id) ?? (s.length ? s.reduce((a, b) => a + b, 0) / s.length : null);
    if (r.mentions < minMentions || mean === null || s.length === 0) return [];
    const sorted = s.sort((a, b) => a - b);
    const q = (p: number) => round(sortedQuantile(sorted, p) ?? mean, 3);
    return [{ label: r.label, category: r.category, mentions: r.mentions, mean: round(mean, 3), low: q(0.05), q1: q(0.25), q3: q(0.75), high: q(0.95) }];
  });
}

/** Returns the `limit` discovered remedy candidates used by the most commenters (then the most mentions), as ranked in `remedy_candidates.csv`. */
export function candidates(ctx: ReportContext, limit = 20): CandidateRow[] {
  return ctx
    .rows('remedy_candidates')
    .map((c) => ({ term: str(c.term), mentions: num(c.mentions) ?? 0, commenters: num(c.commenters) ?? 0, example: str(c.example).slice(0, 300) }))
    .filter((c) => c.term !== '')
    .sort((a, b) => b.commenters - a.commenters || b.mentions - a.mentions || compareText(a.term, b.term))
    .slice(0, limit);
}
