/**
 * The run's corpus stage, after every record is at hand (read from the cache or analysed): the corpus tables (finished
 * from the part prepared while the NLP ran, when there is one), the diff against the last run, the staged outputs and
 * records file, and the new manifest header.
 */
import type { PostRecord } from '../src/analyze/post-record.ts';
import { diffRuns, summarizeChanges } from '../src/changes/diff.ts';
import { takeSnapshot } from '../src/changes/snapshot.ts';
import { assembleCorpus, finishCorpus, type CorpusBase, type CorpusOptions, type CorpusResult } from '../src/corpus/assemble.ts';
import { Diagnostics, sortDiagnostics } from '../src/diagnostics.ts';
import type { Diagnostic } from '../src/schema/diagnostic.ts';
import type { RunOptions } from '../src/schema/options.ts';
import type { ConfigTexts, RunConfig } from './config.ts';
import { cachePaths, type ManifestHeader } from './manifest.ts';
import { stageOutputs, type CsvReuse } from './outputs.ts';
import type { LogSink } from './progress.ts';
import { writeRecords } from './records-file.ts';
import type { StagedWrites } from './staged-writes.ts';

/** Runs the corpus stage and stages its outputs and the records file; returns the new manifest header. */
export async function stageCorpus(
  staged: StagedWrites,
  options: RunOptions,
  config: RunConfig,
  records: PostRecord[],
  diag: Diagnostics,
  previous: ManifestHeader | null,
  corpusKey: string,
  texts: ConfigTexts,
  sink: LogSink,
  lap: (name: string) => void,
  prepared: Prepared | null,
  cached: ReadonlyMap<string, PostRecord> | null,
): Promise<{ header: Omit<ManifestHeader, 'format'>; summary: string; overlapped: boolean }> {
  // The NLP-free part done while the workers ran serves when it was done over exactly these posts.
  const usable = prepared !== null && sameFiles(prepared.base.files, records);
  const corpusDiag = usable ? prepared!.diag : new Diagnostics();
  const corpus = usable
    ? finishCorpus(prepared!.base, records, corpusOptions(options, config), corpusDiag)
    : assembleCorpus(records, corpusOptions(options, config), corpusDiag);
  lap('corpus');
  sink.write(`timezone  ${corpus.zone.zone} (${corpus.zone.source})${corpus.zone.evidence ? `: ${corpus.zone.evidence}` : ''}\n`);
  const mentions = corpus.mentions;
  const snapshot = takeSnapshot({ posts: records.map((r) => r.post), comments: corpus.comments, mentions });
  const changes = diffRuns(previous?.snapshot ?? null, snapshot, { comments: corpus.comments, mentions, replies: corpus.replies });
  const summary = summarizeChanges(previous?.snapshot ?? null, changes);
  const diagnostics: Diagnostic[] = sortDiagnostics([...diag.items, ...records.flatMap((r) => r.diagnostics), ...corpusDiag.items]);
  const csvIndex = await stageOutputs(staged, options, corpus, changes, summary, diagnostics, lap, csvReuse(previous, records, corpus, cached));
  const paths = cachePaths(options.derived);
  // Records whose links or replies were computed anew carry them to the next run (and are encoded, not copied).
  const memoised = records.map((r) => {
    const memo = corpus.memos.get(r.source_file);
    return memo ? { ...r, corpus: memo } : r;
  });
  const recordsFile = writeRecords(staged, options.derived, memoised, cached);
  const outputs = staged.commit();
  delete outputs[paths.records];
  delete outputs[paths.config];
  const header = {
    keys: texts.keys,
    corpus_key: corpusKey,
    files: Object.fromEntries(records.map((r) => [r.source_file, r.digest])),
    records_sha: recordsFile.sha,
    records_size: recordsFile.size,
    diagnostics,
    corpus_diagnostics: corpusDiag.items,
    counts: { posts: records.length, comments: records.reduce((n, r) => n + r.comments.length, 0) },
    outputs,
    csv_index: csvIndex,
    snapshot,
  };
  return { header, summary, overlapped: usable };
}

/**
 * What the record tables may copy from the previous run's files: the rows of each record read from the cache whose
 * links, replies and times were reused (no memo was made anew). Nothing when post ids repeat: rows are then matched
 * across posts (comment ids are unique only within a post id).
 */
function csvReuse(previous: ManifestHeader | null, records: readonly PostRecord[], corpus: CorpusResult, cached: ReadonlyMap<string, PostRecord> | null): CsvReuse | null {
  if (previous?.csv_index === undefined || cached === null) return null;
  if (new Set(records.map((r) => r.post.post_id)).size !== records.length) return null;
  const keep = new Set(records.filter((r) => cached.get(r.source_file) === r && !corpus.memos.has(r.source_file)).map((r) => r.source_file));
  return { index: previous.csv_index, outputs: previous.outputs, keep };
}

/** The corpus stage's NLP-free part, computed while the NLP ran, and the diagnostics it reported. */
export type Prepared = { base: CorpusBase; diag: Diagnostics };

/** The corpus stage's options from the run's options and configuration. */
export function corpusOptions(options: RunOptions, config: RunConfig): CorpusOptions {
  return { timezone: options.timezone, site: options.site, aliases: config.aliases, lexicon: config.analyzer.lexicon, linkRules: config.linkRules };
}

function sameFiles(files: readonly string[], records: readonly PostRecord[]): boolean {
  return files.length === records.length && records.every((r, i) => r.source_file === files[i]);
}
