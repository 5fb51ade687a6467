// The tests module that scripts/screenshot.mjs (--scene comments) runs in VS Code: the essay with the comment thread of an
// annotated passage open (its Markdown note shown as a comment), then waits for the photograph.
import * as vscode from 'vscode';

const ESSAY = 'trotsky-1936-moscow-confessions.txt';
/** The sample's first annotation: a note of several lines on Smirnov's rival drafts. */
const ANNOTATION = 'c67dad';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension('marginalia.marginalia');
  if (!ext) throw new Error('Marginalia is not loaded');
  await ext.activate();
  const [essay] = await vscode.workspace.findFiles(`**/${ESSAY}`, undefined, 1);
  if (!essay) throw new Error(`no ${ESSAY} in the workspace`);
  await vscode.commands.executeCommand('marginalia.waitForIndex');
  let thread: vscode.CommentThread | undefined;
  for (let i = 0; i < 100 && !thread?.comments.length; i++) {
    thread = await vscode.commands.executeCommand<vscode.CommentThread | undefined>('marginalia.comments.threadOf', {
      uri: essay.toString(),
      id: ANNOTATION,
    });
    await sleep(100);
  }
  if (!thread?.range) throw new Error(`no comment thread for ${ANNOTATION}`);
  const editor = await vscode.window.showTextDocument(essay, { preview: false });
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  await vscode.commands.executeCommand('notifications.clearAll');
  editor.selection = new vscode.Selection(thread.range.start, thread.range.start);
  editor.revealRange(new vscode.Range(thread.range.start.translate(-3), thread.range.end), vscode.TextEditorRevealType.AtTop);
  thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  await sleep(1500);
  console.log('Marginalia screenshot scene: ready');
  await sleep(10 * 60 * 1000);
}
