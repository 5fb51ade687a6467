// The tests module that scripts/screenshot.mjs (--scene reading) runs in VS Code: the reading sample
// (test/fixtures/reading-sample, copied into the corpus by the script) with every kind of highlight, no hover and no
// side bar, so that the picture shows the page as it reads; the script picks the theme (--theme).
import * as vscode from 'vscode';

const SAMPLE = 'reading-sample.txt';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension('marginalia.marginalia');
  if (!ext) throw new Error('Marginalia is not loaded');
  await ext.activate();
  const [sample] = await vscode.workspace.findFiles(`**/${SAMPLE}`, undefined, 1);
  if (!sample) throw new Error(`no ${SAMPLE} in the workspace`);
  await vscode.commands.executeCommand('marginalia.waitForIndex');
  const editor = await vscode.window.showTextDocument(sample, { preview: false });
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('notifications.clearAll');
  // The cursor rests at the end, out of the way of the marks.
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
  await sleep(1500);
  console.log('Marginalia screenshot scene: ready');
  await sleep(10 * 60 * 1000);
}
