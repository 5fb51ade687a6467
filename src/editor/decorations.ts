import * as vscode from 'vscode';
import type { Mention } from '../core/model';
import { HIGHLIGHT_KINDS, readConfig, affectsHighlight, type HighlightKind } from './config';
import type { CorpusService } from './corpus-service';

const REDECORATE_MS = 100;

/** Every colour is a theme colour contributed in package.json, so themes and high contrast can restyle it. */
function decorationFor(kind: HighlightKind): vscode.TextEditorDecorationType {
  const colour = (name: string) => new vscode.ThemeColor(`marginalia.${name}`);
  switch (kind) {
    case 'candidate':
      return vscode.window.createTextEditorDecorationType({ color: colour('candidateForeground'), textDecoration: 'underline dotted' });
    case 'quotation':
      return vscode.window.createTextEditorDecorationType({ backgroundColor: colour('quotationBackground') });
    case 'confession':
      return vscode.window.createTextEditorDecorationType({
        backgroundColor: colour('confessionBackground'), border: '1px solid', borderColor: colour('confessionBorder'), borderRadius: '2px',
      });
    default:
      return vscode.window.createTextEditorDecorationType({ color: colour(`${kind}Foreground`), fontWeight: kind === 'person' ? '600' : undefined });
  }
}

/** Which highlight a mention gets; scare quotes get none. */
function kindOf(m: Mention): HighlightKind | undefined {
  if (m.kind === 'quote') return m.quote === 'confession' ? 'confession' : m.quote === 'scare' ? undefined : 'quotation';
  return m.kind;
}

/** Highlights names, candidates, dates, quotations and confessions in the visible editors. */
export function registerDecorations(context: vscode.ExtensionContext, corpus: CorpusService): void {
  const types = new Map(HIGHLIGHT_KINDS.map((k) => [k, decorationFor(k)] as const));
  context.subscriptions.push(...types.values());
  let enabled = readConfig().highlight;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const decorate = (editor: vscode.TextEditor) => {
    const doc = editor.document;
    const key = doc.uri.toString();
    // Lagging behind the editor: keep the decorations VS Code has already moved with the edit.
    if (corpus.index.has(key) && corpus.index.textOf(key) !== doc.getText()) return;
    const ranges = new Map<HighlightKind, vscode.Range[]>(HIGHLIGHT_KINDS.map((k) => [k, []]));
    for (const m of corpus.index.mentionsIn(key)) {
      const kind = kindOf(m);
      if (kind && enabled[kind]) ranges.get(kind)!.push(new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)));
    }
    // Each kind is replaced in one call, never cleared first: no flicker.
    for (const [kind, type] of types) editor.setDecorations(type, ranges.get(kind)!);
  };
  const flush = () => {
    timer = undefined;
    const all = pending.has('*');
    for (const editor of vscode.window.visibleTextEditors) if (all || pending.has(editor.document.uri.toString())) decorate(editor);
    pending.clear();
  };
  const schedule = (uri?: vscode.Uri) => {
    pending.add(uri ? uri.toString() : '*');
    timer ??= setTimeout(flush, REDECORATE_MS);
  };

  context.subscriptions.push(
    corpus.onDidChange((uri) => schedule(uri)),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(decorate)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsHighlight(e)) return;
      enabled = readConfig().highlight;
      schedule();
    }),
    vscode.commands.registerCommand('marginalia.toggleHighlight', () => toggleHighlight(enabled)),
    { dispose: () => timer && clearTimeout(timer) },
  );
  vscode.window.visibleTextEditors.forEach(decorate);
}

const LABELS: Record<HighlightKind, string> = {
  person: 'Persons', place: 'Places', organisation: 'Organisations', event: 'Events', work: 'Works',
  candidate: 'Candidate names (not in the registry)', date: 'Dates', quotation: 'Quotations', confession: 'Confessions',
};

/** Quick pick of the kinds to highlight; writes `marginalia.highlight.<kind>` (user settings). */
async function toggleHighlight(current: Record<HighlightKind, boolean>): Promise<void> {
  const items = HIGHLIGHT_KINDS.map((kind) => ({ label: LABELS[kind], highlight: kind, picked: current[kind] }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Marginalia: highlight which kinds?' });
  if (!picked) return;
  const on = new Set(picked.map((p) => p.highlight));
  const config = vscode.workspace.getConfiguration('marginalia');
  for (const kind of HIGHLIGHT_KINDS) {
    if (current[kind] !== on.has(kind)) await config.update(`highlight.${kind}`, on.has(kind), vscode.ConfigurationTarget.Global);
  }
}
