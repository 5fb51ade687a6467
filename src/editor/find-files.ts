import * as vscode from 'vscode';
import { excludeGlob, isExcluded, isIncluded } from '../core/corpus/text-filter';

/** A walk stops after this many files: a virtual workspace without search is a repository, not a disk. */
const MAX_WALKED = 200_000;

/**
 * The workspace files matching `include` and no `exclude` glob (workspace-relative globs). Uses the workspace search
 * (`findFiles`); where a virtual file system offers none (it throws, or finds nothing), walks the folders with
 * `workspace.fs.readDirectory` instead. Symlinked folders are not followed, so a link cannot loop or lead out.
 */
export async function findFiles(include: string, exclude: readonly string[] = []): Promise<vscode.Uri[]> {
  const found = await Promise.resolve(vscode.workspace.findFiles(include, excludeGlob(exclude))).catch(() => [] as vscode.Uri[]);
  return found.length > 0 ? found : walkFiles(include, exclude);
}

/** What findFiles finds, by walking the workspace folders with `workspace.fs` (exported for the test that compares the two). */
export async function walkFiles(include: string, exclude: readonly string[] = []): Promise<vscode.Uri[]> {
  const walked: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) await walk(folder.uri, '', include, exclude, walked);
  return walked;
}

async function walk(
  dir: vscode.Uri,
  relative: string,
  include: string,
  exclude: readonly string[],
  out: vscode.Uri[],
): Promise<void> {
  const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(dir)).catch(() => [] as [string, vscode.FileType][]);
  for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (out.length >= MAX_WALKED || type & vscode.FileType.SymbolicLink) continue;
    const path = relative ? `${relative}/${name}` : name;
    if (type & vscode.FileType.Directory) {
      if (!isExcluded(path, exclude)) await walk(vscode.Uri.joinPath(dir, name), path, include, exclude, out);
    } else if (type & vscode.FileType.File && isIncluded(path, include, exclude)) {
      out.push(vscode.Uri.joinPath(dir, name));
    }
  }
}
