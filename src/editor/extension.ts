import * as vscode from 'vscode';
import { createLog } from './log';
import { registerAnnotations } from './annotations-service';

/** Wiring only: each feature registers itself and pushes its disposables. */
export function activate(context: vscode.ExtensionContext): void {
  const log = createLog(context);
  log.info(`Marginalia activated in VS Code ${vscode.version}`);
  registerAnnotations(context, log);
}

export function deactivate(): void {}
