import * as vscode from 'vscode';
import type { CorpusView } from './services';
import { locationOf, mentionRange, textSelector } from './utils';

/** The registry entity under the cursor: a name in a text, or an item of entities.yaml. */
export function entityIdAt(corpus: CorpusView, doc: vscode.TextDocument, position: vscode.Position): string | undefined {
  if (corpus.isRegistry(doc.uri)) return corpus.entityAtRegistryLine(doc.uri, position.line)?.id;
  const m = corpus.mentionAt(doc.uri.toString(), doc.offsetAt(position));
  return m?.entity && m.kind !== 'quote' ? m.entity : undefined;
}

/** Where an entity is defined: its `- id:` line in entities.yaml. */
function definitionOf(corpus: CorpusView, id: string): vscode.Location | undefined {
  const source = corpus.entity(id)?.source;
  return source ? new vscode.Location(vscode.Uri.parse(source.file), new vscode.Position(source.line, 0)) : undefined;
}

/** Go to Definition, Find All References, and next/previous mention across the corpus. */
export function registerNavigation(context: vscode.ExtensionContext, corpus: CorpusView): void {
  const selector = textSelector();
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition(doc, position) {
        if (corpus.isRegistry(doc.uri)) return undefined;
        const id = entityIdAt(corpus, doc, position);
        return id ? definitionOf(corpus, id) : undefined;
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(doc, position, ctx) {
        const id = entityIdAt(corpus, doc, position);
        if (!id) return undefined;
        const refs = corpus.mentionsOf(id).map((l) => locationOf(corpus, l));
        const def = ctx.includeDeclaration ? definitionOf(corpus, id) : undefined;
        return def ? [def, ...refs] : refs;
      },
    }),
    vscode.commands.registerCommand('marginalia.nextMention', () => step(corpus, +1)),
    vscode.commands.registerCommand('marginalia.previousMention', () => step(corpus, -1)),
  );
}

/** Moves to the next (+1) or previous (-1) mention of the entity under the cursor, opening its text; wraps around. */
async function step(corpus: CorpusView, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const doc = editor.document;
  const key = doc.uri.toString();
  const offset = doc.offsetAt(editor.selection.start);
  const mention = corpus.mentionAt(key, offset);
  if (!mention?.entity || mention.kind === 'quote') {
    void vscode.window.showInformationMessage('Marginalia: put the cursor on a registry name to walk its mentions.');
    return;
  }
  const all = corpus.mentionsOf(mention.entity);
  const here = all.findIndex((l) => l.uri === key && l.mention.start === mention.start);
  const target = all[(here + direction + all.length) % all.length];
  if (!target || all.length < 2) {
    void vscode.window.setStatusBarMessage('Marginalia: this is the only mention', 3000);
    return;
  }
  const location = locationOf(corpus, target);
  const shown = target.uri === key ? editor : await vscode.window.showTextDocument(location.uri, { preview: false });
  const range = target.uri === key ? mentionRange(doc, target.mention) : location.range;
  shown.selection = new vscode.Selection(range.start, range.end);
  shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const position = all.indexOf(target) + 1;
  void vscode.window.setStatusBarMessage(`Marginalia: mention ${position} of ${all.length}`, 3000);
}
