/**
 * threadlens command line: `threadlens [run] [options]` and `threadlens score [FILE]`.
 * Exit status: 0 all input used, 1 an error diagnostic was raised (outputs still written), 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { RunOptions, ScoreOptions } from '../src/schema/options.ts';
import { cliBadValue, cliMissingInput, cliUnknownCommand, cliUnknownOption } from '../src/messages/cli.ts';
import { isDirectory } from './fs-io.ts';

/** The text `threadlens --help` prints. */
export const HELP = `threadlens: blog comment threads -> analytics tables and an HTML report

Usage:
  threadlens [run] [options]      analyse the posts under --input, write tables and the report
  threadlens score [FILE|-]       score text outside a corpus: JSON lines {"id","text","title"} (id optional;
                                  title, the thread's post title, makes its remedies' topic words count) or plain
                                  lines (stdin when FILE is absent or -); one JSON line per input on stdout; a
                                  JSON object without a string "text" is an error on stderr and is skipped

Options of run:
  --input DIR          folder of Markdown posts, read recursively            (default data/raw)
  --derived DIR        where the CSV tables and the cache manifest go        (default data/derived)
  --report DIR         where report.html and specs/*.vl.json go              (default reports)
  --timezone ZONE      auto, or an IANA zone for comment date lines          (default auto)
  --lexicon FILE       YAML/JSON remedy entries that add to or override the built-in lexicon
  --aliases FILE       YAML/JSON {canonical: [variants]} merging commenter names
  --site URL           the blog's own address: marks internal links, links post titles in the report
  --full               ignore the cache and analyse every post again
  --watch              after the run, rerun whenever --input (or what its links lead to) changes (Ctrl-C to stop)
  --workers N          NLP worker threads (default: one per core, 1 for small inputs)
  --strict             exit 1 on warnings too, not only on errors
  -h, --help           this text

Options of score:
  --lexicon FILE       as for run

Exit status: 0 when all input was used, 1 when a diagnostic of severity error was raised (outputs are still
written), 2 for bad usage (unknown option, missing input folder).
`;

/** A parsed command line: what to do, with validated options, or a usage error. */
export type Command =
  | { kind: 'help' }
  | { kind: 'run'; options: RunOptions }
  | { kind: 'score'; options: ScoreOptions }
  | { kind: 'usage-error'; message: string };

/** Parses argv (without `node` and the script) into a command; never throws. */
export function parseCommand(argv: string[]): Command {
  const [first, ...rest] = argv;
  const isCommand = first !== undefined && !first.startsWith('-');
  const name = isCommand ? first : 'run';
  const args = isCommand ? rest : argv;
  if (name !== 'run' && name !== 'score') return { kind: 'usage-error', message: cliUnknownCommand(name) };
  try {
    if (name === 'score') {
      const { values, positionals } = parseArgs({
        args,
        options: { lexicon: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
      if (values.help) return { kind: 'help' };
      if (positionals.length > 1) return { kind: 'usage-error', message: cliUnknownOption(positionals[1] ?? '') };
      const file = positionals[0] === '-' ? undefined : positionals[0];
      return validated('score', ScoreOptions.safeParse({ file, lexicon: values.lexicon }));
    }
    const { values, positionals } = parseArgs({
      args,
      options: {
        input: { type: 'string' },
        derived: { type: 'string' },
        report: { type: 'string' },
        timezone: { type: 'string' },
        lexicon: { type: 'string' },
        aliases: { type: 'string' },
        site: { type: 'string' },
        workers: { type: 'string' },
        full: { type: 'boolean' },
        watch: { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) return { kind: 'help' };
    if (positionals.length > 0) return { kind: 'usage-error', message: cliUnknownOption(positionals[0] ?? '') };
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    return validated('run', RunOptions.safeParse({ ...values, help: undefined, workers }));
  } catch (e) {
    const err = e as { code?: string; message: string };
    const option = /'([^']+)'/.exec(err.message)?.[1] ?? err.message;
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { kind: 'usage-error', message: cliUnknownOption(option) };
    return { kind: 'usage-error', message: cliBadValue(option, err.message.split('\n')[0] ?? '') };
  }
}

function validated<K extends 'run' | 'score'>(
  kind: K,
  result: { success: true; data: K extends 'run' ? RunOptions : ScoreOptions } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
): Command {
  if (result.success) return { kind, options: result.data } as Command;
  const issue = result.error.issues[0];
  return { kind: 'usage-error', message: cliBadValue(`--${String(issue?.path[0] ?? '?')}`, issue?.message ?? 'invalid') };
}

/** Runs the CLI and returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  if (command.kind === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`threadlens: ${command.message}\n`);
    return 2;
  }
  if (command.kind === 'score') {
    const { runScore } = await import('./score.ts');
    return runScore(command.options);
  }
  if (!(await isDirectory(command.options.input))) {
    process.stderr.write(`threadlens: ${cliMissingInput(command.options.input)}\n`);
    return 2;
  }
  const { runCommand } = await import('./run.ts');
  return runCommand(command.options);
}

const invokedDirectly = process.argv[1] !== undefined && /cli\.ts$/.test(process.argv[1]);
if (invokedDirectly || process.env.THREADLENS_BIN === '1') {
  process.exitCode = await main(process.argv.slice(2));
}
