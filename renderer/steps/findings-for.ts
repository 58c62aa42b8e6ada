/** Selecting the findings that belong to one field: same file, and the field's pointer or anything below it. */
import type { Finding } from '../../main/core/model/findings';

export function findingsAt(findings: readonly Finding[], file: string, pointer: string, options: { exact?: boolean } = {}): Finding[] {
  return findings.filter(
    (f) => f.file === file && (f.path === pointer || (!options.exact && f.path.startsWith(pointer + '/'))),
  );
}
