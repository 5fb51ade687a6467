import * as vscode from 'vscode';
import type { Mention } from '../core/model';
import type { CorpusView } from './services';
import { mentionRange } from './utils';

/**
 * The commands behind the links of the "Get started with Marginalia" walkthrough: each opens a text of the
 * corpus, puts the cursor on a name or selects a quotation, and runs the feature the step teaches.
 */
export function registerWalkthrough(context: vscode.ExtensionContext, corpus: CorpusView): void {
  const cmd = (name: string, run: () => Promise<unknown>) =>
    context.subscriptions.push(vscode.commands.registerCommand(`marginalia.walkthrough.${name}`, run));
  cmd('openText', () => openText(corpus));
  cmd('showHover', async () => {
    const editor = await onName(corpus);
    if (editor) await vscode.commands.executeCommand('editor.action.showHover');
  });
  cmd('annotatePassage', async () => {
    const editor = await openText(corpus);
    if (!editor) return;
    const quote =
      pick(corpus, editor.document, (m) => m.quote === 'confession') ?? pick(corpus, editor.document, (m) => m.kind === 'quote');
    if (quote) select(editor, mentionRange(editor.document, quote));
    await vscode.commands.executeCommand('marginalia.annotateSelection');
  });
  cmd('nextMention', async () => {
    if (await onName(corpus)) await vscode.commands.executeCommand('marginalia.nextMention');
  });
}

/**
 * The text with the most names in it (the essay, in the sample corpus; ties: the shallower), opened; undefined when there is
 * none.
 */
async function openText(corpus: CorpusView): Promise<vscode.TextEditor | undefined> {
  await corpus.whenReady();
  const named = new Map(corpus.uris().map((u) => [u, corpus.mentionsIn(u).filter((m) => m.entity).length]));
  const depth = (u: string) => u.split('/').length;
  const ranked = [...named.keys()].sort((a, b) => named.get(b)! - named.get(a)! || depth(a) - depth(b) || a.localeCompare(b));
  for (const uri of ranked) {
    try {
      return await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false });
    } catch {
      // Deleted a moment ago: the next best text will do.
    }
  }
  void vscode.window.showInformationMessage(
    'Marginalia: this folder has no texts yet (.txt or .md). Open the folder that holds your transcriptions.',
  );
  return undefined;
}

/** Opens the text and puts the cursor on the first name of a person the registry has a note about. */
async function onName(corpus: CorpusView): Promise<vscode.TextEditor | undefined> {
  const editor = await openText(corpus);
  if (!editor) return undefined;
  const name =
    pick(corpus, editor.document, (m) => m.kind === 'person' && !!m.entity && !!corpus.entity(m.entity)?.note) ??
    pick(corpus, editor.document, (m) => !!m.entity);
  if (name) {
    const at = editor.document.positionAt(name.start + 1);
    select(editor, new vscode.Range(at, at));
  }
  return editor;
}

function pick(corpus: CorpusView, doc: vscode.TextDocument, test: (m: Mention) => boolean): Mention | undefined {
  return corpus.mentionsIn(doc.uri.toString()).find(test);
}

function select(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
}
