import { activityHeatmapSpec } from '../charts/activity-heatmap.ts';
import { commentsByMonthSpec } from '../charts/comments-by-month.ts';
import { commentsPerPostSpec } from '../charts/comments-per-post.ts';
import { topPostsSpec } from '../charts/top-posts.ts';
import { authorReplyRateSpec } from '../charts/author-reply-rate.ts';
import { newReturningSpec } from '../charts/new-returning.ts';
import { responseTimesSpec } from '../charts/response-times.ts';
import { topCommentersSpec } from '../charts/top-commenters.ts';
import { whoAnswersWhomSpec } from '../charts/who-answers-whom.ts';
import { type ReportContext, postUrl } from './context.ts';
import { linkHtml } from './escape.ts';
import { type ChartEntry, chartEntry, figureHtml, type Section } from './html-parts.ts';
import { hourCells, monthActivity, postSizes, topPosts } from './prepare-activity.ts';
import { newcomers, replyMatrix, replyRates, responseBins, topCommenters } from './prepare-people.ts';

/** Returns the activity section and its charts: per month, weekday x hour, comments per post, top posts. */
export function activitySection(ctx: ReportContext, zone: string): { section: Section; charts: ChartEntry[] } {
  const months = monthActivity(ctx);
  const hours = hourCells(ctx);
  const sizes = postSizes(ctx);
  const posts = topPosts(ctx);
  const charts = [
    chartEntry('comments-by-month', commentsByMonthSpec(months), months, [
      { key: 'month', label: 'Month' }, { key: 'comments', label: 'Comments' }, { key: 'commenters', label: 'Commenters' }, { key: 'posts_published', label: 'Posts published' },
    ]),
    chartEntry('activity-heatmap', activityHeatmapSpec(hours, zone), hours, [
      { key: 'weekday', label: 'Weekday' }, { key: 'hour', label: 'Hour' }, { key: 'comments', label: 'Comments' },
    ]),
    chartEntry('comments-per-post', commentsPerPostSpec(sizes), sizes, [{ key: 'bucket', label: 'Comments on the post' }, { key: 'posts', label: 'Posts' }]),
    chartEntry('top-posts', topPostsSpec(posts), posts, [
      { key: 'title', label: 'Post', html: (r) => linkHtml(postUrl(ctx, r.post_id), r.title) },
      { key: 'published', label: 'Published' }, { key: 'comments', label: 'Comments' }, { key: 'commenters', label: 'Commenters' },
    ]),
  ];
  return { section: { id: 'activity', title: 'Activity', body: charts.map(figureHtml).join('\n') }, charts };
}

/** Returns the people section and its charts: top commenters, newcomers, the author's answering, who answers whom. */
export function peopleSection(ctx: ReportContext): { section: Section; charts: ChartEntry[] } {
  const top = topCommenters(ctx);
  const fresh = newcomers(ctx);
  const rates = replyRates(ctx);
  const bins = responseBins(ctx);
  const matrix = replyMatrix(ctx);
  const charts = [
    chartEntry('top-commenters', topCommentersSpec(top), top, [
      { key: 'author', label: 'Commenter' }, { key: 'role', label: 'Role' }, { key: 'comments', label: 'Comments' },
      { key: 'posts', label: 'Posts' }, { key: 'first', label: 'First (UTC)' }, { key: 'last', label: 'Last (UTC)' },
    ]),
    chartEntry('new-returning', newReturningSpec(fresh), fresh, [{ key: 'month', label: 'Month' }, { key: 'kind', label: 'Commenters' }, { key: 'commenters', label: 'Count' }]),
    chartEntry('author-reply-rate', authorReplyRateSpec(rates), rates, [
      { key: 'year', label: 'Year published' }, { key: 'posts', label: 'Posts with comments' }, { key: 'reply_rate', label: 'Mean reply rate' },
      { key: 'median_response_minutes', label: 'Median response (minutes)' },
    ]),
    chartEntry('response-times', responseTimesSpec(bins), bins.some((b) => b.replies > 0) ? bins : [], [{ key: 'range', label: 'Response time' }, { key: 'replies', label: 'Replies' }]),
    chartEntry('who-answers-whom', whoAnswersWhomSpec(matrix.pairs, matrix.authors), matrix.pairs, [
      { key: 'from_author', label: 'From' }, { key: 'to_author', label: 'To' }, { key: 'replies', label: 'Replies' },
    ]),
  ];
  return { section: { id: 'people', title: 'People', body: charts.map(figureHtml).join('\n') }, charts };
}
