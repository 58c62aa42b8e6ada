/**
 * Noticing edits made outside the app: the project folder is watched, and a file whose bytes differ from what we
 * last loaded or saved is reported once (the user chooses: reload or keep theirs). Our own saves are not reported.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { canonicalTextFile, isIconFile } from './file-names';

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export class ProjectWatcher {
  private watcher: FSWatcher | undefined;
  private readonly known = new Map<string, string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly dir: string,
    private readonly onChange: (file: string) => void,
  ) {}

  /** Records the bytes the app holds for a file, so only foreign changes are reported. */
  remember(name: string, bytes: Uint8Array): void {
    this.known.set(name, digest(bytes));
  }

  start(): void {
    if (this.watcher) return;
    try {
      this.watcher = watch(this.dir, { persistent: false }, (_event, name) => {
        if (name && (canonicalTextFile(name) || isIconFile(name))) this.schedule(name);
      });
      this.watcher.on('error', () => this.stop());
    } catch {
      // A folder on a file system without change notifications: external edits are then not noticed live.
      this.watcher = undefined;
    }
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = undefined;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Editors save in bursts (truncate, write, rename): wait for the file to settle before comparing. */
  private schedule(name: string): void {
    clearTimeout(this.timers.get(name));
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name);
        void this.check(name);
      }, 150),
    );
  }

  private async check(name: string): Promise<void> {
    const bytes = await readFile(join(this.dir, name)).catch(() => undefined);
    const now = bytes ? digest(bytes) : 'deleted';
    if (this.known.get(name) === now) return;
    this.known.set(name, now);
    this.onChange(name);
  }
}
