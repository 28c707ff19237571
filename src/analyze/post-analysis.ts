/** An analysis with nothing found. Its own module (types only beside it), so the NLP worker loads no schema. */
import type { PostAnalysis } from '../schema/analysis.ts';

/** An analysis with nothing found: the start of one being built. */
export function emptyAnalysis(): PostAnalysis {
  return { mentions: [], candidates: [], sentences: [], sentiment: [] };
}
