// Quiet sidecars: a text edit changes no sidecar line unless an annotation's own words changed or its quote
// could no longer find it alone (a copy made it ambiguous); `exact` is never overwritten.
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

describe('annotating: quiet sidecars on save', () => {
  const text = () => inWorkspace(TEXT_NAME);
  const sidecar = () => inWorkspace(`${TEXT_NAME}.annotations.yaml`);
  let originalText = '';
  let originalSidecar = '';

  before(async () => {
    await activate();
    originalText = await readFile(text());
    originalSidecar = await readFile(sidecar());
  });

  afterEach(async function () {
    this.timeout(60_000); // restoreFiles may wait for VS Code to revert, close and reload editors
    await restoreFiles([text(), originalText], [sidecar(), originalSidecar]);
  });

  /** The text in an editor, once the document shows what is on disk (the previous test restored it there). */
  async function open(): Promise<vscode.TextEditor> {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(text()));
    await waitFor(
      () => !editor.document.isDirty && editor.document.getText() === originalText,
      5000,
      'the restored text in the editor',
    );
    return editor;
  }

  it('typing at the top of an annotated text and saving leaves its sidecar byte for byte unchanged', async () => {
    const editor = await open();
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Translated by John G. Wright. Revised.\n\n')));
    assert.ok(await editor.document.save());
    // A later save that must write (words changed inside a passage) is queued after this one: once it is on
    // disk, the first save has been handled too.
    const before = await annotationsOnDisk(sidecar());
    const today = before.find((a) => a.target.exact.startsWith('Today “A” admitted'));
    assert.ok(today, 'the sample annotates “Today “A” admitted…”');
    const probe = (await readFile(text())).indexOf('Today “A” admitted');
    assert.ok(!diagnosticsOf(sidecar()).some((d) => d.code === 'moved'), 'no annotation is reported as needing an update');
    assert.ok(await editor.edit((e) => e.insert(editor.document.positionAt(probe + 'Today “A”'.length), ' also')));
    assert.ok(await editor.document.save());
    await waitFor(
      async () => (await annotationsOnDisk(sidecar())).find((a) => a.id === today.id)?.target.current !== undefined,
      5000,
      'the second save',
    );
    const after = await readFile(sidecar());
    const changed = after.split('\n').filter((l) => !originalSidecar.split('\n').includes(l));
    // Only the entry whose words changed differs: its hints and its current words.
    const entry = (await annotationsOnDisk(sidecar())).find((a) => a.id === today.id);
    assert.strictEqual(entry?.target.exact, today.target.exact, 'exact is kept');
    assert.strictEqual(entry?.target.current, today.target.exact.replace('Today “A”', 'Today “A” also'));
    assert.ok(changed.length <= 3, `only start, end and current changed: ${changed.join(' | ')}`);
    assert.strictEqual(
      after.split('\n').length,
      originalSidecar.split('\n').length + 1,
      'one line added (current), none removed',
    );
    for (const a of await annotationsOnDisk(sidecar())) {
      if (a.id !== today.id) assert.deepStrictEqual(a.target, before.find((b) => b.id === a.id)?.target, `${a.id} untouched`);
    }
  });

  it('a copy of a quote with its context makes the hints needed: saving rewrites them, exact kept', async () => {
    const bulletin = (await annotationsOnDisk(sidecar())).find((a) => a.id === '1750b0');
    assert.ok(bulletin?.target.start !== undefined, 'the sample annotates the Bulletin');
    const editor = await open();
    const doc = editor.document;
    const copy = doc.getText().slice(bulletin.target.start - 40, bulletin.target.start + bulletin.target.exact.length + 40);
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), `${copy}\n\n`)));
    assert.ok(await doc.save());
    const moved = await waitFor(
      async () => {
        const a = (await annotationsOnDisk(sidecar())).find((x) => x.id === '1750b0');
        return a && a.target.start !== bulletin.target.start ? a : undefined;
      },
      5000,
      'the needed hints on disk',
    );
    assert.strictEqual(moved.target.start, bulletin.target.start + copy.length + 2);
    assert.strictEqual(moved.target.exact, bulletin.target.exact);
    assert.strictEqual(moved.target.current, undefined);
  });
});
