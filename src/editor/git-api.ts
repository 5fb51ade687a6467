/**
 * The built-in git extension's API (vscode.git, version 1), the few calls
 * Marginalia uses: the repository of a file, its config, its log, a file's
 * content at a revision. Marginalia starts no git process itself in the editor.
 */
import * as vscode from 'vscode';

export interface GitCommit {
  hash: string;
  message: string;
  authorName?: string;
  authorDate?: Date;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
  setConfig(key: string, value: string): Promise<string>;
  show(ref: string, path: string): Promise<string>;
  log(options?: { maxEntries?: number; path?: string }): Promise<GitCommit[]>;
}

interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

/** The repository holding `uri`, or undefined when git is disabled or the file is not in a repository. */
export async function repositoryOf(uri: vscode.Uri): Promise<GitRepository | undefined> {
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!extension) return undefined;
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    return exports.getAPI(1).getRepository(uri) ?? undefined;
  } catch {
    return undefined;
  }
}

/** `git config user.name` of the repository holding `uri` (its own config, else the global one); undefined when none. */
export async function gitUserName(uri: vscode.Uri): Promise<string | undefined> {
  const repo = await repositoryOf(uri);
  if (!repo) return undefined;
  const name = (await repo.getConfig('user.name').catch(() => '')) || (await repo.getGlobalConfig('user.name').catch(() => ''));
  return name.trim() || undefined;
}
