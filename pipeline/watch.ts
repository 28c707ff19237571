/** `--watch`: rerun when the input folder changes; a burst of saves is one run; Ctrl-C exits cleanly. */
import { watch } from 'node:fs';
import type { RunOptions } from '../src/schema/options.ts';
import type { LogSink } from './progress.ts';
import { isMarkdownName } from './fs-io.ts';

/** Milliseconds of quiet after the last change before a rerun starts. */
export const DEBOUNCE_MS = 300;

/** Watches `options.input` and calls `rerun` after each debounced burst of changes; resolves with 0 on SIGINT/SIGTERM. */
export function watchInput(options: RunOptions, sink: LogSink, rerun: () => Promise<{ exitCode: number }>): Promise<number> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | null = null;
    let running = false;
    let pending = false;
    const trigger = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    };
    const run = async () => {
      timer = null;
      if (running) {
        pending = true;
        return;
      }
      running = true;
      sink.write('watch     change seen, running again\n');
      await rerun();
      running = false;
      if (pending) {
        pending = false;
        trigger();
      }
    };
    const watcher = watch(options.input, { recursive: true }, (_event, name) => {
      if (name === null || isMarkdownName(String(name)) || !String(name).includes('.')) trigger();
    });
    sink.write(`watch     watching ${options.input} (Ctrl-C to stop)\n`);
    const stop = () => {
      if (timer) clearTimeout(timer);
      watcher.close();
      sink.write('watch     stopped\n');
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
