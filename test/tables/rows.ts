import type { Post } from '../../src/schema/post.ts';
import type { Reply } from '../../src/schema/reply.ts';
import type { Mention } from '../../src/schema/mention.ts';
import type { TableComment } from '../../src/tables/inputs.ts';

/** A table comment with defaults; tests override only what they check. */
export function comment(over: Partial<TableComment> & { comment_id: string }): TableComment {
  return {
    post_id: 'p1', position: 1, author: over.author_key ?? 'Ann', written_at: '', is_post_author: false, word_count: 3,
    text: 'text', source_file: 'p1.md', source_line: 1, date_line: 2, body_line: 3,
    local_time: null, utc_offset: null, utc_time: null,
    author_key: 'Ann', reply_to_author: '', sentiment_score: null, sentiment_label: null,
    ...over,
  };
}

/** A reply with defaults. */
export function reply(over: Partial<Reply> & { comment_id: string }): Reply {
  return { post_id: 'p1', reply_to_comment_id: '', reply_to_author: '', cue: 'at-mention', ...over };
}

/** A post with defaults. */
export function post(over: Partial<Post> & { post_id: string }): Post {
  return {
    source_file: `${over.post_id}.md`, title: 'T', author: 'MAS', published_utc: null, modified_utc: null, categories: '',
    tags: '', timezone: 'America/Los_Angeles', declared_comment_count: null, comment_count: 0, ...over,
  };
}

/** A comment mention with defaults. */
export function mention(over: Partial<Mention> & { comment_id: string; remedy_id: string }): Mention {
  return {
    post_id: 'p1', category: 'c', matched_text: over.remedy_id, negated: false, outcome: 'unknown', sentence: 's',
    sentence_index: 0, source_line: 1, ...over,
  };
}
