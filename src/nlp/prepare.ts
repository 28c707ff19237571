/** A Markdown link's or image's target: `(url)`, `(url "title")`, with one level of parentheses inside the URL. */
const TARGET = String.raw`\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)`;
/** A Markdown image, `![alt](target)`, alt text included. */
const IMAGE = new RegExp(String.raw`!\[[^\]\n]*\]` + TARGET, 'g');
/** A link's `](target)`: the link text before it stays. */
const LINK_TARGET = new RegExp(String.raw`\]` + TARGET, 'g');

/**
 * Masks what is not prose (URLs, Markdown link targets, images, HTML tags) with spaces of the same length, so NLP sees
 * only words while every character offset, and so every line number, stays the same as in the comment text. An
 * image's alt text goes with it: on blogs it is mostly a file name (`potatoes-protein`, `headache-coffee`) or a
 * book's cover, not the writer's sentence.
 */
export function maskForNlp(text: string): string {
  return text
    .replace(/<\/?[a-zA-Z][^<>]*>/g, blank)
    .replace(IMAGE, blank)
    .replace(LINK_TARGET, (m) => ' ' + blank(m.slice(1)))
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
