// The tests module that scripts/screenshot.mjs runs in VS Code: sets up the scene of the README screenshot
// (the essay at the passage on Sedov's meeting, the Marginalia side bar, the hover on a name), then waits.
import * as vscode from 'vscode';

const ESSAY = 'trotsky-1936-moscow-confessions.txt';
/** Where the cursor rests: a name in a passage with dates, places and annotated confessions around it. */
const NAME_IN = 'Goltzman alone';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Called by the extension host; never returns before the screenshot script stops VS Code. */
export async function run(): Promise<void> {
  console.log('Marginalia screenshot scene');
  const ext = vscode.extensions.getExtension('marginalia.marginalia');
  if (!ext) throw new Error('Marginalia is not loaded');
  await ext.activate();
  const [essay] = await vscode.workspace.findFiles(`**/${ESSAY}`, undefined, 1);
  if (!essay) throw new Error(`no ${ESSAY} in the workspace`);
  const doc = await vscode.workspace.openTextDocument(essay);
  await vscode.commands.executeCommand('workbench.view.extension.marginalia');
  await vscode.commands.executeCommand('marginalia.entities.focus');
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('marginalia.waitForIndex');
  await vscode.commands.executeCommand('notifications.clearAll');
  await vscode.commands.executeCommand('workbench.action.closePanel'); // the page, not the Comments panel
  const offset = doc.getText().indexOf(NAME_IN) + 2;
  const at = doc.positionAt(offset);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  // Decorations and the view render after the index settles; the hover opens last so nothing closes it.
  await sleep(1500);
  await vscode.commands.executeCommand('editor.action.showHover');
  console.log('Marginalia screenshot scene: ready');
  await sleep(10 * 60 * 1000);
}
