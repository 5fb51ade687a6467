// The Outline of a text opened before the index has it: it fills as soon as the index does, without reopening.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { inWorkspace, ready, waitFor } from './reading-helpers';

const NAME = 'outline-late.txt';
const TEXT = 'On 19 August 1936 Pickel told the court: “I am guilty of organising the murder in Leningrad.”\n';

const symbols = (uri: vscode.Uri) =>
  vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);

describe('reading: the Outline of a text opened before the index was ready', () => {
  const config = () => vscode.workspace.getConfiguration('marginalia');

  before(async () => {
    await ready();
    // Left out of the corpus while it is opened: the index does not have it, as after a window reload.
    await config().update('exclude', [NAME], vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.writeFile(inWorkspace(NAME), new TextEncoder().encode(TEXT));
    await vscode.commands.executeCommand('marginalia.waitForIndex');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(inWorkspace(NAME));
    await vscode.commands.executeCommand('marginalia.waitForIndex');
  });

  it('fills the Outline when the index takes the text in, without reopening or editing it', async () => {
    const editor = await vscode.window.showTextDocument(inWorkspace(NAME));
    const version = editor.document.version;
    // VS Code keeps the symbols of a document version until a provider changes: this empty answer is kept.
    assert.deepStrictEqual((await symbols(inWorkspace(NAME))) ?? [], [], 'fixture: not in the corpus, no symbols');
    await config().update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    const filled = await waitFor(
      async () => {
        const found = await symbols(inWorkspace(NAME));
        return found?.length ? found : undefined;
      },
      8000,
      'the Outline to fill',
    );
    assert.ok(
      filled.some((s) => /I am guilty/.test(s.name)),
      filled.map((s) => s.name).join(' | '),
    );
    assert.strictEqual(editor.document.version, version, 'the text was not touched');
  });
});
