import * as vscode from 'vscode';
import type { Problem } from '../core/model';
import { refusalMessage as refusal } from '../core/problem-format';
import type { Decoded } from '../core/text/decode';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecar';
import { changeTextFile, problemsOf } from '../core/files/change-text-file';
import { FileWriteError } from '../core/files/file-store';
import { fileStoreFor } from './file-store';
import { openDocument, readDecoded, readText } from './utils';

export { SIDECAR_SUFFIX, readText };

/** The sidecar of `dir/x.txt` is `dir/x.txt.annotations.yaml`. */
export function sidecarUriFor(text: vscode.Uri): vscode.Uri {
  return text.with({ path: text.path + SIDECAR_SUFFIX });
}

/** The text a sidecar belongs to: its `text:` field resolved beside it, else its own name minus the suffix. */
export function textUriFor(sidecar: vscode.Uri, textField?: string): vscode.Uri {
  const name =
    textField && !textField.includes('/') && !textField.includes('\\')
      ? textField
      : baseName(sidecar).slice(0, -SIDECAR_SUFFIX.length);
  return vscode.Uri.joinPath(sidecar, '..', name);
}

export function isSidecar(uri: vscode.Uri): boolean {
  return uri.path.endsWith(SIDECAR_SUFFIX);
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** A sidecar's text for loading; `problem` when the file exists but is not text (binary, not UTF-8). */
export async function readSidecar(uri: vscode.Uri): Promise<{ text?: string; problem?: Problem }> {
  const doc = openDocument(uri);
  if (doc) return { text: doc.getText() };
  const decoded = await readDecoded(uri).catch(() => undefined);
  if (!decoded) return {};
  return decoded.ok ? { text: decoded.text } : { problem: unreadable(uri, decoded) };
}

function unreadable(uri: vscode.Uri, d: Extract<Decoded, { ok: false }>): Problem {
  return {
    file: uri.fsPath,
    line: d.line,
    column: d.column,
    severity: 'error',
    code: d.reason,
    message: `the file ${d.message}`,
  };
}

/** The message that says where the sidecar is broken and that nothing was written. */
export function refusalMessage(sidecar: vscode.Uri, problems: Problem[]): string {
  return refusal(baseName(sidecar), problems);
}

/**
 * Changes a sidecar without losing anyone's work. An open sidecar with unsaved
 * edits is changed through a WorkspaceEdit (the user sees and saves it);
 * otherwise through the core's one write path (`changeTextFile`): under the
 * sidecar's lock, `change` gets the disk text as it is now (undefined: no
 * sidecar yet) and returns the new one (undefined: nothing to do), which is
 * written atomically in the file's own encoding, keeping its mode and
 * symlink. When `change` throws an error with `problems` (the sidecar does
 * not parse), or the file cannot be read or written, nothing is written and
 * the user is told where and how to fix it. Resolves true when the sidecar
 * now holds the change.
 */
export async function editSidecar(
  sidecar: vscode.Uri,
  change: (current: string | undefined) => string | undefined,
  log?: vscode.LogOutputChannel,
): Promise<boolean> {
  const doc = openDocument(sidecar);
  if (doc?.isDirty) {
    let next: string | undefined;
    try {
      next = change(doc.getText());
    } catch (e) {
      const problems = problemsOf(e);
      if (!problems) throw e;
      return refuse(sidecar, problems, log);
    }
    if (next === undefined || next === doc.getText()) return true;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(sidecar, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), next);
    return vscode.workspace.applyEdit(edit);
  }
  const { store, path } = fileStoreFor(sidecar);
  try {
    const result = await changeTextFile(store, path, change);
    if (result.status === 'refused') return refuse(sidecar, result.problems, log);
    if (result.status === 'written') log?.info(`Wrote ${path}`);
    return true;
  } catch (e) {
    if (!(e instanceof FileWriteError)) throw e;
    log?.error(e.message);
    void vscode.window.showErrorMessage(`Could not write ${baseName(sidecar)}: ${e.reason} — ${e.fix}; it was not changed.`);
    return false;
  }
}

function refuse(sidecar: vscode.Uri, problems: Problem[], log?: vscode.LogOutputChannel): false {
  const message = refusalMessage(sidecar, problems);
  log?.warn(`${sidecar.fsPath}: ${message}`);
  void vscode.window.showErrorMessage(message);
  return false;
}
