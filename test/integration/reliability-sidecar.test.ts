// Sidecars changed behind the extension's back, of an unknown version, or left behind by a rename: nothing is lost or overwritten.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { MAX_YAML_CHARS } from '../../src/core/yaml/parse-yaml';
import {
  TEXT_NAME,
  activate,
  annotationsOnDisk,
  diagnosticsOf,
  inWorkspace,
  readFile,
  select,
  waitFor,
  writeFile,
} from './annotating-helpers';

describe('reliability: sidecars under faults', () => {
  // Copies of the essay and its sidecar that no other test touches.
  const text = (name = 'fault.txt') => inWorkspace(name);
  const sidecar = (name = 'fault.txt') => inWorkspace(`${name}.annotations.yaml`);
  let essay = '';
  let yaml = '';

  before(async () => {
    await activate();
    essay = await readFile(inWorkspace(TEXT_NAME));
    yaml = (await readFile(inWorkspace(`${TEXT_NAME}.annotations.yaml`))).replace(`text: ${TEXT_NAME}`, 'text: fault.txt');
  });

  beforeEach(async () => {
    await writeFile(text(), essay);
    await writeFile(sidecar(), yaml);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of ['fault.txt', 'fault-renamed.txt', 'fault-moved.txt']) {
      for (const uri of [text(name), sidecar(name)]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  async function annotate(passage: string, note: string): Promise<string | undefined> {
    const start = essay.indexOf(passage);
    await select(text(), start, start + passage.length);
    return vscode.commands.executeCommand<string | undefined>('marginalia.annotateSelection', { kind: 'note', note });
  }

  it('keeps an annotation written on disk behind its back when the user annotates right after', async () => {
    const ids = (await annotationsOnDisk(sidecar())).map((a) => a.id);
    // Another window (or a git pull) appends an annotation; the extension has not had time to reload.
    const passage = 'standardised political capitulations';
    const at = essay.indexOf(passage);
    const theirs = `  - id: d15c00\n    kind: note\n    target: { exact: ${JSON.stringify(passage)}, start: ${at}, end: ${at + passage.length} }\n    note: Written in the other window.\n`;
    await writeFile(sidecar(), yaml.trimEnd() + '\n' + theirs);
    const mine = await annotate('Hotel Bristol', 'Written here.');
    assert.ok(mine);
    const after = await annotationsOnDisk(sidecar());
    assert.deepStrictEqual(
      after.map((a) => a.id).sort(),
      [...ids, 'd15c00', mine].sort(),
      'every annotation is there: the old, theirs and mine',
    );
    assert.strictEqual(after.find((a) => a.id === 'd15c00')?.note, 'Written in the other window.');
  });

  it('refuses to annotate into a sidecar of an unknown version, leaving its bytes alone', async () => {
    const future = yaml.replace('version: 1', 'version: 2');
    await writeFile(sidecar(), future);
    await waitFor(
      () => diagnosticsOf(sidecar()).find((d) => /'version' must be 1/.test(d.message)),
      8000,
      'a version diagnostic',
    );
    assert.strictEqual(await annotate('Hotel Bristol', 'Must not be written.'), undefined);
    assert.strictEqual(await readFile(sidecar()), future);
  });

  it('reports an alias bomb, 100,000 nested lists and a 50 MB sidecar, and keeps serving the other sidecars', async function () {
    this.timeout(120_000); // 53 MB written and read back through the web worker: slow on a busy machine
    let bomb = 'version: 1\ntext: bomb.txt\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i < 10; i++)
      bomb += `lol${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const hostile: Array<[string, string | Uint8Array, string]> = [
      ['bomb.txt', bomb + 'annotations: []\n', 'at most 100 aliases'],
      ['deep.txt', `version: 1\ntext: deep.txt\nannotations: ${'['.repeat(100_000)}\n`, 'nesting is too deep'],
      [
        'big.txt',
        new TextEncoder().encode(yaml.replace('text: fault.txt', 'text: big.txt') + '# padding\n'.repeat(5_300_000)),
        `over the ${MAX_YAML_CHARS / 1048576} MB limit`,
      ],
    ];
    try {
      for (const [name, content] of hostile) {
        await writeFile(text(name), essay);
        if (typeof content === 'string') await writeFile(sidecar(name), content);
        else await vscode.workspace.fs.writeFile(sidecar(name), content);
      }
      for (const [name, , message] of hostile) {
        await waitFor(
          () => diagnosticsOf(sidecar(name)).find((d) => d.message.includes(message)),
          45000,
          `the ${name} sidecar reported`,
        );
      }
      // The rest of the corpus still works: annotating the copy beside them succeeds.
      assert.ok(await annotate('Hotel Bristol', 'Still working.'));
    } finally {
      for (const [name] of hostile)
        for (const uri of [text(name), sidecar(name)]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('reports a sidecar whose text was renamed without it, naming the text and the fix', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(text(), text('fault-renamed.txt'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const problem = await waitFor(
      () => diagnosticsOf(sidecar()).find((d) => d.message.includes('fault.txt') && /rename|text:/i.test(d.message)),
      8000,
      'a diagnostic naming the missing text',
    );
    assert.strictEqual(await readFile(sidecar()), yaml, 'the sidecar is not changed by itself');
    assert.ok(problem.severity <= vscode.DiagnosticSeverity.Warning);
  });

  it('keeps the annotations of a text renamed together with its sidecar', async () => {
    const before = await annotationsOnDisk(sidecar());
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(text(), text('fault-moved.txt'));
    edit.renameFile(sidecar(), sidecar('fault-moved.txt'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const moved = sidecar('fault-moved.txt');
    await waitFor(
      async () => /^text: fault-moved\.txt$/m.test(await readFile(moved)),
      8000,
      "the sidecar's text: to follow the rename",
    );
    assert.deepStrictEqual(
      (await annotationsOnDisk(moved)).map((a) => a.id),
      before.map((a) => a.id),
      'no annotation lost',
    );
    await vscode.window.showTextDocument(text('fault-moved.txt'));
    await waitFor(
      () => diagnosticsOf(moved).length === 0 || !diagnosticsOf(moved).some((d) => d.code === 'orphan'),
      8000,
      'no orphans after the move',
    );
  });
});
