/** Progress on stderr: a live counter when stderr is a terminal, one quiet summary line per stage otherwise. */

/** Reports a stage's progress; `done()` prints its summary line. */
export interface Progress {
  tick(n?: number): void;
  done(summary: string): void;
}

/** Where the shell prints: stderr by default, an array in tests. */
export interface LogSink {
  write(line: string): void;
  isTTY: boolean;
}

/** A sink on `process.stderr`. */
export const stderrSink: LogSink = {
  write: (line) => void process.stderr.write(line),
  isTTY: Boolean(process.stderr.isTTY),
};

/** Starts progress for `stage` over `total` items. */
export function startProgress(sink: LogSink, stage: string, total: number): Progress {
  let count = 0;
  let lastDraw = 0;
  const t0 = performance.now();
  return {
    tick(n = 1) {
      count += n;
      if (!sink.isTTY) return;
      const now = performance.now();
      if (now - lastDraw < 100 && count < total) return;
      lastDraw = now;
      const width = 24;
      const filled = total > 0 ? Math.round((count / total) * width) : width;
      sink.write(`\r${stage.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total}`);
    },
    done(summary) {
      const ms = Math.round(performance.now() - t0);
      sink.write(`${sink.isTTY ? '\r\x1b[K' : ''}${stage.padEnd(9)} ${summary} (${ms} ms)\n`);
    },
  };
}
