import * as vscode from 'vscode';
import type { Target } from '../core/model';
import { rankCandidates } from '../core/anchor/candidates';
import { baseName } from './sidecar-store';

/** What the picker settles on: a passage of the text, as offsets. */
export interface PickedPassage {
  start: number;
  end: number;
}

const BY_HAND = 'Select by hand…';
const CONTEXT = 40;

/**
 * Asks where an orphaned annotation belongs: the likeliest passages first
 * (each with a line of its surroundings, selected in the text as the user
 * moves through the list), "select by hand" last, which waits for the
 * user's selection and then completes. Undefined: cancelled.
 */
export async function pickPassage(text: vscode.Uri, target: Target, what: string): Promise<PickedPassage | undefined> {
  const editor = await vscode.window.showTextDocument(text, {
    viewColumn: vscode.ViewColumn.Beside,
    preview: false,
    preserveFocus: true,
  });
  const doc = editor.document;
  const content = doc.getText();
  const items: Array<vscode.QuickPickItem & { passage?: PickedPassage }> = rankCandidates(content, target).map((c) => ({
    label: oneLine(content.slice(c.start, c.end), 70),
    description: `line ${doc.positionAt(c.start).line + 1} · ${Math.round(c.quote * 100)}% the same words`,
    detail:
      `…${oneLine(content.slice(Math.max(0, c.start - CONTEXT), c.start), CONTEXT)}【` +
      `${oneLine(content.slice(c.start, c.end), 60)}】${oneLine(content.slice(c.end, c.end + CONTEXT), CONTEXT)}…`,
    passage: { start: c.start, end: c.end },
  }));
  items.push({
    label: `$(selection) ${BY_HAND}`,
    detail: `Select the passage in ${baseName(text)} yourself; the annotation is re-attached to it.`,
  });

  const before = editor.selection;
  const show = (p?: PickedPassage) => {
    if (!p) return;
    const range = new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  const qp = vscode.window.createQuickPick<(typeof items)[number]>();
  qp.title = `Re-attach ${what}: “${oneLine(target.exact, 50)}”`;
  qp.placeholder =
    items.length > 1
      ? 'The likeliest passages first; each is shown in the text as you move'
      : 'No similar passage found: select it by hand';
  qp.items = items;
  qp.matchOnDetail = true;
  const chosen = await new Promise<(typeof items)[number] | undefined>((resolve) => {
    qp.onDidChangeActive((active) => show(active[0]?.passage));
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0] ?? qp.activeItems[0]);
      qp.hide();
    });
    qp.onDidHide(() => resolve(undefined));
    qp.show();
    show(items[0].passage);
  });
  qp.dispose();
  if (!chosen) {
    editor.selection = before;
    return undefined;
  }
  return chosen.passage ?? byHand(editor, what);
}

/** Resolves the open "select by hand" prompt, as its buttons do; undefined when none is open. */
let answerPrompt: ((answer: 'Re-attach' | 'Cancel') => void) | undefined;

/**
 * Answers the open "select by hand" prompt as its Re-attach or Cancel button does (the internal command
 * `marginalia.reattachOrphan.answer`: a notification's button cannot be pressed from an integration test).
 * False when no prompt is open.
 */
export function answerByHand(answer: 'Re-attach' | 'Cancel'): boolean {
  if (!answerPrompt) return false;
  answerPrompt(answer);
  return true;
}

/** Waits for the user to select the passage, then for their word that it is the one. */
async function byHand(shown: vscode.TextEditor, what: string): Promise<PickedPassage | undefined> {
  const editor = await vscode.window.showTextDocument(shown.document, { viewColumn: shown.viewColumn, preserveFocus: false });
  editor.selection = new vscode.Selection(editor.selection.active, editor.selection.active);
  const answer = await new Promise<string | undefined>((resolve) => {
    answerPrompt = resolve;
    void vscode.window
      .showInformationMessage(
        `Select the passage of ${baseName(editor.document.uri)} that ${what} belongs to, then press Re-attach.`,
        'Re-attach',
        'Cancel',
      )
      .then(resolve);
  });
  answerPrompt = undefined;
  if (answer !== 'Re-attach') return undefined;
  if (editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Nothing was selected, so nothing was re-attached.');
    return undefined;
  }
  return { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}
