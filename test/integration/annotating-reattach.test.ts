// Re-attaching an orphan from its quick fix: the likeliest passages are offered first, and the best takes one pick.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { makeTarget } from '../../src/core/anchor/make-target';
import { activate, annotationsOnDisk, diagnosticsOf, inWorkspace, waitFor, writeFile } from './annotating-helpers';

const OLD = 'Lurye, alone, denied the charge of terror until the last day';
const NEW = 'Luriye alone kept denying any terror charge until the end';
const BEFORE =
  'In the first trial Pickel declared that he had organised the murder in Leningrad in 1934. ' +
  `Dreitzer repeated the same words. ${OLD}. The prosecutor read the letters aloud, and the court adjourned.\n`;

describe('annotating: re-attach an orphan to its likeliest passage', () => {
  const text = () => inWorkspace('reattach-pick.txt');
  const sidecar = () => inWorkspace('reattach-pick.txt.annotations.yaml');
  let yaml = '';

  before(async () => {
    await activate();
    const t = makeTarget(BEFORE, BEFORE.indexOf(OLD), BEFORE.indexOf(OLD) + OLD.length);
    yaml = [
      'version: 1',
      'text: reattach-pick.txt',
      'annotations:',
      '  - id: b7e2a0',
      '    kind: note',
      '    target:',
      `      exact: ${JSON.stringify(t.exact)}`,
      `      prefix: ${JSON.stringify(t.prefix)}`,
      `      suffix: ${JSON.stringify(t.suffix)}`,
      `      start: ${t.start}`,
      `      end: ${t.end}`,
      '    note: He never confessed.',
      '',
    ].join('\n');
    // The text as it is now: the sentence was rewritten, too much for the automatic search.
    await writeFile(text(), BEFORE.replace(OLD, NEW));
    await writeFile(sidecar(), yaml);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(sidecar());
    await vscode.workspace.fs.delete(text());
  });

  it('offers the rewritten sentence first, previews it, and re-attaches with one pick', async () => {
    const orphan = await waitFor(() => diagnosticsOf(sidecar()).find((d) => d.code === 'orphan'), 8000, 'the orphan diagnostic');
    assert.strictEqual(orphan.severity, vscode.DiagnosticSeverity.Error);
    await vscode.window.showTextDocument(sidecar());
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      sidecar(),
      new vscode.Range(orphan.range.start, orphan.range.start),
    );
    const fix = fixes.find((f) => f.title === 'Re-attach annotation b7e2a0 to its likeliest passage…');
    assert.ok(fix?.command, fixes.map((f) => f.title).join(' | '));
    const done = vscode.commands.executeCommand<string | undefined>(fix.command.command, ...(fix.command.arguments ?? []));
    // The first candidate is previewed as a selection in the text while the pick is open.
    const shown = await waitFor(
      () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === text().toString() && !e.selection.isEmpty),
      8000,
      'the preview',
    );
    assert.strictEqual(shown.document.getText(shown.selection), NEW);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(await done, 'b7e2a0');
    const a = (await annotationsOnDisk(sidecar())).find((x) => x.id === 'b7e2a0');
    const now = BEFORE.replace(OLD, NEW);
    assert.deepStrictEqual(
      [a?.target.exact, a?.target.start, a?.orphaned, a?.note],
      [NEW, now.indexOf(NEW), undefined, 'He never confessed.'],
    );
    await waitFor(() => !diagnosticsOf(sidecar()).some((d) => d.code === 'orphan'), 5000, 'the orphan diagnostic to go');
  });

  it('re-attaches to a passage selected by hand, chosen last in the same pick, without a second command', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await writeFile(sidecar(), yaml);
    const orphan = await waitFor(() => diagnosticsOf(sidecar()).find((d) => d.code === 'orphan'), 8000, 'the orphan diagnostic');
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      sidecar(),
      new vscode.Range(orphan.range.start, orphan.range.start),
    );
    const fix = fixes.find((f) => f.title === 'Re-attach annotation b7e2a0 to its likeliest passage…');
    assert.ok(fix?.command);
    const done = vscode.commands.executeCommand<string | undefined>(fix.command.command, ...(fix.command.arguments ?? []));
    const isText = (e?: vscode.TextEditor) => e?.document.uri.toString() === text().toString();
    await waitFor(() => vscode.window.visibleTextEditors.find((e) => isText(e) && !e.selection.isEmpty), 8000, 'the preview');
    // The last choice, "Select by hand…": the text gets the focus, with nothing selected, and a prompt waits.
    await vscode.commands.executeCommand('quickInput.last');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const editor = await waitFor(
      () => {
        const active = vscode.window.activeTextEditor;
        return isText(active) && active?.selection.isEmpty ? active : undefined;
      },
      8000,
      'the text to take the focus for a selection by hand',
    );
    const mine = 'The prosecutor read the letters aloud';
    const now = BEFORE.replace(OLD, NEW);
    editor.selection = new vscode.Selection(
      editor.document.positionAt(now.indexOf(mine)),
      editor.document.positionAt(now.indexOf(mine) + mine.length),
    );
    assert.strictEqual(
      await vscode.commands.executeCommand('marginalia.reattachOrphan.answer', { answer: 'Re-attach' }),
      'answered',
      'the prompt was open',
    );
    assert.strictEqual(await done, 'b7e2a0');
    const a = (await annotationsOnDisk(sidecar())).find((x) => x.id === 'b7e2a0');
    assert.deepStrictEqual(
      [a?.target.exact, a?.target.start, a?.orphaned, a?.note],
      [mine, now.indexOf(mine), undefined, 'He never confessed.'],
    );
    await waitFor(() => !diagnosticsOf(sidecar()).some((d) => d.code === 'orphan'), 5000, 'the orphan diagnostic to go');
  });
});
