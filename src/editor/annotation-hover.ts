import * as vscode from 'vscode';
import { notesPart } from '../core/corpus/describe';
import type { AnnotationsService, CorpusView } from './services';
import { toMarkdown } from './hover';
import { textSelector } from './utils';

/**
 * Notes of annotated passages in a hover, where the reading hover does not
 * already show them: it shows the notes of the passage under a name, date or
 * quotation in the corpus index, this one covers the rest of the passage. Notes are
 * formatted by core's describe.ts, as in the reading hover, and rendered untrusted.
 */
export function registerAnnotationHover(
  context: vscode.ExtensionContext,
  service: AnnotationsService,
  corpus: Pick<CorpusView, 'mentionAt'>,
): void {
  const provider: vscode.HoverProvider = {
    provideHover(doc, position) {
      const offset = doc.offsetAt(position);
      const here = service
        .forDocument(doc.uri)
        .filter((a) => a.start !== undefined && a.end !== undefined && a.start <= offset && offset < a.end);
      if (here.length === 0 || corpus.mentionAt(doc.uri.toString(), offset)) return undefined;
      const notes = here.map(({ annotation: a }) => ({ kind: a.kind, note: a.note, tags: a.tags }));
      const inner = here[here.length - 1];
      return new vscode.Hover(
        [toMarkdown(notesPart(notes))],
        new vscode.Range(doc.positionAt(inner.start as number), doc.positionAt(inner.end as number)),
      );
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(textSelector(), provider));
}
