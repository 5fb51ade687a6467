// Shared by the annotating-*.test.ts files: the sample's files, polling, and reading a sidecar from disk.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
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

/** The annotations of a sidecar's text. */
export function annotationsIn(yaml: string): Annotation[] {
  const parsed = parseSidecar(yaml, 'sidecar');
  const first = parsed.problems[0]?.line ?? 0;
  const around = yaml.split('\n').slice(Math.max(0, first - 3), first + 3).join('\n');
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
