import { decodeHTML } from 'entities';
import { maskForNlp } from '../nlp/prepare.ts';
import type { Nlp } from '../nlp/wink.ts';
import { extractRemedies, threadTopics } from '../remedies/extract.ts';
import { scopeWords } from '../remedies/learn-scope.ts';
import type { RawComment } from '../schema/comment.ts';
import type { ParsedPost } from '../schema/post.ts';
import { scoreDoc } from '../sentiment/score.ts';
import type { Analyzer } from './analyzer.ts';
import type { PostAnalysis } from '../schema/analysis.ts';
import { emptyAnalysis } from './post-analysis.ts';

/**
 * The words of the texts `analyzePost` reads for these posts (see `learn-scope.ts`): an analyzer created with them as
 * its scope analyses exactly these posts as one that learned the whole lexicon.
 */
export function postScope(posts: readonly { post: ParsedPost; comments: readonly RawComment[] }[], nlp: Nlp): Set<string> {
  const texts = posts.flatMap(({ post, comments }) => [maskForNlp(post.title), maskForNlp(bodyText(post)), ...comments.map((c) => maskForNlp(c.text))]);
  return scopeWords(texts, texts.map((t) => nlp.readDoc(t)), nlp);
}

/**
 * Returns the NLP results of one post: each comment is read once by wink-nlp and that document feeds both the remedy
 * extractor and the sentiment scorer; the post body is read for its remedy mentions (empty `comment_id`) unless
 * `readBody` is false (a rerun that keeps the body's previous results, see `reuse.ts`). The title is read for the
 * thread's topics (`threadTopics`), which every text of the post may name.
 */
export function analyzePost(post: ParsedPost, comments: readonly RawComment[], analyzer: Analyzer, readBody = true): PostAnalysis {
  const out = emptyAnalysis();
  const topics = threadTopics(post.title, analyzer.matcher);
  if (readBody) {
    const body = bodyText(post);
    const bodyDoc = analyzer.nlp.readDoc(maskForNlp(body));
    const fromBody = extractRemedies(bodyDoc, analyzer.matcher, { post_id: post.post_id, comment_id: '', author: post.author, text: body, body_line: post.body_line, topics });
    out.mentions.push(...fromBody.mentions);
  }
  for (const c of comments) {
    const doc = analyzer.nlp.readDoc(maskForNlp(c.text));
    const found = extractRemedies(doc, analyzer.matcher, { post_id: c.post_id, comment_id: c.comment_id, author: c.author, text: c.text, body_line: c.body_line, topics });
    out.mentions.push(...found.mentions);
    out.candidates.push(...found.candidates);
    const s = scoreDoc(doc, analyzer.nlp, c.text, analyzer.adjustments);
    out.sentiment.push({ comment_id: c.comment_id, sentiment_score: s.sentiment_score, sentiment_label: s.sentiment_label });
    for (const sentence of s.sentences) out.sentences.push({ comment_id: c.comment_id, ...sentence });
  }
  return out;
}

/** The post body as it is read: HTML entities decoded (each text read is then masked with `maskForNlp`). */
function bodyText(post: ParsedPost): string {
  return decodeHTML(post.body);
}
