// A sidecar open in an editor while a command annotates its text: nothing the user typed is lost, and the editor and
// the disk agree afterwards (no "file is newer" conflict). With autosave off (the desktop default) and on (the default
// of VS Code for the Web: vscode.dev, github.dev, code-server).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, closeEditorsOf, inWorkspace, readFile, restoreFiles, select, waitFor, writeFile } from './annotating-helpers';

const TEXT = [
  'On 24 August 1936 Zinoviev said: “I am guilty of having been organiser, second only to Trotsky.”',
  'Kamenev added: “I too am guilty of having organised the terrorist centre.”',
  '',
].join('\n');
const REMARK = '# A remark the user is still writing\n';

describe('annotating: a sidecar open in an editor', () => {
  const text = () => inWorkspace('dirty-sidecar.txt');
  const sidecar = () => inWorkspace('dirty-sidecar.txt.annotations.yaml');
  const files = () => vscode.workspace.getConfiguration('files');
  let autoSave: string | undefined;

  before(async () => {
    await activate();
    autoSave = files().inspect<string>('autoSave')?.globalValue;
    await writeFile(text(), TEXT);
  });

  beforeEach(async function () {
    this.timeout(60_000); // restoreFiles may wait for VS Code to revert, close and reload editors
    // A sidecar with one annotation, written by the command while no editor has it.
    await restoreFiles([text(), TEXT]);
    await vscode.workspace.fs.delete(sidecar()).then(undefined, () => undefined);
    assert.ok(await annotate('I am guilty of having been organiser'));
  });

  afterEach(async function () {
    this.timeout(60_000); // restoreFiles may wait for VS Code to revert, close and reload editors
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    await closeEditorsOf(sidecar());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [sidecar(), text()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  async function annotate(phrase: string): Promise<string | undefined> {
    const start = TEXT.indexOf(phrase);
    await select(text(), start, start + phrase.length);
    return vscode.commands.executeCommand<string>('marginalia.markConfession', {});
  }

  async function openWithRemark(): Promise<vscode.TextDocument> {
    const doc = await vscode.workspace.openTextDocument(sidecar());
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), REMARK);
    assert.ok(await vscode.workspace.applyEdit(edit));
    return doc;
  }

  it('with autosave on, saves the user’s unsaved words and the new annotation together', async function () {
    this.timeout(60_000);
    await files().update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Global);
    const first = (await readFile(sidecar())).match(/id: (\w+)/)?.[1];
    const doc = await openWithRemark();
    const id = await annotate('I too am guilty');
    assert.ok(id && first);
    await waitFor(() => !doc.isDirty && doc.getText().includes(`id: ${id}`), 30_000, 'VS Code to save the sidecar');
    const disk = await readFile(sidecar());
    assert.ok(disk.startsWith(REMARK), 'the user’s words are on disk');
    assert.ok(disk.includes(`id: ${first}`) && disk.includes(`id: ${id}`), 'both annotations are on disk');
    assert.strictEqual(doc.getText(), disk, 'the editor shows what is on disk');
  });

  it('with the sidecar open and saved, writes to disk, the editor follows, and the user’s next save is no conflict', async function () {
    this.timeout(60_000);
    const doc = await vscode.workspace.openTextDocument(sidecar());
    await vscode.window.showTextDocument(doc);
    const id = await annotate('I too am guilty');
    assert.ok(id);
    assert.ok((await readFile(sidecar())).includes(`id: ${id}`), 'written to disk at once');
    // A clean editor reloads a file changed on disk (the file watcher may lag on a busy machine).
    await waitFor(() => doc.getText().includes(`id: ${id}`), 30_000, 'the editor to show the new annotation');
    assert.ok(!doc.isDirty);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), REMARK);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await doc.save(), 'saved without a conflict');
    const disk = await readFile(sidecar());
    assert.ok(disk.startsWith(REMARK) && disk.includes(`id: ${id}`), 'the user’s words and the annotation are both on disk');
  });
});
