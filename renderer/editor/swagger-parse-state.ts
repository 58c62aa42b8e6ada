/**
 * Whether the swagger text parses (tolerantly: trailing commas, comments and raw tabs in strings are accepted, as
 * the validator accepts them). While it does not, the forms show the last good state read-only and say why:
 * `useSwaggerParseState()` gives them the error's position and that last good value.
 */
import { printParseErrorCode } from 'jsonc-parser';
import { parsedText } from '../document/parsed';
import { useStudio } from '../store';

export type SwaggerParseState =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string; lastGood: unknown };

const SWAGGER = 'apiDefinition.swagger.json';
let cached: { text: string; state: SwaggerParseState } | undefined;
let lastGood: { projectId: string; value: unknown } | undefined;

/** Errors the tolerant parse recovers from exactly (the validator reports them as warnings). */
const RECOVERABLE = new Set(['InvalidCharacter']);

export function swaggerParseState(projectId: string, text: string): SwaggerParseState {
  if (cached?.text === text && (cached.state.ok || lastGood?.projectId === projectId)) return cached.state;
  let state: SwaggerParseState;
  // The same parse the forms read (one per text version).
  const { value, errors } = parsedText(SWAGGER, text);
  const broken = errors.find((e) => !RECOVERABLE.has(printParseErrorCode(e.error)));
  if (!broken) state = { ok: true, value };
  else {
    const { line, column } = position(text, broken.offset);
    state = { ok: false, line, column, message: printParseErrorCode(broken.error), lastGood: lastGood?.projectId === projectId ? lastGood.value : undefined };
  }
  if (state.ok) lastGood = { projectId, value: state.value };
  cached = { text, state };
  return state;
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The open project's swagger parse state (null without a project or swagger). */
export function useSwaggerParseState(): SwaggerParseState | null {
  const projectId = useStudio((s) => s.project?.id);
  const text = useStudio((s) => s.project?.files[SWAGGER]?.text);
  if (projectId === undefined || text === undefined) return null;
  return swaggerParseState(projectId, text);
}
