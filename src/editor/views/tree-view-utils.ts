// What the corpus tree views (entities, timeline) share: a click that opens a passage, a passage's snippet,
// and a debounced refresh when the index changes.
import * as vscode from 'vscode';
import type { CorpusView } from '../services';

/** A burst of index changes (a build, typing) refreshes a view once. */
const REFRESH_MS = 300;

/** A click that opens a text with the range selected. */
export function open(uri: vscode.Uri, range: vscode.Range, title: string): vscode.Command {
  return { command: 'vscode.open', title, arguments: [uri, { selection: range, preview: true }] };
}

/** The words around a mention, on one line. */
export function snippet(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 30), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + 30).replace(/\s+/g, ' ');
  return `…${before}${text.slice(start, end)}${after}…`;
}

/** Debounces a refresh on every index change. */
export function refreshOnChange(corpus: CorpusView, refresh: () => void): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const sub = corpus.onDidChange(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(refresh, REFRESH_MS);
  });
  return {
    dispose: () => {
      sub.dispose();
      if (timer) clearTimeout(timer);
    },
  };
}
