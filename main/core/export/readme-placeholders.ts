/**
 * Marks for what the author must write in a generated readme: visible when the Markdown is rendered
 * (so a reviewer would notice one left behind) and easy to find mechanically before export.
 */

export interface ReadmePlaceholder {
  line: number;
  column: number;
  /** What the author should write there. */
  hint: string;
}

export function placeholder(hint: string): string {
  return `**[FILL IN: ${hint}]**`;
}

const PLACEHOLDER = /\[FILL IN: ([^\]\n]*)\]/g;

/** Every placeholder still in the text, in reading order (1-based line and column of the "["). */
export function listReadmePlaceholders(text: string): ReadmePlaceholder[] {
  const found: ReadmePlaceholder[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(PLACEHOLDER)) {
      found.push({ line: index + 1, column: match.index + 1, hint: match[1] });
    }
  });
  return found;
}
