// Texts that are not what they claim, in the real host: decoded as VS Code does, or skipped — never indexed garbled; the rest still works.
import * as assert from 'node:assert';
import { mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { ESSAY, find, inWorkspace, ready, waitFor } from './reading-helpers';

const LINE = 'Kirov was shot in the Smolny on 1 December 1934.\n';

describe('reliability: texts that are not what they claim', () => {
  const dir = () => inWorkspace('hostile-texts');
  const file = (name: string) => vscode.Uri.joinPath(dir(), name);

  before(async () => {
    await ready();
    await mkdir(dir().fsPath, { recursive: true });
    await writeFile(file('good.txt').fsPath, LINE);
    await writeFile(
      file('utf16.txt').fsPath,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Préface. ${LINE}`, 'utf16le')]),
    );
    await writeFile(file('latin1.txt').fsPath, Buffer.from(`Procès de Moscou. ${LINE}`, 'latin1'));
    await writeFile(
      file('binary.txt').fsPath,
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), Buffer.from(LINE)]),
    );
    await writeFile(file('huge.txt').fsPath, '');
    await truncate(file('huge.txt').fsPath, 60 * 1024 * 1024); // 60 MB on paper: must be skipped by its size, not read
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await rm(dir().fsPath, { recursive: true, force: true });
  });

  it('indexes the UTF-8 and UTF-16 texts with offsets as VS Code counts them, and skips the rest', async function () {
    this.timeout(60_000);
    const { position } = await find(inWorkspace(ESSAY), 'Kirov');
    const inDir = async () => {
      const refs =
        (await vscode.commands.executeCommand<vscode.Location[]>(
          'vscode.executeReferenceProvider',
          inWorkspace(ESSAY),
          position,
        )) ?? [];
      return refs.filter((r) => r.uri.path.includes('/hostile-texts/'));
    };
    const refs = await waitFor(
      async () => {
        await vscode.commands.executeCommand('marginalia.waitForIndex');
        const found = await inDir();
        return found.length >= 2 ? found : undefined;
      },
      45000,
      'the good and UTF-16 texts in References',
    ); // new files reach the index through the file watcher: slow on a busy machine
    const names = refs.map((r) => r.uri.path.split('/').pop()).sort();
    assert.deepStrictEqual(names, ['good.txt', 'utf16.txt'], 'Latin-1, binary and oversized files are not indexed');
    const utf16 = refs.find((r) => r.uri.path.endsWith('utf16.txt'));
    assert.ok(utf16);
    const doc = await vscode.workspace.openTextDocument(utf16.uri);
    assert.strictEqual(doc.getText(utf16.range), 'Kirov', 'the offsets of a UTF-16 text match what VS Code shows');
  });
});
