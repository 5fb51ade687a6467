import { rename } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { Problem } from '../core/model';
import { type Decoded, decodeText } from '../core/text/decode';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecar';

export { SIDECAR_SUFFIX };

/** The sidecar of `dir/x.txt` is `dir/x.txt.annotations.yaml`. */
export function sidecarUriFor(text: vscode.Uri): vscode.Uri {
  return text.with({ path: text.path + SIDECAR_SUFFIX });
}

/** The text a sidecar belongs to: its `text:` field resolved beside it, else its own name minus the suffix. */
export function textUriFor(sidecar: vscode.Uri, textField?: string): vscode.Uri {
  const name = textField && !textField.includes('/') && !textField.includes('\\')
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

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/**
 * The text of a file as the user sees it: the open document's (unsaved edits
 * included), else the disk's, decoded as VS Code does. Undefined when missing or not text.
 */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const doc = openDocument(uri);
  if (doc) return doc.getText();
  const decoded = await readDisk(uri);
  return decoded?.ok ? decoded.text : undefined;
}

/** A sidecar's text for loading; `problem` when the file exists but is not text (binary, not UTF-8). */
export async function readSidecar(uri: vscode.Uri): Promise<{ text?: string; problem?: Problem }> {
  const doc = openDocument(uri);
  if (doc) return { text: doc.getText() };
  const decoded = await readDisk(uri).catch(() => undefined);
  if (!decoded) return {};
  return decoded.ok ? { text: decoded.text } : { problem: unreadable(uri, decoded) };
}

/** The file's decoded bytes; undefined when it does not exist. */
async function readDisk(uri: vscode.Uri): Promise<Decoded | undefined> {
  try {
    return decodeText(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

function unreadable(uri: vscode.Uri, d: Extract<Decoded, { ok: false }>): Problem {
  return { file: uri.fsPath, line: d.line, column: d.column, severity: 'error', code: d.reason, message: `the file ${d.message}` };
}

/** An edit-sidecar failure: the sidecar does not parse, so nothing may be written over it. */
function problemsOf(e: unknown): Problem[] | undefined {
  if (e && typeof e === 'object' && Array.isArray((e as { problems?: unknown }).problems)) {
    return (e as { problems: Problem[] }).problems;
  }
  return undefined;
}

/** The message that says where the sidecar is broken and that nothing was written. */
export function refusalMessage(sidecar: vscode.Uri, problems: Problem[]): string {
  const p = problems.find((x) => x.severity === 'error') ?? problems[0];
  if (p?.code === 'edit-refused') return `Could not change ${baseName(sidecar)}: ${p.message}; nothing was written.`;
  const where = p ? `${baseName(sidecar)}:${p.line + 1}:${p.column + 1}` : baseName(sidecar);
  const what = p ? ` (${p.message})` : '';
  const kind = !p || p.code.startsWith('yaml') ? 'YAML error' : 'problem';
  return `Fix the ${kind} at ${where}${what} and try again; nothing was written.`;
}

/**
 * Changes a sidecar without losing anyone's work. An open sidecar with unsaved
 * edits is changed through a WorkspaceEdit (the user sees and saves it);
 * otherwise the disk text is read right before writing, so that a change made
 * on disk since it was loaded is kept, and the result is written atomically
 * (temp file beside it, then rename). `change` gets the current text
 * (undefined: no sidecar yet) and returns the new one (undefined: nothing to do); when it throws an
 * error with `problems` (the sidecar does not parse) nothing is written and
 * the user is told where to fix it. Resolves true when the sidecar now holds the change.
 */
export async function editSidecar(
  sidecar: vscode.Uri,
  change: (current: string | undefined) => string | undefined,
  log?: vscode.LogOutputChannel,
): Promise<boolean> {
  const doc = openDocument(sidecar);
  const dirty = doc?.isDirty === true;
  let current: string | undefined;
  let next: string | undefined;
  try {
    if (dirty) current = doc.getText();
    else {
      const decoded = await readDisk(sidecar);
      // Rewriting a file that cannot be read would replace it: refuse, as for a YAML error.
      if (decoded && !decoded.ok) throw Object.assign(new Error(decoded.message), { problems: [unreadable(sidecar, decoded)] });
      // A UTF-8 byte order mark is kept (edit-sidecar keeps it at the start of the text).
      current = decoded && (decoded.bom && decoded.encoding === 'utf8' ? '\ufeff' : '') + decoded.text;
    }
    next = change(current);
  } catch (e) {
    const problems = problemsOf(e);
    if (!problems) throw e;
    const message = refusalMessage(sidecar, problems);
    log?.warn(`${sidecar.fsPath}: ${message}`);
    void vscode.window.showErrorMessage(message);
    return false;
  }
  if (next === undefined || next === current) return true;
  if (dirty) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(sidecar, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), next);
    return vscode.workspace.applyEdit(edit);
  }
  try {
    await writeAtomically(sidecar, next, log);
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not write ${baseName(sidecar)} (${e instanceof Error ? e.message : String(e)}); it was not changed.`);
    return false;
  }
  return true;
}

async function writeAtomically(target: vscode.Uri, text: string, log?: vscode.LogOutputChannel): Promise<void> {
  const random = Math.random().toString(36).slice(2, 10);
  const tmp = vscode.Uri.joinPath(target, '..', `.${baseName(target)}.tmp-${random}`);
  try {
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
    // workspace.fs.rename with overwrite deletes the target first (VS Code's FileService), leaving a
    // moment without a sidecar; on local disk (where this extension host runs) rename(2) replaces it atomically.
    if (target.scheme === 'file') await rename(tmp.fsPath, target.fsPath);
    else await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
  } catch (e) {
    log?.error(`Could not write ${target.fsPath}: ${String(e)}`);
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
  log?.info(`Wrote ${target.fsPath}`);
}
