// The reading font: texts in the Historical text language read in a serif with wrapped lines; the toggle command puts
// the .txt texts of the folder in that language (and back), while Markdown and other files keep the editor's font.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { ESSAY, find, hoverText, inWorkspace, ready, waitFor } from './reading-helpers';

const NOTE = 'notes/chronology.md';
const editorSetting = <T>(name: string, scope: vscode.ConfigurationScope) =>
  vscode.workspace.getConfiguration('editor', scope).get<T>(name);
/** The open document of a file as VS Code has it now (a language change replaces the document object). */
const openDoc = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

describe('reading: the reading font', function () {
  this.timeout(90_000); // settings are written to disk and open texts change language: slow on a busy machine
  let saved: Record<string, string> | undefined;

  before(async () => {
    await ready();
    saved = vscode.workspace.getConfiguration('files').inspect<Record<string, string>>('associations')?.workspaceValue;
  });

  after(async () => {
    await vscode.workspace.getConfiguration('files').update('associations', saved, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('gives historical texts a serif and lines wrapped at a reading measure, and leaves plain text and Markdown in the editor font', () => {
    const reading = editorSetting<string>('fontFamily', { languageId: 'historical-text' });
    assert.match(reading ?? '', /\bserif$/, `the reading font is a serif: ${reading}`);
    assert.strictEqual(editorSetting('wordWrap', { languageId: 'historical-text' }), 'bounded');
    const editorFont = vscode.workspace.getConfiguration('editor').get<string>('fontFamily');
    for (const languageId of ['plaintext', 'markdown', 'typescript']) {
      assert.strictEqual(editorSetting('fontFamily', { languageId }), editorFont, `${languageId} keeps the editor font`);
    }
  });

  it('the toggle command opens the .txt texts of the folder in the reading font, Markdown notes not, and switches back', async () => {
    const essay = inWorkspace(ESSAY);
    const note = inWorkspace(NOTE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(essay), { preview: false });
    await vscode.workspace.openTextDocument(note);
    assert.strictEqual(openDoc(essay)?.languageId, 'plaintext');

    assert.strictEqual(await vscode.commands.executeCommand('marginalia.toggleReadingFont'), true);
    const associations = vscode.workspace
      .getConfiguration('files')
      .inspect<Record<string, string>>('associations')?.workspaceValue;
    assert.strictEqual(associations?.['*.txt'], 'historical-text', 'written to the folder settings, not the user settings');
    const inReading = await waitFor(
      () => (openDoc(essay)?.languageId === 'historical-text' ? openDoc(essay) : undefined),
      30_000,
      () => `the essay in ${openDoc(essay)?.languageId}`,
    );
    assert.match(editorSetting<string>('fontFamily', inReading) ?? '', /\bserif$/);
    assert.strictEqual(openDoc(note)?.languageId, 'markdown');
    assert.doesNotMatch(editorSetting<string>('fontFamily', openDoc(note)!) ?? '', /\bserif$/);
    // Marginalia still reads the text in its new language: the hover on a name still shows the registry's card.
    const { position } = await find(essay, 'Goltzman');
    const card = await waitFor(
      async () => {
        const text = await hoverText(essay, position);
        return /Eduard Goltzman/.test(text) ? text : undefined;
      },
      30_000,
      'the hover on Goltzman',
    );
    assert.match(card, /Eduard Goltzman/);

    assert.strictEqual(await vscode.commands.executeCommand('marginalia.toggleReadingFont'), false);
    await waitFor(
      () => openDoc(essay)?.languageId === 'plaintext',
      30_000,
      () => `the essay back in plain text, not ${openDoc(essay)?.languageId}`,
    );
    assert.strictEqual(
      vscode.workspace.getConfiguration('files').inspect<Record<string, string>>('associations')?.workspaceValue?.['*.txt'],
      undefined,
    );
  });
});
