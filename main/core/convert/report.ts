/** Collects the report items as a converter works; every loss goes through here with its source pointer. */
import { toPointer, type PointerSegment } from '../model/json-pointer';
import type { ReportItem, ReportKind } from './types';

export class Reporter {
  readonly items: ReportItem[] = [];

  add(kind: ReportKind, message: string, source: readonly PointerSegment[] | string, target?: readonly PointerSegment[] | string): void {
    const item: ReportItem = { kind, message, sourcePointer: typeof source === 'string' ? source : toPointer(source) };
    if (target !== undefined) item.targetPointer = typeof target === 'string' ? target : toPointer(target);
    this.items.push(item);
  }
  dropped(message: string, source: readonly PointerSegment[] | string, target?: readonly PointerSegment[] | string): void {
    this.add('dropped', message, source, target);
  }
  approximated(message: string, source: readonly PointerSegment[] | string, target?: readonly PointerSegment[] | string): void {
    this.add('approximated', message, source, target);
  }
  renamed(message: string, source: readonly PointerSegment[] | string, target?: readonly PointerSegment[] | string): void {
    this.add('renamed', message, source, target);
  }
  info(message: string, source: readonly PointerSegment[] | string, target?: readonly PointerSegment[] | string): void {
    this.add('info', message, source, target);
  }
}
