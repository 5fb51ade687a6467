// The desktop entry point (package.json `main`): the editor of extension.ts, with local files written through
// Node's fs, under the same lock files as the `marginalia` command line. The web entry (`browser`) is extension.ts itself.
import type * as vscode from 'vscode';
import { NodeFileStore } from '../node/node-file-store';
import { activate as activateEditor } from './extension';
import { useLocalFileStore } from './file-store';

export function activate(context: vscode.ExtensionContext): void {
  useLocalFileStore(new NodeFileStore());
  activateEditor(context);
}

export { deactivate } from './extension';
