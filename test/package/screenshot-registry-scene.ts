// The tests module that scripts/screenshot.mjs (--scene registry) runs for the registry builder: Create Registry from Candidates
// open on the sample corpus, a few names ticked, one given another type, then waits for the photograph.
import * as vscode from 'vscode';

const ESSAY = 'trotsky-1936-moscow-confessions.txt';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension('marginalia.marginalia');
  if (!ext) throw new Error('Marginalia is not loaded');
  await ext.activate();
  const [essay] = await vscode.workspace.findFiles(`**/${ESSAY}`, undefined, 1);
  if (!essay) throw new Error(`no ${ESSAY} in the workspace`);
  await vscode.window.showTextDocument(essay, { preview: false });
  await vscode.commands.executeCommand('marginalia.waitForIndex');
  await vscode.commands.executeCommand('notifications.clearAll');
  void vscode.commands.executeCommand('marginalia.createRegistry');
  await sleep(1500);
  // Tick the first two names and move to the third, as a keyboard would; its row shows the type buttons.
  for (const command of [
    'workbench.action.quickPickManyToggle',
    'quickInput.next',
    'workbench.action.quickPickManyToggle',
    'quickInput.next',
  ]) {
    await vscode.commands.executeCommand(command);
    await sleep(200);
  }
  console.log('Marginalia screenshot scene: ready');
  await sleep(10 * 60 * 1000);
}
