/**
 * Collects the DocEdits that express a config change, then applies them as minimal text edits
 * (json-edit.ts). A field is written only when its value changed: untouched text stays byte-identical.
 */
import { applyDocEdits } from '../json-edit';
import type { DocEdit } from '../findings';
import { parseTolerant } from '../../text/tolerant-json';
import { sameJson } from './json-values';

export type AuthFile = 'swagger' | 'properties';

const FILE_NAMES: Record<AuthFile, DocEdit['file']> = {
  swagger: 'apiDefinition.swagger.json',
  properties: 'apiProperties.json',
};

export function parseDocument(text: string): unknown {
  return parseTolerant(text).value;
}

export class EditPlan {
  readonly edits: Record<AuthFile, DocEdit[]> = { swagger: [], properties: [] };

  set(file: AuthFile, path: string, value: unknown): void {
    this.edits[file].push({ file: FILE_NAMES[file], path, value });
  }

  /** Inserts an array element before the index at `path` (the array's length appends). */
  insert(file: AuthFile, path: string, value: unknown): void {
    this.edits[file].push({ file: FILE_NAMES[file], path, value, insert: true });
  }

  remove(file: AuthFile, path: string): void {
    this.edits[file].push({ file: FILE_NAMES[file], path, remove: true });
  }

  /** Writes `next` (converted by `toJson`) when it differs from `prev`; removes the member when next is undefined. */
  field<T>(file: AuthFile, path: string, prev: T | undefined, next: T | undefined, toJson: (value: T) => unknown = (v) => v): void {
    if (sameJson(prev, next)) return;
    if (next === undefined) this.remove(file, path);
    else this.set(file, path, toJson(next));
  }

  apply(texts: { swagger: string; properties: string }): { swagger: string; properties: string } {
    return {
      swagger: applyDocEdits(texts.swagger, this.edits.swagger, parseDocument),
      properties: applyDocEdits(texts.properties, this.edits.properties, parseDocument),
    };
  }
}
