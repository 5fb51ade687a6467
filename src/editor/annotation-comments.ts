import * as vscode from 'vscode';
import type { Annotation } from '../core/model';
import { LineIndex } from '../core/text/line-index';
import type { AnnotationsService, LiveAnnotation } from './services';
import { KINDS, update } from './annotate-commands';
import { baseName, isSidecar } from './sidecar-store';
import { threadsOf } from '../core/annotations/threads';

/** The controller id, as `commentController` in package.json's `when` clauses. */
const CONTROLLER = 'marginalia-notes';

/** A note (or a reply's note) shown as a comment; `id` is the annotation that holds it. */
class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  body: string | vscode.MarkdownString;
  readonly author: vscode.CommentAuthorInformation;
  readonly contextValue: string;
  readonly timestamp?: Date;
  readonly label?: string;
  /** The thread that shows it (set when the thread takes it). */
  parent?: vscode.CommentThread;

  constructor(
    readonly id: string,
    readonly text: vscode.Uri,
    readonly saved: string,
    annotation: Annotation,
    readonly reply: boolean,
  ) {
    this.body = markdown(saved);
    this.author = { name: annotation.author ?? (reply ? 'Reply' : 'Note') };
    this.contextValue = reply ? 'marginalia-reply' : 'marginalia-note';
    const when = annotation.updated ?? annotation.created;
    this.timestamp = when && !Number.isNaN(Date.parse(when)) ? new Date(when) : undefined;
    this.label = annotation.updated ? 'edited' : undefined;
  }
}

/** What a thread stands for: the annotation it belongs to (its root; replies are comments in it). */
interface ThreadInfo {
  text: vscode.Uri;
  id: string;
  signature: string;
}

/** The note as Markdown: untrusted, no HTML, no command links (notes come from shared sidecars). */
function markdown(note: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(note, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/**
 * Notes as comment threads (the Comments API, as pull request review uses it): one thread per
 * annotation on its passage, its note the first comment, its replies after it, all in the Comments
 * panel for the whole corpus. Each change goes through the annotate commands and so through the one
 * sidecar write path. A reply is an annotation of its own with the same target and `replyTo: <id>`.
 */
export function registerAnnotationComments(
  context: vscode.ExtensionContext,
  service: AnnotationsService,
  log: vscode.LogOutputChannel,
): void {
  const controller = vscode.comments.createCommentController(CONTROLLER, 'Marginalia notes');
  controller.options = {
    prompt: 'Write a note (Markdown)…',
    placeHolder: 'A note on this passage, in Markdown: paragraphs, lists, references',
  };
  controller.commentingRangeProvider = {
    provideCommentingRanges: (doc) =>
      isSidecar(doc.uri) ||
      vscode.languages.match([{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }], doc) === 0
        ? []
        : [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)],
  };
  const threads = new Map<string, vscode.CommentThread>();
  const info = new WeakMap<vscode.CommentThread, ThreadInfo>();

  const sync = (text: vscode.Uri) => {
    const state = service.stateOf(text);
    const annotations = state && !isSidecar(text) ? state.annotations : [];
    let lines: LineIndex | undefined;
    const position = (offset: number) => {
      const p = (lines ??= new LineIndex(state?.content ?? '')).positionAt(offset);
      return new vscode.Position(p.line, p.character);
    };
    const keep = new Set<string>();
    // A reply whose annotation is gone stands on its own (threads.ts); an orphan has no passage to hold a thread.
    for (const { root, replies } of threadsOf(annotations)) {
      if (root.start === undefined) continue;
      const key = `${text.toString()}#${root.annotation.id}`;
      keep.add(key);
      const range = new vscode.Range(position(root.start!), position(root.end!));
      let thread = threads.get(key);
      if (!thread) {
        thread = controller.createCommentThread(text, range, []);
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        thread.contextValue = 'marginalia-annotation';
        threads.set(key, thread);
      } else if (!thread.range?.isEqual(range)) thread.range = range;
      const a = root.annotation;
      const label = [a.kind, a.entity, ...(a.tags ?? []).map((t) => `#${t}`)].filter(Boolean).join(' · ');
      if (thread.label !== label) thread.label = label;
      const signature = JSON.stringify(
        [root, ...replies].map((x) => [x.annotation.id, x.annotation.note, x.annotation.updated, x.annotation.author]),
      );
      const known = info.get(thread);
      // Live edits of the text fire often; comments are rebuilt only when a note changed, never under the user's pen.
      if (known?.signature === signature || thread.comments.some((c) => c.mode === vscode.CommentMode.Editing)) continue;
      info.set(thread, { text, id: a.id, signature });
      const comments = [
        ...(a.note !== undefined ? [new NoteComment(a.id, text, a.note, a, false)] : []),
        ...replies.map((r) => new NoteComment(r.annotation.id, text, r.annotation.note ?? '', r.annotation, true)),
      ];
      for (const c of comments) c.parent = thread;
      thread.comments = comments;
    }
    const prefix = `${text.toString()}#`;
    for (const [key, thread] of threads) {
      if (key.startsWith(prefix) && !keep.has(key)) {
        thread.dispose();
        threads.delete(key);
      }
    }
  };
  const syncAll = () => {
    const texts = new Set([
      ...service.all().map((s) => s.text.toString()),
      ...[...threads.keys()].map((k) => k.slice(0, k.lastIndexOf('#'))),
    ]);
    for (const t of texts) sync(vscode.Uri.parse(t));
  };

  const cmd = (name: string, run: (...args: never[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(`marginalia.comments.${name}`, run));
  const rootOf = (thread: vscode.CommentThread): LiveAnnotation | undefined => {
    const known = info.get(thread);
    return known && service.stateOf(known.text)?.annotations.find((x) => x.annotation.id === known.id);
  };

  // The thread's input: a new thread makes a note of its passage; on a thread without a note it
  // becomes the note; otherwise it is a reply.
  cmd('reply', async (reply: vscode.CommentReply) => {
    const { thread, text: note } = reply;
    const root = rootOf(reply.thread);
    if (!root) return newNote(thread, note);
    const args = { uri: thread.uri.toString(), id: root.annotation.id };
    if (root.annotation.note === undefined)
      return vscode.commands.executeCommand<string | undefined>('marginalia.editNote', { ...args, note });
    if (root.start === undefined || root.end === undefined) return undefined;
    return vscode.commands.executeCommand<string | undefined>('marginalia.annotateSelection', {
      kind: 'note',
      note,
      replyTo: root.annotation.id,
      passage: { uri: thread.uri.toString(), start: root.start, end: root.end },
    });
  });
  cmd('edit', (comment: NoteComment) => setMode(comment, vscode.CommentMode.Editing));
  cmd('cancel', (comment: NoteComment) => {
    comment.body = markdown(comment.saved);
    setMode(comment, vscode.CommentMode.Preview);
  });
  cmd('save', async (comment: NoteComment) => {
    const note = typeof comment.body === 'string' ? comment.body : comment.body.value;
    setMode(comment, vscode.CommentMode.Preview);
    // An emptied root note removes the note (the annotation stays); an emptied reply stays an empty reply.
    const id = await vscode.commands.executeCommand<string | undefined>('marginalia.editNote', {
      uri: comment.text.toString(),
      id: comment.id,
      note,
    });
    if (!id) comment.body = markdown(comment.saved);
    return id;
  });
  cmd('deleteNote', async (comment: NoteComment) => {
    const args = { uri: comment.text.toString(), id: comment.id };
    return comment.reply
      ? vscode.commands.executeCommand('marginalia.deleteAnnotation', args)
      : vscode.commands.executeCommand('marginalia.editNote', { ...args, note: '' });
  });
  cmd('deleteAnnotation', (thread: vscode.CommentThread) => {
    const known = info.get(thread);
    return known && vscode.commands.executeCommand('marginalia.deleteAnnotation', { uri: known.text.toString(), id: known.id });
  });
  cmd('changeKind', async (thread: vscode.CommentThread, kind?: string) => {
    const root = rootOf(thread);
    if (!root) return undefined;
    const picked =
      kind ??
      (await vscode.window.showQuickPick(KINDS, {
        title: `Kind of annotation ${root.annotation.id}`,
        placeHolder: `Now: ${root.annotation.kind}`,
      }));
    if (!picked || picked === root.annotation.kind) return undefined;
    return update(service, log, root, { kind: picked });
  });
  cmd('editTags', async (thread: vscode.CommentThread, tags?: string[]) => {
    const root = rootOf(thread);
    if (!root) return undefined;
    const typed =
      tags?.join(', ') ??
      (await vscode.window.showInputBox({
        title: `Tags of annotation ${root.annotation.id}`,
        value: (root.annotation.tags ?? []).join(', '),
        prompt: 'Comma-separated, e.g. contradiction, coerced; empty for none',
      }));
    if (typed === undefined) return undefined;
    const list = [
      ...new Set(
        typed
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ];
    return update(service, log, root, { tags: list.length ? list : undefined });
  });
  /**
   * Opens the thread of an annotation (or of the one it replies to) with its note in the comment editor; false: it has no thread
   * (an orphan).
   */
  cmd('open', async (args: { uri: string; id: string }) => {
    const text = vscode.Uri.parse(args.uri);
    // A reply's thread is the one that shows it (a reply to a reply is in the first annotation's thread).
    const prefix = `${text.toString()}#`;
    const thread =
      threads.get(`${prefix}${args.id}`) ??
      [...threads].find(
        ([key, t]) => key.startsWith(prefix) && t.comments.some((c) => c instanceof NoteComment && c.id === args.id),
      )?.[1];
    if (!thread?.range) return false;
    await vscode.window.showTextDocument(text, {
      selection: new vscode.Range(thread.range.start, thread.range.start),
      preview: false,
    });
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    const comment = thread.comments.find((c): c is NoteComment => c instanceof NoteComment && c.id === args.id);
    // No note yet: the expanded thread's input is where it is written.
    if (comment) setMode(comment, vscode.CommentMode.Editing);
    return true;
  });
  /** For tests and other commands: the thread of an annotation, once it is shown. */
  cmd('threadOf', (args: { uri: string; id: string }) => threads.get(`${vscode.Uri.parse(args.uri).toString()}#${args.id}`));

  context.subscriptions.push(
    controller,
    service.onDidChange((uri) => (uri ? sync(uri) : syncAll())),
    { dispose: () => threads.clear() },
  );
  void service.ready.then(syncAll);
}

function setMode(comment: NoteComment, mode: vscode.CommentMode): void {
  comment.mode = mode;
  // A thread redraws when its comments are assigned again.
  if (comment.parent) comment.parent.comments = [...comment.parent.comments];
}

/** A thread the user opened on lines of a text: the note is for the selection there, else for those lines. */
async function newNote(thread: vscode.CommentThread, note: string): Promise<string | undefined> {
  const doc = await vscode.workspace.openTextDocument(thread.uri);
  const range = thread.range ?? new vscode.Range(0, 0, 0, 0);
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const selected =
    editor &&
    !editor.selection.isEmpty &&
    editor.selection.start.line >= range.start.line &&
    editor.selection.end.line <= range.end.line
      ? editor.selection
      : undefined;
  const lines = selected ?? new vscode.Range(doc.lineAt(range.start.line).range.start, doc.lineAt(range.end.line).range.end);
  let [start, end] = [doc.offsetAt(lines.start), doc.offsetAt(lines.end)];
  const text = doc.getText();
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start === end) {
    void vscode.window.showInformationMessage(
      `Nothing to annotate on those lines of ${baseName(thread.uri)}: select a passage first.`,
    );
    return undefined;
  }
  const id = await vscode.commands.executeCommand<string | undefined>('marginalia.annotateSelection', {
    kind: 'note',
    note,
    passage: { uri: thread.uri.toString(), start, end },
  });
  // The annotation's own thread replaces the one the user opened.
  if (id) thread.dispose();
  return id;
}
