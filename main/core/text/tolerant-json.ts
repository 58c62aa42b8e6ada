/**
 * Tolerant JSON parsing with positioned problems.
 *
 * Merged, certified connectors contain trailing commas, missing commas and raw tabs inside strings
 * (CERTIFICATION.md, key facts). They must open: we recover a value with jsonc-parser and list each
 * problem with its line and column, instead of refusing the file. Strict JSON takes the fast path.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LineIndex } from './line-index';

export interface SyntaxProblem {
  /** 0-based offset into the text. */
  offset: number;
  length: number;
  line: number;
  column: number;
  message: string;
  /** 'error': the JSON is broken; 'warning': recoverable (trailing comma, comment). */
  severity: 'error' | 'warning';
}

export interface ParsedJson {
  /** The recovered value (undefined only when nothing could be recovered). */
  value: unknown;
  problems: SyntaxProblem[];
  /** True when the text is strict JSON (JSON.parse accepts it). */
  strict: boolean;
}

/** Keyed by jsonc-parser's error code names (its enum is a const enum we cannot import). */
const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: "Expected ':' after the property name",
  CommaExpected: "Missing ',' between two entries",
  CloseBraceExpected: "Missing '}' at the end of an object",
  CloseBracketExpected: "Missing ']' at the end of an array",
  EndOfFileExpected: 'Unexpected text after the end of the document',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid \\u escape',
  InvalidEscapeCharacter: 'Invalid escape character in a string',
  InvalidCharacter: 'Raw control character (such as a tab) inside a string: JSON needs it escaped',
};

export function parseTolerant(text: string): ParsedJson {
  try {
    return { value: JSON.parse(text), problems: [], strict: true };
  } catch {
    // fall through: analyse the broken text
  }
  const lines = new LineIndex(text);
  // One strict pass. jsonc-parser recovers the same value whether or not it allows trailing commas and
  // comments (it steps over a trailing comma onto the closing bracket, and over a comment, either way); strict,
  // it also reports each of them, and those are the recoverable problems: warnings. Everything else is broken
  // structure: errors. (test/unit/text/tolerant-json.test.ts holds this to a lenient plus a strict pass.)
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  const problems: SyntaxProblem[] = [];
  const toleratedAt = new Set<number>();
  for (const error of errors) {
    const code = printParseErrorCode(error.error);
    // A trailing comma: strict jsonc expects one more member before '}', or one more element before ']'.
    const trailingComma = code === 'PropertyNameExpected' ? isAfterTrailingComma(text, error.offset, '}') : code === 'ValueExpected' ? isAfterTrailingComma(text, error.offset, ']') : undefined;
    const tolerated = code === 'InvalidCommentToken' || trailingComma !== undefined;
    // After a trailing comma strict jsonc may complain twice at the same place (no property, no value): one warning.
    if (toleratedAt.has(error.offset)) continue;
    if (tolerated) toleratedAt.add(error.offset);
    const problem = toProblem(text, lines, error, tolerated ? 'warning' : 'error');
    if (trailingComma !== undefined) {
      const at = lines.position(trailingComma);
      problem.offset = trailingComma;
      problem.length = 1;
      problem.line = at.line;
      problem.column = at.column;
      problem.message = 'Trailing comma before the closing bracket (JSON does not allow it)';
    } else if (tolerated) {
      problem.message = 'Comments are not allowed in JSON';
    }
    problems.push(problem);
  }
  problems.sort((a, b) => a.offset - b.offset);
  return { value, problems, strict: false };
}

function toProblem(text: string, lines: LineIndex, error: ParseError, severity: 'error' | 'warning'): SyntaxProblem {
  const offset = isRecoverable(text, error) ? firstControlCharacter(text, error) : error.offset;
  const { line, column } = lines.position(offset);
  const message = MESSAGES[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error);
  return { offset, length: error.length, line, column, message, severity: isRecoverable(text, error) ? 'warning' : severity };
}

/** Raw tabs in strings are recovered exactly; only "broken structure" is an error. */
function isRecoverable(_text: string, error: ParseError): boolean {
  return printParseErrorCode(error.error) === 'InvalidCharacter';
}

/** jsonc-parser reports a raw control character at the start of its string: point at the character itself. */
function firstControlCharacter(text: string, error: ParseError): number {
  for (let i = error.offset; i < error.offset + error.length; i++) {
    if (text.charCodeAt(i) < 0x20) return i;
  }
  return error.offset;
}

/** If the error sits on `bracket` preceded (across whitespace) by a comma, that comma's offset. */
function isAfterTrailingComma(text: string, offset: number, bracket: '}' | ']'): number | undefined {
  if (text[offset] !== bracket) return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' ? i : undefined;
}
