/** `--watch`: rerun when the input folder changes; a burst of saves is one run; Ctrl-C exits cleanly. */
import { watch, type FSWatcher } from 'node:fs';
import type { RunOptions } from '../src/schema/options.ts';
import type { LogSink } from './progress.ts';
import { isMarkdownName, linkTargets } from './fs-io.ts';

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
      followLinks();
      running = false;
      if (pending) {
        pending = false;
        trigger();
      }
    };
    const onChange = (_event: string, name: string | Buffer | null) => {
      if (name === null || isMarkdownName(String(name)) || !String(name).includes('.')) trigger();
    };
    const watcher = watch(options.input, { recursive: true }, onChange);
    // A watcher on the input does not see inside the folders and files its links lead to: each gets its own, kept in
    // step with the links after every run.
    const linked = new Map<string, FSWatcher>();
    const followLinks = () => {
      let targets: { folders: string[]; files: string[] };
      try {
        targets = linkTargets(options.input);
      } catch {
        return; // the input is gone: the next run says so
      }
      const wanted = new Map([...targets.folders.map((f) => [f, true] as const), ...targets.files.map((f) => [f, false] as const)]);
      for (const [target, w] of linked) {
        if (!wanted.has(target)) {
          w.close();
          linked.delete(target);
        }
      }
      for (const [target, recursive] of wanted) {
        if (linked.has(target)) continue;
        try {
          const w = watch(target, { recursive }, recursive ? onChange : () => trigger());
          // A target removed under its watcher: forget it; the next run reports the broken link.
          w.on('error', () => {
            w.close();
            linked.delete(target);
          });
          linked.set(target, w);
        } catch {
          // gone since it was listed: the next run reports it
        }
      }
    };
    followLinks();
    sink.write(`watch     watching ${options.input}${linked.size > 0 ? ` and ${linked.size} linked ${linked.size === 1 ? 'target' : 'targets'}` : ''} (Ctrl-C to stop)\n`);
    const stop = () => {
      if (timer) clearTimeout(timer);
      watcher.close();
      for (const w of linked.values()) w.close();
      sink.write('watch     stopped\n');
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
