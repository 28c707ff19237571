/**
 * Masks what is not prose (URLs, Markdown link targets, HTML tags) with spaces of the same length, so NLP sees only
 * words while every character offset, and so every line number, stays the same as in the comment text.
 */
export function maskForNlp(text: string): string {
  return text
    .replace(/<\/?[a-zA-Z][^<>]*>/g, blank)
    .replace(/\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)/g, (m) => ' ' + blank(m.slice(1)))
    .replace(/!\[/g, '  ')
    .replace(/\b(?:https?:\/\/|www\.)[^\s<>()\]]+/gi, (m) => {
      const kept = m.replace(/[.,;:!?'"]+$/, '');
      return blank(kept) + m.slice(kept.length);
    });
}

/** Returns the 1-based line of character `offset` in `text`, counting from `firstLine`. */
export function lineAt(text: string, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function blank(m: string): string {
  return m.replace(/[^\n]/g, ' ');
}
