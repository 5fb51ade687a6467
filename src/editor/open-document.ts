import * as vscode from 'vscode';

/** The open document of a URI, if any: its text, unsaved edits included, is what the user sees. */
export function openDocument(uri: vscode.Uri | string): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}
