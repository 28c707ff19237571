import { createHash } from 'node:crypto';

/** Returns a comment's stable id: the first 16 hex digits of sha256 over post id, author, date text and body. */
export function commentDigest(post_id: string, author: string, written_at: string, text: string): string {
  return createHash('sha256').update([post_id, author, written_at, text].join('\u0000')).digest('hex').slice(0, 16);
}

/**
 * Returns one id per digest, in order: a digest seen before in the list gets `-2`, `-3`, ... so identical comments
 * keep distinct ids that do not depend on anything outside the post.
 */
export function uniqueIds(digests: readonly string[]): { id: string; firstIndex: number | null }[] {
  const seen = new Map<string, { first: number; count: number }>();
  return digests.map((digest, i) => {
    const entry = seen.get(digest);
    if (!entry) {
      seen.set(digest, { first: i, count: 1 });
      return { id: digest, firstIndex: null };
    }
    entry.count++;
    return { id: `${digest}-${entry.count}`, firstIndex: entry.first };
  });
}
