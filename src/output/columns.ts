/**
 * The output tables and their columns, in order: the single list the CSV writer, the README and the tests use.
 * Tables live in `--derived` as `<name>.csv`.
 */
export const TABLE_COLUMNS = {
  posts: ['post_id', 'source_file', 'title', 'author', 'published_utc', 'modified_utc', 'categories', 'tags', 'timezone', 'declared_comment_count', 'comment_count'],
  comments: ['comment_id', 'post_id', 'position', 'author', 'written_at', 'local_time', 'utc_offset', 'utc_time', 'is_post_author', 'word_count', 'text', 'source_file', 'source_line', 'reply_to_author', 'sentiment_score', 'sentiment_label'],
  diagnostics: ['file', 'line', 'column', 'severity', 'rule_id', 'message'],
  remedies: ['remedy_id', 'label', 'category', 'parent_id'],
  remedy_mentions: ['post_id', 'comment_id', 'remedy_id', 'category', 'matched_text', 'negated', 'outcome', 'sentence', 'source_line'],
  remedy_candidates: ['term', 'mentions', 'commenters', 'example'],
  links: ['post_id', 'comment_id', 'url', 'normalized_url', 'domain', 'is_internal', 'link_class', 'source_line'],
  replies: ['comment_id', 'post_id', 'reply_to_comment_id', 'reply_to_author', 'cue'],
  sentences: ['comment_id', 'sentence_index', 'text', 'sentiment_score'],
  authors: ['author', 'comments', 'posts', 'first_utc', 'last_utc', 'active_days', 'replies_given', 'replies_received', 'mean_sentiment', 'is_blog_author'],
  post_activity: ['post_id', 'comments', 'commenters', 'first_comment_utc', 'last_comment_utc', 'lifespan_hours', 'author_comments', 'author_reply_rate', 'median_author_response_minutes'],
  response_times: ['comment_id', 'reply_comment_id', 'response_minutes'],
  activity_by_month: ['month', 'comments', 'commenters', 'new_commenters', 'posts_commented'],
  activity_by_hour: ['weekday', 'hour', 'comments'],
  sentiment_by_remedy: ['remedy_id', 'mentions', 'commenters', 'mean_sentence_sentiment', 'helped', 'no_effect', 'worse', 'considering'],
  sentiment_by_post: ['post_id', 'comments', 'mean_sentiment', 'positive', 'neutral', 'negative'],
  sentiment_by_month: ['month', 'comments', 'mean_sentiment', 'positive', 'neutral', 'negative'],
  changes: ['kind', 'post_id', 'comment_id', 'author', 'detail'],
} as const;

/** Name of an output table. */
export type TableName = keyof typeof TABLE_COLUMNS;
