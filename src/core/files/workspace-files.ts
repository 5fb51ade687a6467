import type { FileStore } from './file-store';

/** What a path names, as far as reading it goes. */
export interface FileStat {
  kind: 'file' | 'directory' | 'other';
  /** Bytes. */
  size: number;
}

/**
 * The read side of the workspace seam, beside FileStore's write side (like the
 * Markdown language service's IWorkspace): list, stat and read the files of a
 * workspace. Implemented over Node's fs (src/node/node-workspace.ts),
 * vscode.workspace.fs (src/editor/file-store.ts) and memory (memory-file-store.ts).
 * Paths are whatever the store understands (file paths, URI strings).
 */
export interface WorkspaceFiles extends FileStore {
  /** What the path is; undefined when nothing is there. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Every file of the workspace whose path relative to its root matches the glob (`**\/*.annotations.yaml`), sorted. */
  list(glob: string): Promise<string[]>;
}
