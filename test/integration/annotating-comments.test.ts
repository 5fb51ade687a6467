// Notes as comment threads: a multi-line Markdown note written in the comment editor lands in the sidecar verbatim.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, annotationsOnDisk, inWorkspace, readFile, select, waitFor, writeFile } from './annotating-helpers';

const TEXT = [
  'On 19 August 1936 the court heard Pickel.',
  'He said: “I am guilty of organising the murder in Leningrad.”',
  'Lurye, alone, denied the charge of terror.',
  '',
].join('\n');
const PASSAGE = 'I am guilty of organising the murder in Leningrad.';
const NOTE = [
  'A confession **written in advance**: compare the wording with the indictment.',
  '',
  '- Trotsky, *The Revolution Betrayed*, p. 12',
  '- Conquest, *The Great Terror* (1968), ch. 4',
  '',
  '> “the same words, in the same order”',
].join('\n');

interface Thread {
  comments: readonly vscode.Comment[];
  uri: vscode.Uri;
}
const body = (c: vscode.Comment) => (typeof c.body === 'string' ? c.body : c.body.value);

describe('annotating: notes as comment threads', () => {
  const text = () => inWorkspace('comments-note.txt');
  const sidecar = () => inWorkspace('comments-note.txt.annotations.yaml');

  before(async () => {
    await activate();
    await writeFile(text(), TEXT);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [sidecar(), text()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('writes a multi-line Markdown note typed in the comment editor to the sidecar verbatim', async function () {
    this.timeout(40_000); // Add Comment may be tried again for 30 s on a busy machine
    const start = TEXT.indexOf(PASSAGE);
    // As a user would: Add Comment on the selection, type the note in the comment editor, submit it (Ctrl+Enter).
    // The comment editor opens only once VS Code has asked the extension where comments may go, which has no event:
    // Add Comment is tried again until the comment editor has the keyboard, and no key is typed before.
    const commentEditor = () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.scheme === 'comment' ? active : undefined;
    };
    const input = await waitFor(
      async () => {
        await select(text(), start, start + PASSAGE.length);
        await vscode.commands.executeCommand('workbench.action.addComment');
        return waitFor(commentEditor, 3000, 'the comment editor').catch(() => undefined);
      },
      30_000,
      'the comment editor to open on the selection',
    );
    await vscode.commands.executeCommand('type', { text: NOTE });
    await waitFor(
      () => input.document.getText() === NOTE,
      5000,
      () => `the note in the comment editor, not ${JSON.stringify(input.document.getText())}`,
    );
    assert.strictEqual((await vscode.workspace.openTextDocument(text())).getText(), TEXT, 'the text is untouched');
    await vscode.commands.executeCommand('editor.action.submitComment');
    await waitFor(() => readFile(sidecar()), 8000, 'the sidecar');
    const [a] = await annotationsOnDisk(sidecar());
    assert.strictEqual(a.note, NOTE);
    assert.strictEqual(a.target.exact, PASSAGE, 'the note is on the selected passage');
    assert.strictEqual(a.kind, 'note');
  });

  it('shows the note as an untrusted Markdown comment, and edits it and replies from the thread', async () => {
    const [a] = await annotationsOnDisk(sidecar());
    const thread = await waitFor(
      async () =>
        vscode.commands.executeCommand<Thread | undefined>('marginalia.comments.threadOf', { uri: text().toString(), id: a.id }),
      5000,
      'the thread',
    );
    const comment = await waitFor(() => thread.comments[0], 5000, 'the note in the thread');
    assert.strictEqual(body(comment), NOTE);
    assert.ok(typeof comment.body !== 'string' && !comment.body.isTrusted && !comment.body.supportHtml, 'untrusted, no HTML');

    // Edit: the comment editor writes the new body into the comment, then Save runs.
    await vscode.commands.executeCommand('marginalia.comments.edit', comment);
    assert.strictEqual(comment.mode, vscode.CommentMode.Editing);
    const edited = `${NOTE}\n\nChecked against the stenographic report.`;
    (comment as { body: string | vscode.MarkdownString }).body = edited;
    assert.strictEqual(await vscode.commands.executeCommand('marginalia.comments.save', comment), a.id);
    assert.strictEqual((await annotationsOnDisk(sidecar())).find((x) => x.id === a.id)?.note, edited);

    // A reply is an annotation of the same passage with replyTo; it shows in the same thread.
    const reply = await vscode.commands.executeCommand<string>('marginalia.comments.reply', {
      thread,
      text: 'Agreed.\nSee also Radek.',
    });
    const stored = (await annotationsOnDisk(sidecar())).find((x) => x.id === reply);
    assert.deepStrictEqual([stored?.replyTo, stored?.note, stored?.target.exact], [a.id, 'Agreed.\nSee also Radek.', PASSAGE]);
    await waitFor(
      () => thread.comments.length === 2 && body(thread.comments[1]) === 'Agreed.\nSee also Radek.',
      5000,
      'the reply in the thread',
    );
  });

  it('opens Edit Annotation Note in the comment editor of the thread', async () => {
    const [a] = await annotationsOnDisk(sidecar());
    const thread = await vscode.commands.executeCommand<Thread>('marginalia.comments.threadOf', {
      uri: text().toString(),
      id: a.id,
    });
    assert.strictEqual(
      await vscode.commands.executeCommand('marginalia.editNote', { uri: text().toString(), id: a.id }),
      undefined,
      'nothing written yet',
    );
    assert.strictEqual(thread.comments[0].mode, vscode.CommentMode.Editing);
    await vscode.commands.executeCommand('marginalia.comments.cancel', thread.comments[0]);
    assert.strictEqual(thread.comments[0].mode, vscode.CommentMode.Preview);
  });

  it('changes the kind and the tags from the thread', async () => {
    const [a] = await annotationsOnDisk(sidecar());
    const thread = await vscode.commands.executeCommand<Thread>('marginalia.comments.threadOf', {
      uri: text().toString(),
      id: a.id,
    });
    await vscode.commands.executeCommand('marginalia.comments.changeKind', thread, 'confession');
    await vscode.commands.executeCommand('marginalia.comments.editTags', thread, ['coerced', 'verbatim']);
    const now = (await annotationsOnDisk(sidecar())).find((x) => x.id === a.id);
    assert.deepStrictEqual([now?.kind, now?.tags, now?.note?.startsWith(NOTE)], ['confession', ['coerced', 'verbatim'], true]);
    await waitFor(
      () => (thread as unknown as { label?: string }).label === 'confession · #coerced · #verbatim',
      5000,
      'the thread label',
    );
  });
});
