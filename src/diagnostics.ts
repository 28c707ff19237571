import type { Diagnostic, Message } from './schema/diagnostic.ts';

/** Collects positioned diagnostics for one run or one file; stages report into it instead of throwing. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  /** Records `message` at `file:line:column`; returns the stored diagnostic. */
  report(file: string, line: number, column: number, message: Message): Diagnostic {
    const d: Diagnostic = { file, line, column, ...message };
    this.items.push(d);
    return d;
  }

  /** Appends diagnostics collected elsewhere (a worker, a cached post). */
  addAll(items: readonly Diagnostic[]): void {
    for (const d of items) this.items.push(d);
  }

  /** Whether any diagnostic of severity `error` was raised. */
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** Returns `diags` in the stable output order: file, line, column, rule, message. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort(
    (a, b) =>
      cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule_id, b.rule_id) || cmp(a.message, b.message),
  );
}

/** Formats one diagnostic as `file:line:col: severity message [rule]`, the stderr form. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.rule_id}]`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
