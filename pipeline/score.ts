/** `threadlens score`: text outside a corpus in (file or stdin, JSON lines or plain lines), JSON lines out on stdout. */
import { constants, createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createAnalyzer } from '../src/analyze/analyzer.ts';
import { Diagnostics, formatDiagnostic } from '../src/diagnostics.ts';
import { cliUnreadable } from '../src/messages/cli.ts';
import type { ScoreOptions } from '../src/schema/options.ts';
import { parseScoreLine, scoreInput } from '../src/score/score-text.ts';
import { loadConfig, UsageError } from './config.ts';

/** Scores every non-empty input line; returns the exit status (2 when the input cannot be read). */
export async function runScore(options: ScoreOptions): Promise<number> {
  const diag = new Diagnostics();
  let config;
  try {
    config = await loadConfig({ lexicon: options.lexicon, aliases: undefined, timezone: 'auto', site: undefined }, diag);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`threadlens: ${e.message}\n`);
    return 2;
  }
  for (const d of diag.items) process.stderr.write(formatDiagnostic(d) + '\n');
  if (options.file !== undefined) {
    try {
      await access(options.file, constants.R_OK);
    } catch {
      process.stderr.write(`threadlens: ${cliUnreadable('score', options.file)}\n`);
      return 2;
    }
  }
  const analyzer = createAnalyzer(config.analyzer);
  const input = options.file === undefined ? process.stdin : createReadStream(options.file, 'utf8');
  const failed = await new Promise<boolean>((resolve) => {
    input.on('error', (e: Error) => {
      process.stderr.write(`threadlens: cannot read \`${options.file}\`: ${e.message}\n`);
      resolve(true);
    });
    const lines = createInterface({ input, crlfDelay: Infinity });
    lines.on('error', () => resolve(true));
    let n = 0;
    const name = options.file ?? '<stdin>';
    lines.on('line', (line) => {
      n++;
      if (line.trim() === '') return;
      const before = diag.items.length;
      const input = parseScoreLine(line, n, name, diag);
      for (const d of diag.items.slice(before)) process.stderr.write(formatDiagnostic(d) + '\n');
      if (input !== null) process.stdout.write(JSON.stringify(scoreInput(input, analyzer, config.linkRules)) + '\n');
    });
    lines.on('close', () => resolve(false));
  });
  if (failed) return 2;
  return diag.hasErrors ? 1 : 0;
}
