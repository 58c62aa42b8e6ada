/**
 * The sending end of main/core/model/text-changes: each message carries whole texts only for files the receiver
 * has not seen, and the one change since its last message for the others. `reset()` after a failed or refused
 * message (the receiver lost track): the next message sends every text whole.
 */
import type { TextChange, TextsDelta } from '../../main/core/model/text-changes';
import { diffTexts } from './text-diff';

export function textSender<F extends string>() {
  let sent: { version: number; texts: Partial<Record<F, string>> } | undefined;
  let versions = 0;
  return {
    next(texts: Partial<Record<F, string>>): Required<Pick<TextsDelta<F>, 'texts' | 'version'>> & TextsDelta<F> {
      const version = ++versions;
      const base = sent;
      sent = { version, texts };
      if (!base) return { texts, version };
      const whole: Partial<Record<F, string>> = {};
      const textChanges: Partial<Record<F, TextChange>> = {};
      for (const [file, text] of Object.entries(texts) as [F, string][]) {
        const before = base.texts[file];
        if (before === undefined) whole[file] = text;
        else {
          const replacement = diffTexts(before, text);
          textChanges[file] = replacement ? { offset: replacement.offset, deleteCount: replacement.deleted.length, inserted: replacement.inserted } : { offset: 0, deleteCount: 0, inserted: '' };
        }
      }
      return { texts: whole, version, since: base.version, textChanges };
    },
    reset(): void {
      sent = undefined;
    },
  };
}
