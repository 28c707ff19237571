// Texts of the command line's usage errors and run summaries (see ./define.ts).
import { code } from './define.ts';

/** Usage error: an option the command does not know. */
export const cliUnknownOption = (option: string) => `Unexpected option ${code(option)}; run \`threadlens --help\` for the list.`;
/** Usage error: a command that does not exist. */
export const cliUnknownCommand = (command: string) =>
  `Unexpected command ${code(command)}, expected \`run\` or \`score\`; run \`threadlens --help\`.`;
/** Usage error: the input folder is missing. */
export const cliMissingInput = (dir: string) => `Input folder ${code(dir)} does not exist; pass \`--input DIR\` with your posts.`;
/** Usage error: an option value failed validation. */
export const cliBadValue = (option: string, why: string) => `Unexpected value for ${code(option)}: ${why}.`;
/** Usage error: an option file (lexicon, aliases, input of score) cannot be read. */
export const cliUnreadable = (option: string, file: string) => `Cannot read ${code(file)} given to ${code(option)}; check the path.`;
/** Warning: the input folder holds no Markdown post, so every table is empty. */
export const cliNoPosts = (dir: string) =>
  `No Markdown posts (\`*.md\`, \`*.markdown\`) under ${code(dir)}; the tables and the report are empty. Check \`--input\`.`;
/** Another run holds the lock on the derived folder. */
export const cliLocked = (dir: string, pid: number) =>
  `Another threadlens run (pid ${pid}) is writing ${code(dir)}; wait for it to finish, then run again.`;
/** Warning before a run whose input likely needs more heap than the process may use. */
export const cliHeapShort = (inputMb: number, needGb: number, limitGb: number) =>
  `The input (${inputMb.toLocaleString('en-US')} MB of Markdown) may need about ${needGb} GB of heap, and this process may use ` +
  `${limitGb} GB; if it runs out, rerun as ${code(`node --max-old-space-size=${Math.ceil(needGb * 1.25) * 1024} --import tsx pipeline/cli.ts ...`, 90)} ` +
  `(a flag on the command line; \`npm run pipeline\` and the bin set their own limit, which overrides NODE_OPTIONS).`;
