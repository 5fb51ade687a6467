// Small helpers every editor feature shares: one of each (the open document of a URI, reading a text, the
// documents served, ranges and locations of mentions, replacing a file's text in an edit).
import * as vscode from 'vscode';
import type { Located } from '../core/corpus/corpus-index';
import { type Decoded, decodeText } from '../core/text/decode';
import { LineIndex } from '../core/text/line-index';
import type { CorpusView } from './services';

/** The open document of a URI, if any: its text, unsaved edits included, is what the user sees. */
export function openDocument(uri: vscode.Uri | string): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/**
 * The text of a file as the user sees it: the open document's (unsaved edits
 * included), else the disk's, decoded as VS Code does. Undefined when missing, unreadable or not
 * text (invalid UTF-8 is never decoded lossily: what is written back must be what was read).
 */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const doc = openDocument(uri);
  if (doc) return doc.getText();
  const decoded = await readDecoded(uri).catch(() => undefined);
  return decoded?.ok ? decoded.text : undefined;
}

/** As readText, but a file that is missing or cannot be decoded is an error that names it and says why. */
export async function readTextOrFail(uri: vscode.Uri): Promise<string> {
  const doc = openDocument(uri);
  if (doc) return doc.getText();
  const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
  if (!decoded.ok) throw new Error(`${vscode.workspace.asRelativePath(uri)} ${decoded.message}`);
  return decoded.text;
}

/** The file's decoded bytes; undefined when it does not exist. */
export async function readDecoded(uri: vscode.Uri): Promise<Decoded | undefined> {
  try {
    return decodeText(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

/** The documents the reading features serve (the index decides which of them are texts). */
export function textSelector(): vscode.DocumentSelector {
  return [{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }];
}

/** The range of a mention in an open document. */
export function mentionRange(doc: vscode.TextDocument, m: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
}

const lineIndexes = new Map<string, { text: string; lines: LineIndex }>();

/** The location of an indexed mention, also in texts that are not open (positions from the indexed text). */
export function locationOf(corpus: CorpusView, { uri, mention }: Located): vscode.Location {
  const text = corpus.textOf(uri) ?? '';
  let cached = lineIndexes.get(uri);
  if (!cached || cached.text !== text) lineIndexes.set(uri, (cached = { text, lines: new LineIndex(text) }));
  const p = (o: number) => {
    const { line, character } = cached.lines.positionAt(o);
    return new vscode.Position(line, character);
  };
  return new vscode.Location(vscode.Uri.parse(uri), new vscode.Range(p(mention.start), p(mention.end)));
}

/** Replaces a whole file's text in a WorkspaceEdit (the YAML helpers keep comments and formatting, so the diff stays small). */
export function replaceAll(edit: vscode.WorkspaceEdit, uri: vscode.Uri, oldText: string, newText: string): void {
  const end = new LineIndex(oldText).positionAt(oldText.length);
  edit.replace(uri, new vscode.Range(0, 0, end.line, end.character), newText);
}
