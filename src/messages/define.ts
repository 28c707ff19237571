import type { Message, Severity } from '../schema/diagnostic.ts';

/** Builds a catalogue message; every diagnostic text in threadlens is made through this. */
export function message(rule_id: string, severity: Severity, text: string): Message {
  return { rule_id, severity, message: text };
}

/** Wraps a value in backticks for a message, shortening long values. */
export function code(value: unknown, max = 60): string {
  const s = String(value).replace(/\s+/g, ' ');
  return '`' + (s.length > max ? s.slice(0, max - 1) + '…' : s) + '`';
}
