import * as vscode from 'vscode';
import { HIGHLIGHT_STYLES } from './highlight-styles';
import { HIGHLIGHT_KINDS, readConfig, affectsHighlight, type HighlightKind } from './config';
import type { CorpusView } from './services';
import { highlightOf } from '../core/kinds';

const REDECORATE_MS = 100;

/** The decoration types of one kind: the mark on its words and, for some kinds, a bar beside its lines. */
interface KindTypes {
  words: vscode.TextEditorDecorationType;
  lines?: vscode.TextEditorDecorationType;
}

/** Every colour is a theme colour contributed in package.json, so themes and high contrast can restyle it. */
function decorationFor(kind: HighlightKind): KindTypes {
  const colour = (name: string) => new vscode.ThemeColor(`marginalia.${name}`);
  const style = HIGHLIGHT_STYLES[kind];
  const words = vscode.window.createTextEditorDecorationType({
    color: style.color && colour(style.color),
    backgroundColor: style.backgroundColor && colour(style.backgroundColor),
    fontStyle: style.fontStyle,
    // An underline as a bottom border only: a box around every wrapped line reads as an error.
    ...(style.underline && {
      borderWidth: `0 0 ${style.underline.width} 0`,
      borderStyle: style.underline.style,
      borderColor: colour(style.underline.color),
    }),
    overviewRulerColor: style.overviewRuler && colour(style.overviewRuler),
    overviewRulerLane: style.overviewRuler ? vscode.OverviewRulerLane.Left : undefined,
  });
  const bar = style.marginBar;
  const lines =
    bar &&
    vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      borderWidth: `0 0 0 ${bar.width}`,
      borderStyle: 'solid',
      borderColor: colour(bar.color),
    });
  return { words, lines };
}

/** Highlights names, candidates, dates, quotations and confessions in the visible editors. */
export function registerDecorations(context: vscode.ExtensionContext, corpus: CorpusView): void {
  const types = new Map(HIGHLIGHT_KINDS.map((k) => [k, decorationFor(k)] as const));
  for (const t of types.values()) context.subscriptions.push(t.words, ...(t.lines ? [t.lines] : []));
  let enabled = readConfig().highlight;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const decorate = (editor: vscode.TextEditor) => {
    const doc = editor.document;
    const key = doc.uri.toString();
    // Lagging behind the editor: keep the decorations VS Code has already moved with the edit.
    if (corpus.has(key) && corpus.textOf(key) !== doc.getText()) return;
    const ranges = new Map<HighlightKind, vscode.Range[]>(HIGHLIGHT_KINDS.map((k) => [k, []]));
    for (const m of corpus.mentionsIn(key)) {
      const kind = highlightOf(m);
      if (kind && enabled[kind]) ranges.get(kind)!.push(new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)));
    }
    // Each kind is replaced in one call, never cleared first: no flicker.
    for (const [kind, type] of types) {
      editor.setDecorations(type.words, ranges.get(kind)!);
      if (type.lines) editor.setDecorations(type.lines, ranges.get(kind)!);
    }
  };
  const flush = () => {
    timer = undefined;
    const all = pending.has('*');
    for (const editor of vscode.window.visibleTextEditors)
      if (all || pending.has(editor.document.uri.toString())) decorate(editor);
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
  person: 'Persons',
  place: 'Places',
  organisation: 'Organisations',
  event: 'Events',
  work: 'Works',
  candidate: 'Candidate names (not in the registry)',
  date: 'Dates',
  scare: 'Scare quotes',
  quotation: 'Quotations',
  confession: 'Confessions',
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
