/**
 * The one seam through which user files (sidecars first) are changed. Core
 * decides what to write; a store decides how: over Node's `fs` (the CLI and the
 * desktop editor), over `vscode.workspace.fs` (virtual and web workspaces) or in
 * memory (tests). Paths are whatever the store understands (file paths, URI strings).
 */
export interface FileStore {
  /** The file's bytes; undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  /**
   * Replaces the file's content as atomically as the platform allows, keeping
   * what the user set on it (mode, group, a symlink pointing at it). Refuses a
   * read-only file. Throws a FileWriteError naming the reason and the fix.
   */
  write(path: string, bytes: Uint8Array): Promise<void>;
  /** Runs `work` while no other writer (this process or another) holds the file. */
  exclusive<T>(path: string, work: () => Promise<T>): Promise<T>;
}

/** A write that did not happen, with the file, the reason and the fix, in words a historian can act on. */
export class FileWriteError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly fix: string,
    readonly code: string = 'write-failed',
  ) {
    super(`cannot write ${file}: ${reason} — ${fix}; the file was not changed`);
    this.name = 'FileWriteError';
  }
}
