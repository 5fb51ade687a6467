import { Minimatch } from 'minimatch';
import { FileWriteError } from './file-store';
import type { FileStat, WorkspaceFiles } from './workspace-files';

/**
 * Files in memory, for tests and for hosts without a disk: same contract as the real stores, read-only files included.
 * Paths are `/`-separated; folders exist where files are under them.
 */
export class MemoryFileStore implements WorkspaceFiles {
  readonly files = new Map<string, Uint8Array>();
  readonly readOnly = new Set<string>();
  private queue = new Map<string, Promise<unknown>>();

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.files.set(path, new TextEncoder().encode(text));
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }

  async write(path: string, bytes: Uint8Array): Promise<void> {
    if (this.readOnly.has(path))
      throw new FileWriteError(path, 'the file is read-only', 'make it writable if you mean to change it', 'read-only');
    this.files.set(path, bytes);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const bytes = this.files.get(path);
    if (bytes) return { kind: 'file', size: bytes.length };
    const folder = path.replace(/\/*$/, '/');
    return [...this.files.keys()].some((p) => p.startsWith(folder)) ? { kind: 'directory', size: 0 } : undefined;
  }

  /** Globs match the path without its leading `/`, as a workspace glob matches a path relative to its folder. */
  async list(glob: string): Promise<string[]> {
    const matcher = new Minimatch(glob, { dot: true });
    return [...this.files.keys()].filter((p) => matcher.match(p.replace(/^\/+/, ''))).sort();
  }

  delete(path: string): void {
    this.files.delete(path);
  }

  /** Serialises work per path, as a lock file does across processes. */
  exclusive<T>(path: string, work: () => Promise<T>): Promise<T> {
    const before = this.queue.get(path) ?? Promise.resolve();
    const run = before.then(work, work);
    this.queue.set(
      path,
      run.catch(() => undefined),
    );
    return run;
  }

  /** Sets a file's text, as another program would (no lock, no queue). */
  put(path: string, text: string): void {
    this.files.set(path, new TextEncoder().encode(text));
  }

  text(path: string): string | undefined {
    const bytes = this.files.get(path);
    return bytes && new TextDecoder().decode(bytes);
  }
}
