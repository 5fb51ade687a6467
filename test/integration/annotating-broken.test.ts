// A sidecar that does not parse is reported, and never written over.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  TEXT_NAME,
  activate,
  diagnosticsOf,
  inWorkspace,
  readFile,
  restoreFiles,
  select,
  waitFor,
  writeFile,
} from './annotating-helpers';

describe('annotating: a broken sidecar', () => {
  const text = () => inWorkspace(TEXT_NAME);
  const sidecar = () => inWorkspace(`${TEXT_NAME}.annotations.yaml`);
  let original = '';

  before(async () => {
    await activate();
    original = await readFile(sidecar());
  });

  // Orphans (left by other suites) are errors too; these tests are about the file's own errors.
  after(async function () {
    this.timeout(60_000); // restoreFiles may wait for VS Code to revert, close and reload editors
    await restoreFiles([sidecar(), original]);
    await waitFor(
      () => !diagnosticsOf(sidecar()).some((d) => d.severity === vscode.DiagnosticSeverity.Error && d.code !== 'orphan'),
      5000,
      'the error to clear',
    );
  });

  it('shows the YAML error as a diagnostic, refuses to annotate and leaves the bytes alone', async () => {
    // Someone resolving a merge conflict by hand left an unclosed quote.
    const broken = original.replace('  - id: 1750b0\n', '  - id: "1750b0\n');
    assert.notStrictEqual(broken, original);
    await writeFile(sidecar(), broken);
    // Waited for at its line: the file watcher may first see the file half-written (a write is not atomic), with its own error.
    const errors = () =>
      diagnosticsOf(sidecar()).filter((d) => d.severity === vscode.DiagnosticSeverity.Error && d.code !== 'orphan');
    const error = await waitFor(
      () => errors().find((d) => d.range.start.line >= 24),
      5000,
      () =>
        `a YAML error diagnostic at or after the broken line (line 25); now: ${
          errors()
            .map((d) => `line ${d.range.start.line + 1}: ${d.message}`)
            .join('; ') || 'none'
        }`,
    );
    assert.match(error.message, /quote/);

    const content = (await vscode.workspace.openTextDocument(text())).getText();
    const start = content.indexOf('standardised political capitulations');
    await select(text(), start, start + 'standardised political capitulations'.length);
    const id = await vscode.commands.executeCommand('marginalia.annotateSelection', {
      kind: 'note',
      note: 'This must not be written.',
    });
    assert.strictEqual(id, undefined, 'the command reports that nothing was done');
    assert.strictEqual(await readFile(sidecar()), broken, 'the sidecar bytes are unchanged');
    assert.ok(
      diagnosticsOf(sidecar()).some((d) => d.severity === vscode.DiagnosticSeverity.Error && d.code !== 'orphan'),
      'the diagnostic is still there',
    );
  });

  it('refuses to rewrite a sidecar that is not UTF-8 instead of replacing it', async () => {
    // Saved as Latin-1 by another program: “é” is the single byte 0xE9.
    const latin1 = Buffer.from(original.replace('# Sample annotations', '# Sample annotations (édition)'), 'latin1');
    await vscode.workspace.fs.writeFile(sidecar(), latin1);
    const error = await waitFor(
      () => diagnosticsOf(sidecar()).find((d) => d.code === 'not-utf8'),
      5000,
      'a not-UTF-8 diagnostic',
    );
    assert.strictEqual(error.range.start.line, 0, 'on the line of the first byte that is not UTF-8');
    const id = await annotateCapitulations();
    assert.strictEqual(id, undefined);
    assert.ok(Buffer.from(await vscode.workspace.fs.readFile(sidecar())).equals(latin1), 'the sidecar bytes are unchanged');
  });

  it('keeps a UTF-8 byte order mark when it adds an annotation', async () => {
    await vscode.workspace.fs.writeFile(sidecar(), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(original)]));
    const id = await annotateCapitulations();
    assert.ok(id);
    const bytes = await vscode.workspace.fs.readFile(sidecar());
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    assert.ok(text.startsWith('# Sample annotations for') && text.includes(`id: ${id}`));
  });

  async function annotateCapitulations(): Promise<string | undefined> {
    const content = (await vscode.workspace.openTextDocument(text())).getText();
    const start = content.indexOf('standardised political capitulations');
    await select(text(), start, start + 'standardised political capitulations'.length);
    return vscode.commands.executeCommand<string | undefined>('marginalia.annotateSelection', { kind: 'note' });
  }
});
