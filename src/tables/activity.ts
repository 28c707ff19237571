import * as aq from 'arquero';
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { commentTable } from './base.ts';
import { timedComments, zeroIfMissing } from './frame.ts';
import type { TablesInput } from './inputs.ts';

/** Weekday names of `activity_by_hour.csv`, indexed by `weekday_index` (0 = Monday). */
export const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * `activity_by_month.csv`: per local `month` (`YYYY-MM`, every month from the first to the last present) the
 * `comments`, distinct `commenters`, `new_commenters` (whose first timed comment falls in it) and `posts_commented`.
 */
export function buildActivityByMonth(input: Pick<TablesInput, 'comments'>): ColumnTable {
  const timed = timedComments(commentTable(input));
  const perMonth = timed
    .groupby('month')
    .rollup({ comments: op.count(), commenters: op.distinct('author_key'), posts_commented: op.distinct('post_id') });
  const newcomers = timed
    .groupby('author_key')
    .rollup({ month: op.min('month') })
    .groupby('month')
    .rollup({ new_commenters: op.count() });
  return aq
    .table({ month: monthRange(perMonth.array('month') as string[]) })
    .join_left(perMonth, 'month')
    .join_left(newcomers, 'month')
    .derive({
      comments: zeroIfMissing('comments'),
      commenters: zeroIfMissing('commenters'),
      new_commenters: zeroIfMissing('new_commenters'),
      posts_commented: zeroIfMissing('posts_commented'),
    })
    .orderby('month')
    .select('month', 'comments', 'commenters', 'new_commenters', 'posts_commented');
}

/**
 * `activity_by_hour.csv`: comments per local `weekday` (`Mon`..`Sun`, with `weekday_index` 0 = Monday) and `hour`
 * (0-23); all 7 x 24 cells are present.
 */
export function buildActivityByHour(input: Pick<TablesInput, 'comments'>): ColumnTable {
  const counts = timedComments(commentTable(input))
    .derive({
      // Local times carry no zone; read them as UTC so the weekday and hour are exactly as written.
      weekday_index: "d => (op.utcdayofweek(op.parse_date(d.local_time + 'Z')) + 6) % 7",
      hour: "d => op.utchours(op.parse_date(d.local_time + 'Z'))",
    })
    .groupby('weekday_index', 'hour')
    .rollup({ comments: op.count() });
  const cells = { weekday_index: [] as number[], hour: [] as number[] };
  for (let w = 0; w < 7; w++) for (let h = 0; h < 24; h++) (cells.weekday_index.push(w), cells.hour.push(h));
  return aq
    .table(cells)
    .join_left(counts, [['weekday_index', 'hour'], ['weekday_index', 'hour']])
    .join(aq.table({ weekday_index: [0, 1, 2, 3, 4, 5, 6], weekday: [...WEEKDAY_NAMES] }), 'weekday_index')
    .derive({ comments: zeroIfMissing('comments') })
    .orderby('weekday_index', 'hour')
    .select('weekday', 'weekday_index', 'hour', 'comments');
}

/** Every `YYYY-MM` from the smallest to the largest of `months` (none when empty). */
function monthRange(months: readonly string[]): string[] {
  const valid = months.filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  const first = valid[0];
  const last = valid[valid.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    out.push(key);
    m === 12 ? ((y += 1), (m = 1)) : (m += 1);
    key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
  }
  return out;
}
