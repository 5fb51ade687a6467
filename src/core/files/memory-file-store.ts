import { FileWriteError, type FileStore } from './file-store';

/** Files in memory, for tests and for hosts without a disk: same contract as the real stores, read-only files included. */
export class MemoryFileStore implements FileStore {
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
    if (this.readOnly.has(path)) throw new FileWriteError(path, 'the file is read-only', 'make it writable if you mean to change it', 'read-only');
    this.files.set(path, bytes);
  }

  /** Serialises work per path, as a lock file does across processes. */
  exclusive<T>(path: string, work: () => Promise<T>): Promise<T> {
    const before = this.queue.get(path) ?? Promise.resolve();
    const run = before.then(work, work);
    this.queue.set(path, run.catch(() => undefined));
    return run;
  }

  text(path: string): string | undefined {
    const bytes = this.files.get(path);
    return bytes && new TextDecoder().decode(bytes);
  }
}
