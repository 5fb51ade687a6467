// The tests module that scripts/screenshot.mjs runs for the claims screenshots: the essay at the Goltzman
// confession with the claim's hover (media/claims-hover.png), or Leon Sedov's Itinerary (media/itinerary.png).
import * as vscode from 'vscode';

const ESSAY = 'trotsky-1936-moscow-confessions.txt';
const CLAIM = 'His meeting with Goltzman';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Called by the extension host; never returns before the screenshot script stops VS Code. */
export async function run(): Promise<void> {
  const scene = process.env.MARGINALIA_SCENE ?? 'claims-hover';
  console.log(`Marginalia screenshot scene ${scene}`);
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
  const at = doc.positionAt(doc.getText().indexOf(CLAIM) + 5);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await sleep(2000);
  if (scene === 'itinerary') void vscode.commands.executeCommand('marginalia.showItinerary', 'sedov-leon');
  else {
    // The passage's problems come first in the hover: focus it and scroll to the claim's own part.
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(800);
    await vscode.commands.executeCommand('editor.action.showHover', { focus: 'focus' });
    await sleep(300);
    await vscode.commands.executeCommand('editor.action.goToBottomHover');
    await sleep(200);
    await vscode.commands.executeCommand('editor.action.pageUpHover');
  }
  console.log('Marginalia screenshot scene: ready');
  await sleep(10 * 60 * 1000);
}
