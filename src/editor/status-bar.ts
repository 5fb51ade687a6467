import * as vscode from 'vscode';
import type { AnnotationsService } from './services';

/** The current text's annotation and orphan counts; a click opens the Annotations view. */
export function registerAnnotationsStatusBar(context: vscode.ExtensionContext, service: AnnotationsService): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('marginalia.annotations', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Marginalia Annotations';
  item.command = 'marginalia.annotations.focus';
  const update = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    const state = doc && service.stateOf(doc.uri);
    if (!doc || !state || doc.uri.toString() !== state.text.toString()) return item.hide();
    const orphans = state.annotations.filter((a) => a.current === undefined).length;
    const total = state.annotations.length;
    item.text = `$(note) ${total - orphans}` + (orphans ? `  $(warning) ${orphans}` : '');
    item.tooltip = `${total - orphans} annotation(s) in this text` + (orphans ? `, ${orphans} orphaned (no longer match the text)` : '') +
      '. Click to show the Annotations view.';
    item.show();
  };
  context.subscriptions.push(
    item,
    service.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
  update();
  return item;
}
