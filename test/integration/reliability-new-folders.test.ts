// Texts and sidecars that arrive inside a new folder (a folder moved in, unzipped, checked out): VS Code's watcher on Linux
// reports the folder and nothing in it, so they are found by searching the folder (src/editor/new-folders.ts).
import * as assert from 'node:assert';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { ESSAY, find, inWorkspace, ready, waitFor } from './reading-helpers';

const TEXT = 'Kirov was shot in the Smolny on 1 December 1934.\n';
const SIDECAR = `version: 1
text: letter.txt
annotations:
  - id: aa11bb
    kind: note
    target:
      exact: "a passage that this letter does not contain"
      start: 0
      end: 43
    note: kept, and reported as an orphan
`;

describe('reliability: folders that arrive whole', () => {
  const moved = () => inWorkspace('moved-in');
  let staging = '';

  before(async () => {
    await ready();
    // Built beside the workspace (same file system), then renamed in: one event for the folder, none for its files.
    staging = await mkdtemp(join(dirname(inWorkspace('.').fsPath), 'staging-'));
    await mkdir(join(staging, 'moved-in', 'letters', '1934'), { recursive: true });
    await writeFile(join(staging, 'moved-in', 'letters', '1934', 'letter.txt'), TEXT);
    await writeFile(join(staging, 'moved-in', 'letters', '1934', 'letter.txt.annotations.yaml'), SIDECAR);
    await rename(join(staging, 'moved-in'), moved().fsPath);
  });

  after(async () => {
    await rm(moved().fsPath, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
  });

  it('indexes the texts of a folder moved into the workspace, at any depth', async function () {
    this.timeout(60_000);
    const { position } = await find(inWorkspace(ESSAY), 'Kirov');
    const letter = vscode.Uri.joinPath(moved(), 'letters', '1934', 'letter.txt');
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('marginalia.waitForIndex');
        const refs = await vscode.commands.executeCommand<vscode.Location[]>(
          'vscode.executeReferenceProvider',
          inWorkspace(ESSAY),
          position,
        );
        return refs.some((r) => r.uri.toString() === letter.toString()) || undefined;
      },
      45_000,
      'the letter in the moved folder to enter References',
    );
  });

  it('loads the sidecars of a folder moved into the workspace', async function () {
    this.timeout(60_000);
    const sidecar = vscode.Uri.joinPath(moved(), 'letters', '1934', 'letter.txt.annotations.yaml');
    const orphan = await waitFor(
      () => vscode.languages.getDiagnostics(sidecar).find((d) => d.code === 'orphan'),
      45_000,
      'the orphan diagnostic of the moved sidecar',
    );
    assert.match(orphan.message, /aa11bb/);
  });
});
