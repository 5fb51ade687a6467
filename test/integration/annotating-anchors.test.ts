// Anchors follow the text: live edits shift them, a save writes the new hints to the sidecar.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  TEXT_NAME,
  activate,
  annotationsOnDisk,
  diagnosticsOf,
  inWorkspace,
  readFile,
  restoreFiles,
  waitFor,
} from './annotating-helpers';

describe('annotating: anchors follow edits', () => {
  const text = () => inWorkspace(TEXT_NAME);
  const sidecar = () => inWorkspace(`${TEXT_NAME}.annotations.yaml`);
  let originalText = '';
  let originalSidecar = '';

  before(async function () {
    this.timeout(60_000); // the first suite of a run: the index is built here, not in the first test
    await activate();
    await vscode.commands.executeCommand('marginalia.waitForIndex');
    originalText = await readFile(text());
    originalSidecar = await readFile(sidecar());
  });

  after(async function () {
    this.timeout(60_000); // restoreFiles may wait for VS Code to revert, close and reload editors
    await restoreFiles([text(), originalText], [sidecar(), originalSidecar]);
  });

  it('shifts anchors when typing before and inside a passage, and writes them to the sidecar on save', async () => {
    const before = await annotationsOnDisk(sidecar());
    const smirnov = before.find((a) => a.id === 'c67dad');
    const bulletin = before.find((a) => a.id === '1750b0');
    assert.ok(
      smirnov?.target.start !== undefined && bulletin?.target.start !== undefined,
      'the sample has both annotations, with offsets',
    );
    const s0 = smirnov.target.start;
    const b0 = bulletin.target.start;

    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(text()));
    const doc = editor.document;
    // Before both passages, then inside the first one ("in 1929| drew up").
    assert.ok(await editor.edit((e) => e.insert(doc.positionAt(378), 'Nota bene. ')));
    assert.ok(await editor.edit((e) => e.insert(doc.positionAt(s0 + 11 + 'in 1929'.length), ', in Barnaul,')));
    assert.strictEqual(doc.getText().slice(s0 + 11, s0 + 11 + 20), 'in 1929, in Barnaul,');

    // Live: the moved annotations are reported (info) on the sidecar before anything is saved.
    await waitFor(
      () => diagnosticsOf(sidecar()).some((d) => d.code === 'moved' && d.message.includes('c67dad')),
      5000,
      'a moved diagnostic',
    );
    assert.strictEqual(await readFile(sidecar()), originalSidecar, 'nothing is written before the text is saved');

    assert.ok(await doc.save());
    const after = await waitFor(
      async () => {
        const list = await annotationsOnDisk(sidecar());
        return list.find((a) => a.id === 'c67dad')?.target.start === s0 + 11 ? list : undefined;
      },
      5000,
      'the moved hints on disk',
    );
    const moved = after.find((a) => a.id === 'c67dad');
    // Changed with the anchoring rules: exact is never overwritten; the words there now are recorded beside it.
    assert.strictEqual(moved?.target.exact, smirnov.target.exact, 'an edit inside the passage keeps exact');
    assert.strictEqual(
      moved?.target.current,
      smirnov.target.exact.replace('in 1929', 'in 1929, in Barnaul,'),
      'and records the words now',
    );
    assert.strictEqual(moved?.target.end, s0 + 11 + smirnov.target.exact.length + 13);
    // Changed with quiet sidecars: the Bulletin only moved and its quote still finds it, so its hints stay as they were.
    assert.strictEqual(after.find((a) => a.id === '1750b0')?.target.start, b0);
    assert.strictEqual(after.find((a) => a.id === '1750b0')?.target.exact, bulletin.target.exact);
    assert.strictEqual(after.length, before.length, 'no annotation lost');
    assert.ok((await readFile(sidecar())).includes('# Capitulations before confessions'), 'comments kept');
    await waitFor(
      () => !diagnosticsOf(sidecar()).some((d) => d.code === 'moved'),
      5000,
      'the moved diagnostics to clear after the save',
    );
  });

  it('marks an annotation orphaned on save when its passage was deleted, and clears the mark when it comes back', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(text()));
    const doc = editor.document;
    const copenhagen = (await annotationsOnDisk(sidecar())).find(
      (a) => a.id !== undefined && a.target.exact === 'My son has never been to Copenhagen.',
    );
    assert.ok(copenhagen, 'the sample annotates “My son has never been to Copenhagen.”');
    const start = doc.getText().indexOf(copenhagen.target.exact);
    const passage = new vscode.Range(doc.positionAt(start), doc.positionAt(start + copenhagen.target.exact.length));
    assert.ok(await editor.edit((e) => e.delete(passage)));
    await waitFor(
      () => diagnosticsOf(sidecar()).some((d) => d.code === 'orphan' && d.message.includes(copenhagen.id)),
      5000,
      'an orphan diagnostic',
    );
    assert.ok(await doc.save());
    await waitFor(
      async () => (await annotationsOnDisk(sidecar())).find((a) => a.id === copenhagen.id)?.orphaned === true,
      5000,
      'orphaned: true on disk',
    );
    assert.strictEqual(
      (await annotationsOnDisk(sidecar())).find((a) => a.id === copenhagen.id)?.note,
      copenhagen.note,
      'an orphan is never dropped',
    );

    assert.ok(await editor.edit((e) => e.insert(doc.positionAt(start), copenhagen.target.exact)));
    assert.ok(await doc.save());
    const back = await waitFor(
      async () => {
        const a = (await annotationsOnDisk(sidecar())).find((x) => x.id === copenhagen.id);
        return a && a.orphaned === undefined ? a : undefined;
      },
      5000,
      'the orphaned mark to go',
    );
    assert.strictEqual(back.target.start, start);
    await waitFor(() => !diagnosticsOf(sidecar()).some((d) => d.code === 'orphan'), 5000, 'the orphan diagnostic to go');
  });
});
