import * as vscode from 'vscode';

/** The Marginalia output channel (View > Output > Marginalia). */
export function createLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  const log = vscode.window.createOutputChannel('Marginalia', { log: true });
  context.subscriptions.push(log);
  context.subscriptions.push(vscode.commands.registerCommand('marginalia.showLog', () => log.show()));
  return log;
}
