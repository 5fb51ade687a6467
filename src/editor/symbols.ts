import * as vscode from 'vscode';
import type { EntityType } from '../core/model';
import { outlineOf } from '../core/corpus/outline';
import type { AnnotationsService, CorpusView } from './services';
import { mentionRange, textSelector } from './utils';

const OUTLINE_KINDS = {
  quotation: vscode.SymbolKind.String,
  confession: vscode.SymbolKind.Event,
  date: vscode.SymbolKind.Constant,
};
const ENTITY_KINDS: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Class,
  place: vscode.SymbolKind.Namespace,
  organisation: vscode.SymbolKind.Module,
  event: vscode.SymbolKind.Event,
  work: vscode.SymbolKind.File,
};

/** Outline (quotations, confessions, dated passages, annotations) and Go to Symbol in Workspace (entities). */
export function registerSymbols(context: vscode.ExtensionContext, corpus: CorpusView, annotations?: AnnotationsService): void {
  const provider: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(doc) {
      const key = doc.uri.toString();
      await corpus.whenCurrent(doc.uri);
      // Opened before the index has it (a reload, a new text): wait for the index rather than answer "no symbols".
      if (!corpus.has(key) && corpus.isText(doc.uri)) await corpus.whenReady();
      if (!corpus.has(key)) return undefined;
      const text = doc.getText();
      // Offsets are only good for the text they were found in; a pending edit waits for the next request.
      if (corpus.textOf(key) !== text) return undefined;
      const symbols = outlineOf(text, corpus.mentionsIn(key)).map(
        (item) =>
          new vscode.DocumentSymbol(
            item.label,
            item.detail,
            OUTLINE_KINDS[item.kind],
            mentionRange(doc, item),
            mentionRange(doc, { start: item.selectionStart, end: item.selectionEnd }),
          ),
      );
      for (const a of annotations?.forDocument(doc.uri) ?? []) {
        if (a.start === undefined || a.end === undefined) continue;
        const range = mentionRange(doc, { start: a.start, end: a.end });
        symbols.push(
          new vscode.DocumentSymbol(
            shorten(a.annotation.target.exact),
            `annotation: ${a.annotation.kind}`,
            vscode.SymbolKind.Key,
            range,
            range,
          ),
        );
      }
      return symbols.sort((x, y) => x.range.start.compareTo(y.range.start));
    },
  };
  context.subscriptions.push(
    registerRefreshing(provider, corpus, annotations),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const q = query.toLowerCase();
        return corpus
          .entities()
          .filter((e) => e.source && [e.id, e.name, ...e.aliases].some((n) => n.toLowerCase().includes(q)))
          .map((e) => {
            const where = new vscode.Location(vscode.Uri.parse(e.source!.file), new vscode.Position(e.source!.line, 0));
            const { mentions } = corpus.countOf(e.id);
            return new vscode.SymbolInformation(e.name, ENTITY_KINDS[e.type], `${e.type} · ${mentions} mentions`, where);
          });
      },
    }),
  );
}

/**
 * A document symbol provider has no change event: the Outline and breadcrumbs ask again when the
 * document changes or when the provider is registered anew. So when what the Outline shows changed
 * without an edit (the index took in an open text, an annotation was added or removed), the provider
 * is registered again (debounced) and every open Outline refreshes.
 */
function registerRefreshing(
  provider: vscode.DocumentSymbolProvider,
  corpus: CorpusView,
  annotations?: AnnotationsService,
): vscode.Disposable {
  let registration = vscode.languages.registerDocumentSymbolProvider(textSelector(), provider);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      registration.dispose();
      registration = vscode.languages.registerDocumentSymbolProvider(textSelector(), provider);
    }, 250);
  };
  const isOpen = (uri?: vscode.Uri) =>
    uri === undefined || vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString());
  // What was shown per open text: whether the index had it, and which annotations were anchored where.
  const shown = new Map<string, string>();
  const changed = (uri: vscode.Uri): boolean => {
    const key = uri.toString();
    const now =
      `${corpus.has(key)}|` +
      `${(annotations?.forDocument(uri) ?? []).map((a) => `${a.annotation.id}@${a.start !== undefined}`).join(',')}`;
    const before = shown.get(key);
    shown.set(key, now);
    return before !== now;
  };
  const onChange = (uri?: vscode.Uri) => {
    if (!isOpen(uri)) return;
    const uris = uri ? [uri] : vscode.window.visibleTextEditors.map((e) => e.document.uri);
    // Every uri is checked (no short-circuit): each one's state is remembered.
    if (uris.map(changed).some(Boolean)) refresh();
  };
  const subs = [corpus.onDidChange(onChange), ...(annotations ? [annotations.onDidChange(onChange)] : [])];
  return {
    dispose: () => {
      clearTimeout(timer);
      registration.dispose();
      subs.forEach((s) => s.dispose());
    },
  };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 60 ? flat : flat.slice(0, 59) + '…';
}
