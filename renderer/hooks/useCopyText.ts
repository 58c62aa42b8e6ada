/**
 * Copying text to the clipboard with a toast either way: the clipboard can refuse (no focus, no permission), and the
 * user must then be told to copy by hand rather than believe the text was copied.
 */
import { useCallback } from 'react';
import { useStudio } from '../store';

export type CopyText = (text: string, copied: string, failed: string) => Promise<void>;

export function useCopyText(): CopyText {
  const toast = useStudio((s) => s.toast);
  return useCallback(
    async (text, copied, failed) => {
      try {
        await navigator.clipboard.writeText(text);
        toast('success', copied);
      } catch {
        toast('error', failed);
      }
    },
    [toast],
  );
}
