/** Several DocEdits (possibly in both files) as one undo step; typing with a coalesce key stays one step. */
import { useStudio } from '../../../store';
import type { DocEdit } from '../../../../main/core/model/findings';

export function useCompound() {
  const applyFix = useStudio((s) => s.applyFix);
  return (edits: DocEdit[], label: string, coalesceKey?: string) => applyFix({ label, edits }, coalesceKey);
}
