import type { RemedyCountRow } from '../charts/remedy-mentions.ts';
import { bool, compareText, str } from './cells.ts';
import type { ReportContext } from './context.ts';

/** One example quote for a remedy: the sentence, who wrote it, in which post and when. */
export type RemedyQuote = { remedy: string; category: string; outcome: string; quote: string; author: string; post_id: string; date: string };

/** Whitespace that collapsing changes: any but a single space (a run of spaces, a tab, a newline, a no-break space). */
const SPACING = /[^\S ]| {2}/;

const PRIORITY: Record<string, number> = { helped: 0, worse: 1, 'no-effect': 2, considering: 3, unknown: 4 };

/** Returns up to `perRemedy` short quotes from comments for each remedy, telling outcomes first, then length near 120, one per author. */
export function remedyQuotes(ctx: ReportContext, top: readonly RemedyCountRow[], perRemedy = 2, maxLength = 280): RemedyQuote[] {
  const wanted = new Set(top.map((r) => r.remedy_id));
  const byRemedy = new Map<string, RemedyQuote[]>();
  for (const m of ctx.rows('remedy_mentions')) {
    const id = str(m.remedy_id);
    if (!wanted.has(id) || bool(m.negated)) continue;
    const raw = str(m.sentence);
    // Collapsing spaces only shortens a sentence: one already too short is left out before that work.
    if (raw.length < 20) continue;
    const c = ctx.commentById.get(str(m.comment_id));
    if (!c) continue;
    // Most sentences have single spaces only: the test is cheaper than rebuilding each one.
    const sentence = (SPACING.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim();
    if (sentence.length < 20) continue;
    const quote = sentence.length > maxLength ? sentence.slice(0, maxLength - 1) + '…' : sentence;
    const list = byRemedy.get(id) ?? [];
    list.push({
      remedy: id,
      category: str(m.category),
      outcome: str(m.outcome) || 'unknown',
      quote,
      author: str(c.author),
      post_id: str(m.post_id),
      date: (str(c.local_time) || str(c.utc_time)).slice(0, 10),
    });
    byRemedy.set(id, list);
  }
  return top.flatMap((r) => {
    const list = (byRemedy.get(r.remedy_id) ?? []).sort(
      (a, b) =>
        (PRIORITY[a.outcome] ?? 9) - (PRIORITY[b.outcome] ?? 9) ||
        Math.abs(a.quote.length - 120) - Math.abs(b.quote.length - 120) ||
        compareText(a.date, b.date) ||
        compareText(a.quote, b.quote),
    );
    const authors = new Set<string>();
    const picked: RemedyQuote[] = [];
    for (const q of list) {
      if (picked.length >= perRemedy) break;
      if (authors.has(q.author)) continue;
      authors.add(q.author);
      picked.push({ ...q, remedy: r.label });
    }
    return picked;
  });
}
