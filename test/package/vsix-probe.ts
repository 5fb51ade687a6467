// The tests module that test/host/run-vsix.mjs runs in a VS Code where Marginalia is installed from the .vsix
// (not loaded from the repository): it must activate on its own when a text is opened, and serve hovers.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { waitFor } from '../integration/wait-for';

const EXTENSION_ID = 'marginalia.marginalia';

/** Called by VS Code's extension host; a rejection fails the run. */
export async function run(): Promise<void> {
  console.log(`Marginalia vsix probe in VS Code ${vscode.version}`);
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const expected = process.env.MARGINALIA_VSIX_EXTENSIONS_DIR;
  assert.ok(
    expected && ext.extensionUri.path.startsWith(vscode.Uri.file(expected).path),
    `loaded from the extensions dir ${expected}, not ${ext.extensionUri.path}`,
  );
  console.log(`  found ${EXTENSION_ID} ${(ext.packageJSON as { version: string }).version} in ${ext.extensionUri.path}`);

  const [essay] = await vscode.workspace.findFiles('**/trotsky-1936-moscow-confessions.txt', undefined, 1);
  assert.ok(essay, 'the sample essay is in the workspace');
  const doc = await vscode.workspace.openTextDocument(essay);
  await vscode.window.showTextDocument(doc);
  // No ext.activate(): the activation events of the packaged manifest must do it.
  await waitFor(() => ext.isActive, 30_000, 'the extension to activate on its own');
  console.log('  activated on opening the essay');

  await vscode.commands.executeCommand('marginalia.waitForIndex');
  const position = doc.positionAt(doc.getText().indexOf('Kirov') + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  const text = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
  assert.match(text, /Sergei Kirov/, 'the bundled extension serves the registry card');
  console.log('  hover on “Kirov” shows the registry card');
  console.log('Marginalia vsix probe: passed');
}
