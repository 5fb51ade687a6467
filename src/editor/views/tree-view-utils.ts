// What the corpus tree views (entities, timeline) show alike: a click that opens a passage, a passage's snippet.
import * as vscode from 'vscode';

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
