/**
 * Keeps the forms' "last good state" fresh while they are not on screen. swaggerParseState() remembers the last
 * version that parsed only when it is asked; while the author types in the code view nobody asks, so without this
 * the forms would fall back to the version from before the code view was opened. After a pause in editing (never
 * per keystroke: a 1 MB definition takes a while to parse), the current text is parsed once in idle time.
 */
import { useStudio } from '../../../store';
import { swaggerParseState } from '../../../editor/swagger-parse-state';
import { SWAGGER } from '../../../document/definition/operation-edits';

const PAUSE_MS = 400;
let timer: ReturnType<typeof setTimeout> | undefined;

function parseNow(): void {
  const project = useStudio.getState().project;
  const text = project?.files[SWAGGER]?.text;
  if (project && text !== undefined) swaggerParseState(project.id, text);
}

useStudio.subscribe((state, previous) => {
  const text = state.project?.files[SWAGGER]?.text;
  if (text === undefined || text === previous.project?.files[SWAGGER]?.text) return;
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(parseNow, { timeout: 2000 });
    else parseNow();
  }, PAUSE_MS);
});
