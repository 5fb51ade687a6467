import * as vscode from 'vscode';
import type { EntityType } from '../core/model';
import { outlineOf } from '../core/corpus/outline';
import type { CorpusService } from './corpus-service';
import type { AnnotationsService } from './services';
import { mentionRange, textSelector } from './navigation';

const OUTLINE_KINDS = { quotation: vscode.SymbolKind.String, confession: vscode.SymbolKind.Event, date: vscode.SymbolKind.Constant };
const ENTITY_KINDS: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Class, place: vscode.SymbolKind.Namespace, organisation: vscode.SymbolKind.Module,
  event: vscode.SymbolKind.Event, work: vscode.SymbolKind.File,
};

/** Outline (quotations, confessions, dated passages, annotations) and Go to Symbol in Workspace (entities). */
export function registerSymbols(context: vscode.ExtensionContext, corpus: CorpusService, annotations?: AnnotationsService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(textSelector(), {
      async provideDocumentSymbols(doc) {
        const key = doc.uri.toString();
        await corpus.whenCurrent(doc.uri);
        if (!corpus.index.has(key)) return undefined;
        const text = doc.getText();
        // Offsets are only good for the text they were found in; a pending edit waits for the next request.
        if (corpus.index.textOf(key) !== text) return undefined;
        const symbols = outlineOf(text, corpus.index.mentionsIn(key)).map(
          (item) => new vscode.DocumentSymbol(item.label, item.detail, OUTLINE_KINDS[item.kind], mentionRange(doc, item), mentionRange(doc, { start: item.selectionStart, end: item.selectionEnd })),
        );
        for (const a of annotations?.forDocument(doc.uri) ?? []) {
          if (a.start === undefined || a.end === undefined) continue;
          const range = mentionRange(doc, { start: a.start, end: a.end });
          symbols.push(new vscode.DocumentSymbol(shorten(a.annotation.target.exact), `annotation: ${a.annotation.kind}`, vscode.SymbolKind.Key, range, range));
        }
        return symbols.sort((x, y) => x.range.start.compareTo(y.range.start));
      },
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const q = query.toLowerCase();
        return corpus
          .entities()
          .filter((e) => e.source && [e.id, e.name, ...e.aliases].some((n) => n.toLowerCase().includes(q)))
          .map((e) => {
            const where = new vscode.Location(vscode.Uri.parse(e.source!.file), new vscode.Position(e.source!.line, 0));
            const { mentions } = corpus.index.countOf(e.id);
            return new vscode.SymbolInformation(e.name, ENTITY_KINDS[e.type], `${e.type} · ${mentions} mentions`, where);
          });
      },
    }),
  );
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 60 ? flat : flat.slice(0, 59) + '…';
}
