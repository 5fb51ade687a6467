// A sidecar that does not parse is reported, and never written over.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { TEXT_NAME, activate, diagnosticsOf, inWorkspace, readFile, select, waitFor, writeFile } from './annotating-helpers';

describe('annotating: a broken sidecar', () => {
  const text = () => inWorkspace(TEXT_NAME);
  const sidecar = () => inWorkspace(`${TEXT_NAME}.annotations.yaml`);
  let original = '';

  before(async () => {
    await activate();
    original = await readFile(sidecar());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await writeFile(sidecar(), original);
    await waitFor(() => !diagnosticsOf(sidecar()).some((d) => d.severity === vscode.DiagnosticSeverity.Error), 5000, 'the error to clear');
  });

  it('shows the YAML error as a diagnostic, refuses to annotate and leaves the bytes alone', async () => {
    // Someone resolving a merge conflict by hand left an unclosed quote.
    const broken = original.replace('  - id: 1750b0\n', '  - id: "1750b0\n');
    assert.notStrictEqual(broken, original);
    await writeFile(sidecar(), broken);
    const error = await waitFor(() => diagnosticsOf(sidecar()).find((d) => d.severity === vscode.DiagnosticSeverity.Error), 5000, 'a YAML error diagnostic');
    assert.ok(error.range.start.line >= 24, `the error is placed at or after the broken line (line ${error.range.start.line + 1})`);

    const content = (await vscode.workspace.openTextDocument(text())).getText();
    const start = content.indexOf('standardised political capitulations');
    await select(text(), start, start + 'standardised political capitulations'.length);
    const id = await vscode.commands.executeCommand('marginalia.annotateSelection', { kind: 'note', note: 'This must not be written.' });
    assert.strictEqual(id, undefined, 'the command reports that nothing was done');
    assert.strictEqual(await readFile(sidecar()), broken, 'the sidecar bytes are unchanged');
    assert.ok(diagnosticsOf(sidecar()).some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the diagnostic is still there');
  });
});
