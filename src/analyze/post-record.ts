import { z } from 'zod';
import { RawComment } from '../schema/comment.ts';
import { Diagnostic } from '../schema/diagnostic.ts';
import { SiteEvidence } from '../links/site.ts';
import { Link } from '../schema/link.ts';
import { ParsedPost } from '../schema/post.ts';
import { Reply } from '../schema/reply.ts';
import { PostTimes } from '../time/normalize.ts';
import { PackedAnalysis } from '../schema/analysis.ts';
import { PostParticipation } from '../corpus/participation.ts';

/**
 * A post's share of the corpus stage, kept with its record so a rerun does not redo it for unchanged posts: its site
 * evidence (which depends on the post alone), its links (which depend on the post and the blog's site), its replies
 * (which depend on the post and on how its names resolve to authors) and its times (which depend on the post and its
 * zone), each under the key of what it depends on beyond the post itself, and its participation rows (which depend on
 * nothing more than those).
 */
export const CorpusMemo = z.object({
  /** What the post's body says about the blog's own site (the site is inferred from every post's). */
  site_evidence: SiteEvidence,
  links_key: z.string(),
  links: z.array(Link),
  link_diagnostics: z.array(Diagnostic),
  replies_key: z.string(),
  replies: z.array(Reply),
  /** The post's zone tally and comment times (which depend on the post and the zone it is read in). */
  times: PostTimes.optional(),
  /** The post's rows in post_activity and response_times (which depend on its comments, replies and times). */
  participation: PostParticipation.optional(),
});
export type CorpusMemo = z.infer<typeof CorpusMemo>;

/** Everything the per-file stages produce for one input file: the unit the cache stores and the corpus stage reads. */
export const PostRecord = z.object({
  source_file: z.string(),
  digest: z.string(),
  post: ParsedPost,
  comments: z.array(RawComment),
  diagnostics: z.array(Diagnostic),
  /** Its NLP results, packed (`record-codec.ts`): as the workers send them and the records file keeps them. */
  analysis: PackedAnalysis,
  /** Set by the corpus stage; absent on a record fresh from the NLP stage. */
  corpus: CorpusMemo.optional(),
});
export type PostRecord = z.infer<typeof PostRecord>;
