import * as vscode from 'vscode';
import type { AnnotationsService } from './services';
import { untrustedMarkdown } from '../core/text/untrusted-markdown';
import { textSelector } from './navigation';

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
    const ranges = service.forDocument(editor.document.uri)
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

/**
 * Notes of annotated passages in a hover, where the reading hover does not
 * already show them: it shows the notes of the passage under a name, date or
 * quotation (`hasMentionAt`), this one covers the rest of the passage.
 */
export function registerAnnotationHover(
  context: vscode.ExtensionContext,
  service: AnnotationsService,
  hasMentionAt: (doc: vscode.TextDocument, offset: number) => boolean = () => false,
): void {
  const provider: vscode.HoverProvider = {
    provideHover(doc, position) {
      const offset = doc.offsetAt(position);
      const here = service.forDocument(doc.uri).filter((a) => a.start !== undefined && a.end !== undefined && a.start <= offset && offset < a.end);
      if (here.length === 0 || hasMentionAt(doc, offset)) return undefined;
      const parts = here.map((a) => {
        const head = [`**${a.annotation.kind}**`, a.annotation.entity && `\`${a.annotation.entity}\``, a.annotation.tags?.map((t) => `#${t}`).join(' ')]
          .filter(Boolean).join(' · ');
        // Notes come from files anyone can edit: untrusted, no HTML.
        const md = new vscode.MarkdownString(untrustedMarkdown(`${head}\n\n${a.annotation.note ?? ''}`));
        md.isTrusted = false;
        md.supportHtml = false;
        return md;
      });
      const inner = here[here.length - 1];
      return new vscode.Hover(parts, new vscode.Range(doc.positionAt(inner.start as number), doc.positionAt(inner.end as number)));
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(textSelector(), provider));
}
