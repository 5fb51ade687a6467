// A sidecar or registry left with git conflict markers: every conflict is a diagnostic, and nothing is written into the file.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { TEXT_NAME, activate, diagnosticsOf, inWorkspace, readFile, select, waitFor, writeFile } from './annotating-helpers';

/**
 * A registry written on disk reaches the index through VS Code's file watcher, which lags when the machine is busy, and
 * with worker threads a registry change is a new build whose workers may have to start again first.
 */
const WATCHER_MS = 30_000;

describe('reliability: merge conflict markers', function () {
  this.timeout(60_000);
  const text = inWorkspace('conflict.txt');
  const sidecar = inWorkspace('conflict.txt.annotations.yaml');
  const registry = inWorkspace('conflict-registry/entities.yaml');
  let essay = '';
  let yaml = '';

  before(async () => {
    await activate();
    essay = await readFile(inWorkspace(TEXT_NAME));
    yaml = (await readFile(inWorkspace(`${TEXT_NAME}.annotations.yaml`))).replace(`text: ${TEXT_NAME}`, 'text: conflict.txt');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [text, sidecar, registry]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('shows each conflict of a sidecar at its line and refuses to annotate into it, leaving its bytes alone', async () => {
    const passage = 'Hotel Bristol';
    const at = essay.indexOf(passage);
    const item = (id: string, note: string) =>
      `  - id: ${id}\n    kind: note\n    target: { exact: ${passage}, start: ${at}, end: ${at + passage.length} }\n    note: ${note}\n`;
    const conflicted =
      yaml.trimEnd() + '\n<<<<<<< HEAD\n' + item('c0f1a1', 'mine') + '=======\n' + item('c0f1a2', 'theirs') + '>>>>>>> other\n';
    const line = conflicted.split('\n').indexOf('<<<<<<< HEAD');
    await writeFile(text, essay);
    await writeFile(sidecar, conflicted);
    const d = await waitFor(
      () => diagnosticsOf(sidecar).find((x) => /unresolved merge conflict/.test(x.message)),
      8000,
      'a conflict diagnostic',
    );
    assert.strictEqual(d.range.start.line, line);
    assert.match(d.message, new RegExp(`at line ${line + 1} \\(ours: HEAD, theirs: other\\)`));
    await select(text, at, at + passage.length);
    assert.strictEqual(
      await vscode.commands.executeCommand('marginalia.annotateSelection', { kind: 'note', note: 'Must not be written.' }),
      undefined,
    );
    assert.strictEqual(await readFile(sidecar), conflicted);
  });

  it('shows a conflict in an entities.yaml as a diagnostic on it', async () => {
    const conflicted =
      'version: 1\nentities:\n<<<<<<< HEAD\n  - id: c0f1-radek\n    type: person\n    name: Karl Radek\n=======\n' +
      '  - id: c0f1-radek\n    type: person\n    name: K. Radek\n>>>>>>> other\n';
    await writeFile(registry, conflicted);
    const d = await waitFor(
      () => diagnosticsOf(registry).find((x) => /unresolved merge conflict at line 3/.test(x.message)),
      WATCHER_MS,
      'a registry conflict diagnostic',
    );
    assert.strictEqual(d.range.start.line, 2);
  });
});
