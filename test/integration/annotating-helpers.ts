// Shared by the annotating-*.test.ts files: the sample's files, polling, and reading a sidecar from disk.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { waitFor } from './wait-for';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import type { Annotation } from '../../src/core/model';

export const TEXT_NAME = 'trotsky-1936-moscow-confessions.txt';

export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension('marginalia.marginalia');
  assert.ok(ext, 'the extension is installed');
  await ext.activate();
}

export function inWorkspace(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export { waitFor } from './wait-for';

/**
 * Reverts the editors of these files that have unsaved edits, then closes every editor, so that VS Code has no save of
 * them to make while a test writes them (two truncating writes from two processes, the editor's save and the test's
 * workspace.fs.writeFile, can interleave into the new text followed by the tail of the old).
 */
export async function closeEditorsOf(...uris: vscode.Uri[]): Promise<void> {
  for (const uri of uris) {
    const doc = openDocument(uri);
    if (!doc?.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => !doc.isDirty, 5000, `${uri.path} to be reverted`);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Puts files back as a suite found them, after closeEditorsOf; then waits until a document VS Code still holds shows
 * the restored text, so that the next suite does not read the old one.
 */
export async function restoreFiles(...files: [vscode.Uri, string][]): Promise<void> {
  await closeEditorsOf(...files.map(([uri]) => uri));
  for (const [uri, text] of files) await writeFile(uri, text);
  for (const [uri, text] of files) {
    const doc = openDocument(uri);
    // The file watcher brings it in; it may lag on a busy machine.
    if (doc)
      await waitFor(
        () => doc.isClosed || doc.getText() === text.replace(/^\uFEFF/, ''),
        20_000,
        `${uri.path} to show the restored text`,
      );
  }
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** The annotations of a sidecar's text. */
export function annotationsIn(yaml: string): Annotation[] {
  const parsed = parseSidecar(yaml, 'sidecar');
  const first = parsed.problems[0]?.line ?? 0;
  const around = yaml
    .split('\n')
    .slice(Math.max(0, first - 3), first + 3)
    .join('\n');
  assert.ok(parsed.sidecar, `the sidecar parses: ${parsed.problems[0]?.message} at line ${first + 1}:\n${around}`);
  return parsed.sidecar.annotations;
}

/** The annotations of a sidecar as they are on disk. */
export async function annotationsOnDisk(sidecar: vscode.Uri): Promise<Annotation[]> {
  return annotationsIn(await readFile(sidecar));
}

/** Opens a text and selects [start, end) of it. */
export async function select(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
  return editor;
}

/** Marginalia's diagnostics on a file. */
export function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Marginalia');
}
