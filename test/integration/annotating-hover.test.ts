// Annotated passages show their notes in a hover: once, whether or not a name, date or quotation is under the pointer.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { TEXT_NAME, activate, inWorkspace, waitFor } from './annotating-helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

describe('annotating: notes in hovers', () => {
  const passage = 'has not been in existence since 1917';
  const noteStart = 'If the hotel no longer existed in 1932';

  before(activate);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  for (const [where, offsetInPassage] of [
    ['on a plain word of the passage', 'has not '.length],
    ['on the date in it', passage.indexOf('1917') + 1],
  ] as const) {
    it(`shows the note of the passage ${where}, once`, async () => {
      const doc = await vscode.workspace.openTextDocument(inWorkspace(TEXT_NAME));
      await vscode.window.showTextDocument(doc);
      const position = doc.positionAt(doc.getText().indexOf(passage) + offsetInPassage);
      const text = await waitFor(
        async () => {
          const shown = hoverText(
            await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position),
          );
          return shown.includes(noteStart) ? shown : undefined;
        },
        10000,
        'a hover with the note',
      );
      assert.strictEqual(text.split(noteStart).length - 1, 1, `the note is shown once:\n${text}`);
    });
  }
});
