// The extension loads in a real VS Code, activates on the sample corpus and registers what it contributes.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'marginalia.marginalia';

interface Manifest {
  contributes?: { commands?: { command: string }[] };
}

describe('activation', () => {
  it('finds Marginalia among the installed extensions', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not loaded`);
  });

  it('opens the sample workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'the launcher opens exactly one folder');
  });

  it('activates when a text of the corpus is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const [text] = await vscode.workspace.findFiles('**/*.txt', undefined, 1);
    assert.ok(text, 'the sample workspace holds a .txt file');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(text));
    // activate() rethrows whatever the extension's activate threw, so a broken activation fails here.
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  it('registers every command that package.json contributes', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    const manifest = ext.packageJSON as Manifest;
    const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes at least one command');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(
      contributed.filter((c) => !registered.has(c)),
      [],
      'contributed commands that activate() did not register',
    );
  });
});
