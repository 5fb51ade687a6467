// Shared by the reading-*.test.ts files: activation, the index, and where things are in the sample corpus.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

export const ESSAY = 'trotsky-1936-moscow-confessions.txt';

export async function ready(): Promise<void> {
  const ext = vscode.extensions.getExtension('marginalia.marginalia');
  assert.ok(ext, 'the extension is installed');
  await ext.activate();
  await vscode.commands.executeCommand('marginalia.waitForIndex');
}

export function inWorkspace(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The position of the n-th occurrence (0-based) of `needle` in a text, plus its document. */
export async function find(
  uri: vscode.Uri,
  needle: string,
  nth = 0,
): Promise<{ doc: vscode.TextDocument; position: vscode.Position; offset: number }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const text = doc.getText();
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `“${needle}” #${nth} is in ${uri.path}`);
  }
  return { doc, offset, position: doc.positionAt(offset + 1) };
}

/** All hover text at a position, one string. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export { waitFor } from './wait-for';
