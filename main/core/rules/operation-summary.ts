/**
 * Catalogue 24 (CERTIFICATION.md §3 C): every operation has a `summary` ("The 'summary' property is
 * required", PPC#609) without the characters / \ < > * % & ? ("Summary string contains any of the restricted
 * characters", PPC#1095). Warning: at most 80 characters, sentence case, no trailing punctuation or space
 * (L:connector-string-guidance).
 */
import type { Rule } from './rule';
import { operationsOf } from './support/document-index';
import { titleFromName, withoutTrailingPunctuation } from './support/text';

const FILE = 'apiDefinition.swagger.json';
const RESTRICTED = /[/\\<>*%&?]/;
const MAX = 80;

export const operationSummary: Rule = {
  id: 'operation-summary',
  catalogue: [24],
  severity: 'error',
  step: 'definition',
  description: 'Every operation has a summary of at most 80 characters, free of / \\ < > * % & ? and trailing punctuation.',
  check(ctx, report) {
    for (const op of operationsOf(ctx)) {
      const path = `${op.pointer}/summary`;
      const summary = op.operation.summary;
      if (typeof summary !== 'string' || summary.trim() === '') {
        const suggestion = op.operationId ? sentenceCase(titleFromName(op.operationId)) : '';
        report({
          message: "The 'summary' property is required",
          file: FILE,
          path,
          fix: suggestion ? { label: `Set the summary to "${suggestion}"`, edits: [{ file: FILE, path, value: suggestion }] } : undefined,
        });
        continue;
      }
      if (RESTRICTED.test(summary)) {
        report({ message: 'Summary string contains any of the restricted characters: / \\ < > * % & ?', file: FILE, path });
      }
      // Code points, not code units (an emoji is one character); no more code units than MAX means no more characters.
      if (summary.length > MAX && [...summary].length > MAX) {
        report({ message: `The summary should be at most ${MAX} characters.`, file: FILE, path, severity: 'warning' });
      }
      if (isTitleCase(summary)) {
        report({ message: 'Write the summary in sentence case ("Create a task", not "Create A Task").', file: FILE, path, severity: 'warning' });
      }
      const trimmed = withoutTrailingPunctuation(summary);
      if (trimmed !== summary && trimmed !== '') {
        report({
          message: 'The summary should not end with punctuation or a space.',
          file: FILE,
          path,
          severity: 'warning',
          fix: { label: `Change it to "${trimmed}"`, edits: [{ file: FILE, path, value: trimmed }] },
        });
      }
    }
  },
};

/**
 * Title Case: at least two ordinary words after the first, all capitalised ("Create Webhook Subscription").
 * Acronyms and names written in capitals (SMS, PDF, eDOCS) are not ordinary words and do not count.
 */
function isTitleCase(text: string): boolean {
  let ordinary = 0;
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (!isOrdinaryWord(word)) continue;
    if (!isUpper(word.charCodeAt(0))) return false;
    ordinary++;
  }
  return ordinary >= 2;
}

/** /^[A-Za-z][a-z]{2,}$/: a capital or small letter, then at least two small ones. */
function isOrdinaryWord(word: string): boolean {
  if (word.length < 3 || !(isUpper(word.charCodeAt(0)) || isLower(word.charCodeAt(0)))) return false;
  for (let i = 1; i < word.length; i++) if (!isLower(word.charCodeAt(i))) return false;
  return true;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** "Get Contact By Id" -> "Get contact by id". */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}
