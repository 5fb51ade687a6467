// A text changed on disk while not open (git checkout, another program): re-anchored, or orphaned with a diagnostic.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
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

describe('annotating: texts changed on disk', () => {
  // A copy of the essay that no other test opens, so that it really is changed while not open.
  const text = () => inWorkspace('disk-change.txt');
  const sidecar = () => inWorkspace('disk-change.txt.annotations.yaml');
  let essay = '';

  before(async () => {
    await activate();
    essay = await readFile(inWorkspace(TEXT_NAME));
    const yaml = (await readFile(inWorkspace(`${TEXT_NAME}.annotations.yaml`))).replace(
      `text: ${TEXT_NAME}`,
      'text: disk-change.txt',
    );
    await writeFile(text(), essay);
    await writeFile(sidecar(), yaml);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(sidecar());
    await vscode.workspace.fs.delete(text());
  });

  it('re-anchors the annotations of a text changed on disk, and orphans the one whose passage is gone', async () => {
    const before = await annotationsOnDisk(sidecar());
    const gone = before.find((a) => a.id === 'c67dad');
    assert.ok(gone);
    // Another program prepends a heading and rewrites one sentence beyond recognition.
    const changed =
      'TRANSCRIBER’S NOTE: second edition.\n\n' +
      essay.replace(gone.target.exact, 'wrote, more than once and in different words, his declaration');
    await writeFile(text(), changed);

    const orphan = await waitFor(() => diagnosticsOf(sidecar()).find((d) => d.code === 'orphan'), 5000, 'an orphan diagnostic');
    assert.match(orphan.message, /^Annotation c67dad no longer matches its text \(“in 1929 drew up/);
    assert.match(orphan.message, /Re-attach Orphan/);
    assert.strictEqual(orphan.severity, vscode.DiagnosticSeverity.Error, 'an orphan is an error, as in marginalia check');
    const yaml = await readFile(sidecar());
    assert.match(
      yaml.split('\n')[orphan.range.start.line],
      /- id: c67dad/,
      'the diagnostic sits on the annotation in the sidecar',
    );
    await vscode.workspace.openTextDocument(sidecar()); // Code actions are asked of open documents only.
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      sidecar(),
      new vscode.Range(orphan.range.start, orphan.range.start),
    );
    const titles = fixes.map((f) => f.title);
    assert.ok(titles.includes('Re-attach annotation c67dad to its likeliest passage…'), titles.join(' | '));
    assert.ok(titles.includes('Delete annotation c67dad'), titles.join(' | '));
    // Changed with quiet sidecars: the others were found again, 37 characters later, by their quotes alone, so their
    // stale hints are no problem and no save would rewrite them: no 'moved' diagnostic.
    const moved = diagnosticsOf(sidecar()).filter((d) => d.code === 'moved');
    assert.strictEqual(moved.length, 0, 'merely moved annotations are not reported');
    assert.strictEqual(diagnosticsOf(sidecar()).filter((d) => d.code === 'orphan').length, 1, 'only the rewritten one is lost');
    assert.strictEqual(await readFile(sidecar()), yaml, 'a change on disk is not written back to the sidecar by itself');

    // Re-attach it to the rewritten sentence.
    const phrase = 'wrote, more than once and in different words, his declaration';
    const start = changed.indexOf(phrase);
    await select(text(), start, start + phrase.length);
    assert.strictEqual(
      await vscode.commands.executeCommand('marginalia.reattachOrphan', { id: 'c67dad', uri: sidecar().toString() }),
      'c67dad',
    );
    const a = (await annotationsOnDisk(sidecar())).find((x) => x.id === 'c67dad');
    assert.deepStrictEqual([a?.target.exact, a?.target.start, a?.orphaned, a?.note], [phrase, start, undefined, gone.note]);
    await waitFor(() => !diagnosticsOf(sidecar()).some((d) => d.code === 'orphan'), 5000, 'the orphan diagnostic to go');
  });

  it('reloads a sidecar changed on disk, and offers the near registry id for an unknown one', async () => {
    const yaml = await readFile(sidecar());
    await writeFile(sidecar(), yaml.replace('entity: smirnov-i-n', 'entity: smirnov-x'));
    const unknown = await waitFor(
      () => diagnosticsOf(sidecar()).find((d) => d.code === 'unknown-entity'),
      5000,
      'an unknown-entity diagnostic',
    );
    assert.match(unknown.message, /“smirnov-x”/);
    assert.match(unknown.message, /Did you mean .*smirnov-i-n/);

    const doc = await vscode.workspace.openTextDocument(sidecar());
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      sidecar(),
      new vscode.Range(unknown.range.start, unknown.range.start),
    );
    const change = fixes.find((f) => f.title === 'Change to smirnov-i-n');
    assert.ok(change?.edit, fixes.map((f) => f.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(change.edit));
    assert.strictEqual(doc.getText(), yaml, 'the fix changes just the id');
    // Unsaved edits of an open sidecar count: the diagnostic goes before the file is saved.
    await waitFor(() => !diagnosticsOf(sidecar()).some((d) => d.code === 'unknown-entity'), 5000, 'the diagnostic to go');
    assert.ok(await doc.save());
  });
});
