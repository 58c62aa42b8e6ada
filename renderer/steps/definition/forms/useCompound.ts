/** Several DocEdits (possibly in both files) as one undo step; typing with a coalesce key stays one step. */
import { useStudio } from '../../../store';
import { parsedJson } from '../../../document/parsed';
import { applyDocEdits } from '../../../../main/core/model/json-edit';
import type { DocEdit } from '../../../../main/core/model/findings';

export function useCompound() {
  const commitTexts = useStudio((s) => s.commitTexts);
  return (edits: DocEdit[], label: string, coalesceKey?: string) => {
    const files = useStudio.getState().project?.files;
    if (!files) return;
    const next: Partial<Record<DocEdit['file'], string>> = {};
    for (const file of ['apiDefinition.swagger.json', 'apiProperties.json'] as const) {
      const mine = edits.filter((e) => e.file === file);
      const text = files[file]?.text;
      if (mine.length && text !== undefined) next[file] = applyDocEdits(text, mine, (t) => parsedJson(file, t));
    }
    commitTexts(next, label, coalesceKey);
  };
}
