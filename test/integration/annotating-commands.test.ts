// Annotating through the commands (with arguments instead of prompts), checked on the sidecar on disk.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  TEXT_NAME,
  activate,
  annotationsIn,
  annotationsOnDisk,
  inWorkspace,
  readFile,
  restoreFiles,
  select,
  waitFor,
} from './annotating-helpers';

describe('annotating: commands', () => {
  const text = () => inWorkspace(TEXT_NAME);
  const sidecar = () => inWorkspace(`${TEXT_NAME}.annotations.yaml`);
  let original = '';
  let content = '';

  before(async function () {
    this.timeout(60_000); // when this suite runs first (a grep), the index is built here, not in the first test
    await activate();
    await vscode.commands.executeCommand('marginalia.waitForIndex');
    original = await readFile(sidecar());
    content = (await vscode.workspace.openTextDocument(text())).getText();
  });

  afterEach(async function () {
    this.timeout(60_000); // restoreFiles may wait for VS Code to revert, close and reload editors
    await restoreFiles([sidecar(), original]);
  });

  async function annotate(phrase: string, command: string, args: object): Promise<{ id: string; start: number; end: number }> {
    const start = content.indexOf(phrase);
    assert.ok(start >= 0, `the essay contains “${phrase}”`);
    await select(text(), start, start + phrase.length);
    const id = await vscode.commands.executeCommand<string | undefined>(command, args);
    assert.ok(id, `${command} returns the new annotation's id`);
    return { id, start, end: start + phrase.length };
  }

  it('annotates a selection: passage, context, offsets, kind, note and author on disk, comments kept, in text order', async () => {
    const phrase = 'standardised political capitulations';
    const { id, start, end } = await annotate(phrase, 'marginalia.annotateSelection', {
      kind: 'confession',
      note: 'Capitulation comes *before* confession.',
    });
    assert.match(id, /^[0-9a-f]{6}$/);
    const all = await annotationsOnDisk(sidecar());
    const a = all.find((x) => x.id === id);
    assert.ok(a, 'the new annotation is in the sidecar');
    assert.deepStrictEqual(a.target, {
      exact: phrase,
      prefix: content.slice(start - 32, start),
      suffix: content.slice(end, end + 32),
      start,
      end,
    });
    assert.strictEqual(a.kind, 'confession');
    assert.strictEqual(a.note, 'Capitulation comes *before* confession.');
    assert.strictEqual(a.author, 'Sample Historian', 'the author comes from marginalia.author (the sample sets it)');
    assert.match(a.created ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const yaml = await readFile(sidecar());
    assert.ok(yaml.includes('# Capitulations before confessions'), 'the comments of the sample are still there');
    assert.ok(yaml.startsWith('# Sample annotations for'), 'the header comment is still there');
    assert.strictEqual(all.length, annotationsIn(original).length + 1);
    const starts = all.map((x) => x.target.start ?? 0);
    assert.deepStrictEqual(
      starts,
      [...starts].sort((x, y) => x - y),
      'annotations stay in text order',
    );
  });

  it('creates the sidecar of a text that has none, beside it', async () => {
    const note = inWorkspace('notes/the-accused.md');
    const created = inWorkspace('notes/the-accused.md.annotations.yaml');
    const md = await readFile(note);
    const phrase = 'sentenced to death and shot on 25 August 1936';
    const start = md.indexOf(phrase);
    await select(note, start, start + phrase.length);
    try {
      const id = await vscode.commands.executeCommand<string>('marginalia.markDate', { note: 'The day after the verdict.' });
      const yaml = await readFile(created);
      assert.match(yaml, /^version: 1\ntext: the-accused\.md\nannotations:\n/);
      const [a] = annotationsIn(yaml);
      assert.deepStrictEqual(
        [a.id, a.kind, a.note, a.target.exact, a.target.start],
        [id, 'date', 'The day after the verdict.', phrase, start],
      );
    } finally {
      await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
    }
  });

  it('marks a passage, then links the same selection to a registry entity instead of adding a second annotation', async () => {
    const { id } = await annotate('Zinovievists', 'marginalia.markPerson', {});
    const linked = await vscode.commands.executeCommand<string>('marginalia.linkToEntity', { entity: 'zinovievists' });
    assert.strictEqual(linked, id, 'the annotation of exactly this passage gets the entity');
    const a = (await annotationsOnDisk(sidecar())).find((x) => x.id === id);
    assert.strictEqual(a?.kind, 'person');
    assert.strictEqual(a?.entity, 'zinovievists');
    assert.ok(a?.updated, 'a change stamps `updated`');
  });

  it('links an unannotated selection by creating an annotation of the entity type', async () => {
    const { id } = await annotate('Zinovievists', 'marginalia.linkToEntity', { entity: 'zinovievists' });
    const a = (await annotationsOnDisk(sidecar())).find((x) => x.id === id);
    assert.strictEqual(a?.kind, 'organisation');
    assert.strictEqual(a?.entity, 'zinovievists');
  });

  it('edits the note of the annotation under the cursor, then deletes it', async () => {
    const { id, start } = await annotate('the clients of the G.P.U.', 'marginalia.markQuotation', {});
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    editor.selection = new vscode.Selection(editor.document.positionAt(start + 4), editor.document.positionAt(start + 4));
    assert.strictEqual(
      await vscode.commands.executeCommand('marginalia.editNote', { note: 'Trotsky’s irony: the accused as customers.' }),
      id,
    );
    assert.strictEqual(
      (await annotationsOnDisk(sidecar())).find((x) => x.id === id)?.note,
      'Trotsky’s irony: the accused as customers.',
    );
    assert.strictEqual(
      await vscode.commands.executeCommand('marginalia.deleteAnnotation', { id, uri: text().toString(), confirm: false }),
      id,
    );
    assert.strictEqual(
      (await annotationsOnDisk(sidecar())).find((x) => x.id === id),
      undefined,
    );
    assert.ok((await readFile(sidecar())).includes('# Capitulations before confessions'));
  });

  it('opens the sidecar beside the text at the annotation under the cursor', async () => {
    const phrase = 'Bulletin de l’Opposition';
    const start = content.indexOf(phrase);
    await select(text(), start + 2, start + 2);
    assert.strictEqual(await vscode.commands.executeCommand('marginalia.openSidecar'), '1750b0');
    const editor = await waitFor(
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.toString() === sidecar().toString() ? active : undefined;
      },
      5000,
      'the sidecar editor',
    );
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /- id: 1750b0/);
  });

  it('changes a sidecar that is open with unsaved edits through the editor, not behind the user’s back', async () => {
    const doc = await vscode.workspace.openTextDocument(sidecar());
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), '# An unsaved remark of the user\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const { id } = await annotate('standardised political capitulations', 'marginalia.markConfession', {});
    assert.ok(doc.isDirty, 'the sidecar stays unsaved: the user decides');
    assert.ok(doc.getText().startsWith('# An unsaved remark of the user\n'), 'the user’s unsaved edit is kept');
    assert.ok(doc.getText().includes(`id: ${id}`), 'the annotation is added to the open sidecar');
    assert.strictEqual(await readFile(sidecar()), original, 'nothing was written to disk');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => !doc.isDirty, 5000, 'the sidecar to be reverted');
  });
});
