/**
 * Sending texts as changes: typing into a 1 MB definition must not copy the whole text over IPC on every pause.
 * A message numbers its texts (`version`); with `since` (the version the receiver got last) it carries whole
 * `texts` only for files the receiver has not seen, and for the others the one change (`textChanges`) made to that
 * version's text. A receiver that lacks that version says so and the sender sends everything again.
 */

/** One replacement in a text: `deleteCount` characters at `offset` become `inserted`. */
export interface TextChange {
  offset: number;
  deleteCount: number;
  inserted: string;
}

export interface TextsDelta<F extends string> {
  texts: Partial<Record<F, string>>;
  version?: number;
  since?: number;
  textChanges?: Partial<Record<F, TextChange>>;
}

/** The receiving end: remembers the last version's texts and rebuilds whole texts from each message. */
export function textReceiver<F extends string>() {
  let received: { version: number; texts: Partial<Record<F, string>> } | undefined;
  return {
    /**
     * The message's whole texts, or undefined when it was made against a version this receiver does not have.
     * Call it before any await: messages arrive in order, so each change applies to the version before it.
     */
    receive(message: TextsDelta<F>): Partial<Record<F, string>> | undefined {
      let texts: Partial<Record<F, string>> = message.texts;
      if (message.since !== undefined) {
        if (received?.version !== message.since) return undefined;
        texts = { ...message.texts };
        for (const [file, change] of Object.entries(message.textChanges ?? {}) as [F, TextChange][]) {
          const base = received.texts[file];
          if (base === undefined || change.offset + change.deleteCount > base.length) return undefined;
          texts[file] = base.slice(0, change.offset) + change.inserted + base.slice(change.offset + change.deleteCount);
        }
      }
      if (message.version !== undefined) received = { version: message.version, texts };
      return texts;
    },
  };
}
