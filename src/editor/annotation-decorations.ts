import * as vscode from 'vscode';
import type { AnnotationsService } from './services';

/** Marks annotated passages: theme background, a gutter mark and the overview ruler. */
export function registerAnnotationDecorations(context: vscode.ExtensionContext, service: AnnotationsService): void {
  const colour = new vscode.ThemeColor('marginalia.annotationBackground');
  const type = vscode.window.createTextEditorDecorationType({
    backgroundColor: colour,
    gutterIconPath: vscode.Uri.joinPath(context.extensionUri, 'media', 'annotation-gutter.svg'),
    gutterIconSize: 'contain',
    overviewRulerColor: colour,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const paint = (editor: vscode.TextEditor): void => {
    const ranges = service
      .forDocument(editor.document.uri)
      .filter((a) => a.start !== undefined && a.end !== undefined)
      .map((a) => new vscode.Range(editor.document.positionAt(a.start as number), editor.document.positionAt(a.end as number)));
    editor.setDecorations(type, ranges);
  };
  const paintAll = (uri?: vscode.Uri): void => {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!uri || editor.document.uri.toString() === uri.toString()) paint(editor);
    }
  };
  context.subscriptions.push(
    type,
    service.onDidChange(paintAll),
    vscode.window.onDidChangeVisibleTextEditors(() => paintAll()),
  );
  paintAll();
}
