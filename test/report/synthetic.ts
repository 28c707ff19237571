import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

/** Archive-sized synthetic tables (deterministic): for size and speed checks before real runs exist. */
export function syntheticTables(sizes = { posts: 1713, comments: 12187, commenters: 2000, mentions: 10000, links: 4000, diagnostics: 800 }): Record<string, ColumnTable> {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const cats = ['mind-body', 'exercise-and-movement', 'manual-therapy', 'devices-and-aids', 'supplements', 'diet-and-food', 'lifestyle', 'drugs', 'procedures'];
  const outcomes = ['helped', 'no-effect', 'worse', 'considering', 'unknown'];
  const classes = ['own-blog', 'research', 'encyclopedia', 'video', 'book-or-shop', 'social', 'news', 'blog-or-other', 'unsafe'];
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const start = Date.UTC(2006, 0, 1);
  const span = Date.UTC(2020, 0, 1) - start;
  const posts = Array.from({ length: sizes.posts }, (_, i) => {
    const t = start + Math.floor((span * i) / sizes.posts);
    const d = new Date(t);
    return { post_id: `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/post-${i}`, title: `A post about things number ${i} <with> & more words in it`, author: 'Blog Author', published_utc: iso(t), comment_count: 0 };
  });
  const authors = Array.from({ length: sizes.commenters }, (_, i) => (i === 0 ? 'Blog Author' : `Commenter ${i}`));
  const comments = Array.from({ length: sizes.comments }, (_, i) => {
    const post = pick(posts);
    post.comment_count += 1;
    const author = rand() < 0.2 ? 'Blog Author' : authors[Math.floor(rand() ** 3 * authors.length)]!;
    const score = Math.round((rand() * 2 - 1) * 1000) / 1000;
    return {
      comment_id: `${post.post_id}#${i}`, post_id: post.post_id, author, utc_time: iso(Date.parse(post.published_utc) + Math.floor(rand() * 30 * 86400000)),
      local_time: '', is_post_author: author === 'Blog Author', sentiment_score: score, sentiment_label: score > 0.1 ? 'positive' : score < -0.1 ? 'negative' : 'neutral',
    };
  });
  const remedies = Array.from({ length: 300 }, (_, i) => ({ remedy_id: `remedy-${i}`, label: `Remedy ${i}`, category: cats[i % cats.length]!, parent_id: '' }));
  const mentions = Array.from({ length: sizes.mentions }, () => {
    const c = pick(comments);
    const r = remedies[Math.floor(rand() ** 2 * remedies.length)]!;
    return { post_id: c.post_id, comment_id: c.comment_id, remedy_id: r.remedy_id, category: r.category, matched_text: r.label, negated: rand() < 0.1, outcome: pick(outcomes), sentence: `I tried ${r.label} for a while and it was about what you would expect from it honestly.`, source_line: 10 };
  });
  const links = Array.from({ length: sizes.links }, (_, i) => {
    const c = pick(comments);
    const domain = `site${Math.floor(rand() ** 2 * 400)}.com`;
    return { post_id: c.post_id, comment_id: c.comment_id, url: `https://${domain}/page/${i % 700}`, normalized_url: `${domain}/page/${i % 700}`, domain, is_internal: false, link_class: pick(classes), source_line: 5 };
  });
  const byId = new Map(comments.map((c) => [c.comment_id, c]));
  const replies = comments.filter(() => rand() < 0.3).map((c) => ({ comment_id: c.comment_id, post_id: c.post_id, reply_to_comment_id: '', reply_to_author: pick(comments).author, cue: 'name' }));
  const months = new Map<string, { comments: number; people: Set<string> }>();
  for (const c of comments) {
    const m = c.utc_time.slice(0, 7);
    const e = months.get(m) ?? { comments: 0, people: new Set<string>() };
    e.comments += 1;
    e.people.add(c.author);
    months.set(m, e);
  }
  return {
    posts: aq.from(posts),
    comments: aq.from(comments),
    remedies: aq.from(remedies),
    remedy_mentions: aq.from(mentions),
    remedy_candidates: aq.from(Array.from({ length: 200 }, (_, i) => ({ term: `candidate ${i}`, mentions: 200 - i, commenters: 1 + (i % 9), example: 'an example sentence' }))),
    links: aq.from(links),
    replies: aq.from(replies),
    response_times: aq.from(replies.filter((r) => byId.get(r.comment_id)?.is_post_author).map((r) => ({ comment_id: '', reply_comment_id: r.comment_id, response_minutes: Math.round(10 ** (rand() * 5)) }))),
    activity_by_month: aq.from([...months].map(([month, e]) => ({ month, comments: e.comments, commenters: e.people.size, new_commenters: Math.floor(e.people.size / 3), posts_commented: 1 }))),
    activity_by_hour: aq.from(Array.from({ length: 168 }, (_, i) => ({ weekday: i % 7, hour: Math.floor(i / 7), comments: Math.floor(rand() * 200) }))),
    sentiment_by_post: aq.from(posts.map((p) => ({ post_id: p.post_id, comments: p.comment_count, mean_sentiment: Math.round((rand() - 0.5) * 1000) / 1000, positive: 1, neutral: 1, negative: 1 }))),
    sentiment_by_month: aq.from([...months].map(([month, e]) => ({ month, comments: e.comments, mean_sentiment: 0.1, positive: Math.floor(e.comments / 2), neutral: Math.floor(e.comments / 4), negative: Math.floor(e.comments / 4) }))),
    post_activity: aq.from(posts.map((p) => ({ post_id: p.post_id, comments: p.comment_count, commenters: p.comment_count, author_reply_rate: rand(), median_author_response_minutes: Math.round(rand() * 3000) }))),
    diagnostics: aq.from(Array.from({ length: sizes.diagnostics }, (_, i) => ({ file: `posts/${pick(posts).post_id}/index.md`, line: i + 1, column: 1, severity: pick(['error', 'warning', 'info']), rule_id: `time:rule-${i % 7}`, message: 'Unexpected thing, expected another thing' }))),
  };
}
