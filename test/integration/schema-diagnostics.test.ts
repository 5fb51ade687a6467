// The JSON Schemas reject malformed sidecars and registries, as diagnostics on the line at fault, and the rest keeps working.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { TEXT_NAME, activate, diagnosticsOf, inWorkspace, readFile, writeFile } from './annotating-helpers';
import { hoverText, find } from './reading-helpers';
import { waitFor } from './wait-for';

const errorsOf = (uri: vscode.Uri): vscode.Diagnostic[] =>
  diagnosticsOf(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

describe('schemas: malformed sidecars and registries', () => {
  const sidecar = () => inWorkspace(`${TEXT_NAME}.annotations.yaml`);
  const registry = () => inWorkspace('entities.yaml');
  let sidecarText = '';
  let registryText = '';

  before(async () => {
    await activate();
    await vscode.commands.executeCommand('marginalia.waitForIndex');
    sidecarText = await readFile(sidecar());
    registryText = await readFile(registry());
  });

  afterEach(async () => {
    await writeFile(sidecar(), sidecarText);
    await writeFile(registry(), registryText);
    await waitFor(() => errorsOf(sidecar()).length === 0 && errorsOf(registry()).length === 0, 8000, 'the errors to clear');
  });

  it('rejects a sidecar whose offset is not a number, on that line, and leaves the file alone', async () => {
    const broken = sidecarText.replace('      start: 1607\n', '      start: early\n');
    assert.notStrictEqual(broken, sidecarText);
    const line = broken.split('\n').indexOf('      start: early');
    await writeFile(sidecar(), broken);
    const error = await waitFor(
      () => errorsOf(sidecar()).find((d) => d.range.start.line === line),
      8000,
      `a schema error on line ${line + 1}`,
    );
    assert.match(error.message, /start/);
    assert.strictEqual(await readFile(sidecar()), broken, 'nothing rewrote the sidecar');
  });

  it('rejects a registry entity of an unknown type, on that line, and keeps the other entities', async () => {
    const broken = registryText.replace('  - id: trotsky\n    type: person\n', '  - id: trotsky\n    type: persn\n');
    assert.notStrictEqual(broken, registryText);
    const line = broken.split('\n').indexOf('    type: persn');
    await writeFile(registry(), broken);
    const error = await waitFor(
      () => errorsOf(registry()).find((d) => d.range.start.line === line),
      8000,
      `a schema error on line ${line + 1}`,
    );
    assert.match(error.message, /person, place, organisation, event, work/);
    const { position } = await find(inWorkspace(TEXT_NAME), 'Goltzman');
    assert.match(await hoverText(inWorkspace(TEXT_NAME), position), /Eduard Goltzman/, 'the other entities still serve hovers');
    assert.strictEqual(await readFile(registry()), broken, 'nothing rewrote the registry');
  });

  it('reports a registry that is not YAML at all, naming the line', async () => {
    const broken = registryText.replace('  - id: trotsky\n', '  - id: "trotsky\n');
    await writeFile(registry(), broken);
    const error = await waitFor(() => errorsOf(registry())[0], 8000, 'a YAML error on entities.yaml');
    assert.ok(
      error.range.start.line >= broken.split('\n').indexOf('  - id: "trotsky'),
      `at or after the broken line (${error.range.start.line + 1})`,
    );
  });
});
