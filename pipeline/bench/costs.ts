/** The benchmark's reading of how a full run's cost grows with the corpus. */

/**
 * The cost of each comment added from one synthetic corpus to the next (the difference of their full runs over the
 * difference of their sizes), which leaves out what a run pays once whatever its size (workers, the model, learning
 * the lexicon's patterns): with three sizes or more, how far apart the steps are, against the 15% target.
 */
export function marginalCosts(corpora: readonly { corpus: string; comments: number; fullMs: number }[]): string {
  // By size, one corpus per size: a step needs two different sizes.
  const synth = [...corpora].sort((a, b) => a.comments - b.comments).filter((r, i, all) => i === 0 || r.comments !== all[i - 1]!.comments);
  if (synth.length < 2) return '';
  const steps = synth.slice(1).map((r, i) => {
    const prev = synth[i]!;
    return { from: prev.corpus.replace('synthetic ', ''), to: r.corpus.replace('synthetic ', ''), ms: (r.fullMs - prev.fullMs) / (r.comments - prev.comments) };
  });
  const list = steps.map((st) => `${st.from} -> ${st.to} ${st.ms.toFixed(3)} ms`).join(', ');
  const fixed = synth[0]!.fullMs - steps[0]!.ms * synth[0]!.comments;
  let line = `Cost of each added comment (the difference of two full runs over the difference of their sizes): ${list}; what a run pays whatever its size, from the first two: ${(fixed / 1000).toFixed(2)} s.`;
  if (steps.length > 1) {
    const ms = steps.map((st) => st.ms);
    const spread = Math.max(...ms) / Math.min(...ms) - 1;
    line += ` The steps differ by ${(100 * spread).toFixed(1)}% (target: within 15% of linear).`;
  }
  return line;
}
