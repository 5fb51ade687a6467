import * as vscode from 'vscode';

/**
 * The language of historical texts. package.json gives it a reading font (a serif) and soft wrapping through
 * `configurationDefaults` for this language only: programmers' plain text and Markdown keep their code font.
 */
export const TEXT_LANGUAGE = 'historical-text';
/** Which files of a folder open as historical texts once the reading font is on there. */
const TEXTS = '*.txt';

/**
 * Command `marginalia.toggleReadingFont`: the `.txt` files of this folder open as historical texts, in the reading
 * font, or again as plain text. It writes `files.associations` into the folder's own settings (.vscode/settings.json),
 * where the user can see and undo it, so nothing changes in other folders; open texts switch at once.
 */
async function toggleReadingFont(): Promise<boolean | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(
      'Marginalia: open the folder of your texts first; the reading font is set for a folder.',
    );
    return undefined;
  }
  const files = vscode.workspace.getConfiguration('files');
  const associations = { ...(files.inspect<Record<string, string>>('associations')?.workspaceValue ?? {}) };
  const on = associations[TEXTS] !== TEXT_LANGUAGE;
  if (on) associations[TEXTS] = TEXT_LANGUAGE;
  else delete associations[TEXTS];
  await files.update(
    'associations',
    Object.keys(associations).length > 0 ? associations : undefined,
    vscode.ConfigurationTarget.Workspace,
  );
  void vscode.window.showInformationMessage(
    on
      ? 'Marginalia: the .txt texts of this folder now open as Historical text, in a reading font with wrapped lines ' +
          '(files.associations in the folder settings). Run the command again to go back.'
      : 'Marginalia: the .txt texts of this folder open as plain text again, in the editor font.',
  );
  return on;
}

export function registerReadingFont(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('marginalia.toggleReadingFont', toggleReadingFont));
}
