import * as vscode from 'vscode';
import { FileWriteError, type FileStore } from '../core/files/file-store';
import type { FileStat, WorkspaceFiles } from '../core/files/workspace-files';
import { findFiles } from './find-files';

/** The store for `file:` URIs; the Node entry point sets it, the web one has none. */
let local: FileStore | undefined;

/** Set by the desktop (Node) entry point: local files then go through Node's `fs`. */
export function useLocalFileStore(store: FileStore): void {
  local = store;
}

/**
 * The FileStore for a URI: on the desktop, local files go through Node's `fs`
 * (the same lock files and atomic, mode-keeping rename as the command line, so
 * the editor and `marginalia` never lose each other's writes); everything else
 * (the web, virtual and remote file systems) through `vscode.workspace.fs`,
 * which has neither locks nor an atomic rename.
 */
export function fileStoreFor(uri: vscode.Uri): { store: FileStore; path: string } {
  return uri.scheme === 'file' && local ? { store: local, path: uri.fsPath } : { store: WORKSPACE, path: uri.toString() };
}

/** The workspace's files through `vscode.workspace.fs` (paths are URI strings), desktop and web alike. */
export function workspaceFiles(): WorkspaceFiles {
  return WORKSPACE;
}

/** Virtual and remote file systems: writes serialised within this window, and written in one call. */
class WorkspaceFileStore implements WorkspaceFiles {
  async stat(path: string): Promise<FileStat | undefined> {
    const s = await Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.parse(path))).catch(() => undefined);
    if (!s) return undefined;
    const kind = s.type & vscode.FileType.File ? 'file' : s.type & vscode.FileType.Directory ? 'directory' : 'other';
    return { kind, size: s.size };
  }

  /** The workspace search, or a walk of the folders where a file system has none. */
  async list(glob: string): Promise<string[]> {
    return (await findFiles(glob)).map(String).sort();
  }

  private queue = new Map<string, Promise<unknown>>();

  async read(path: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(vscode.Uri.parse(path));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      throw e;
    }
  }

  async write(path: string, bytes: Uint8Array): Promise<void> {
    const uri = vscode.Uri.parse(path);
    const stat = await vscode.workspace.fs.stat(uri).then(
      (s) => s,
      () => undefined,
    );
    if (stat?.permissions !== undefined && stat.permissions & vscode.FilePermission.Readonly) {
      throw new FileWriteError(
        path,
        'the file is read-only',
        'make it writable if you mean Marginalia to change it',
        'read-only',
      );
    }
    try {
      // workspace.fs.rename with overwrite deletes the target first, so a temp file + rename is no safer here.
      await vscode.workspace.fs.writeFile(uri, bytes);
    } catch (e) {
      throw new FileWriteError(
        path,
        e instanceof Error ? e.message : String(e),
        'check that the file system is writable and try again',
      );
    }
  }

  exclusive<T>(path: string, work: () => Promise<T>): Promise<T> {
    const before = this.queue.get(path) ?? Promise.resolve();
    const run = before.then(work, work);
    this.queue.set(
      path,
      run.catch(() => undefined),
    );
    return run;
  }
}

const WORKSPACE = new WorkspaceFileStore();
