/**
 * Contract area: validation. validate() runs the engine in its worker (never on the main event loop) and measures icon.png with
 * sharp once per distinct icon, so typing does not re-decode the image on every keystroke.
 */
import { createHash } from 'node:crypto';
import type { ValidationApi } from '../../preload/contract';
import { textReceiver } from '../core/model/text-changes';
import type { TextFileName } from '../core/model/project';
import type { IconFacts } from '../core/model/icon-facts';
import { ValidationService } from '../core/validate/worker';
import { inspectIcon } from '../core/icon/inspect';

export function createValidationHandlers(workerScript: string): ValidationApi & { dispose(): Promise<void> } {
  let service: ValidationService | undefined;
  let iconCache: { hash: string; facts: IconFacts } | undefined;
  /** The texts of the last request, by version: the next request may send only its change to them. */
  const received = textReceiver<TextFileName>();

  const iconFacts = async (base64: string | undefined): Promise<IconFacts | undefined> => {
    if (!base64) return undefined;
    const hash = createHash('sha256').update(base64).digest('hex');
    if (iconCache?.hash !== hash) iconCache = { hash, facts: await inspectIcon(new Uint8Array(Buffer.from(base64, 'base64'))) };
    return iconCache.facts;
  };

  return {
    async validate(request) {
      // Before any await: requests arrive in order, so each delta applies to the version before it.
      const texts = received.receive(request);
      if (!texts) return { resend: true };
      service ??= new ValidationService(workerScript);
      const started = performance.now();
      const result = await service.validate({
        texts,
        fileNames: request.fileNames,
        kind: request.kind,
        icon: await iconFacts(request.iconBase64),
        previous: request.previous,
        deep: request.deep,
        package: request.package,
      });
      if ('superseded' in result) return { superseded: true };
      return { findings: result.findings, ms: Math.round(performance.now() - started) };
    },
    async dispose() {
      service?.dispose();
      service = undefined;
    },
  };
}
