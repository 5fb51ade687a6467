// Working together through git, in the editor: the merge driver setup, annotations changed since a revision, authorship.
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import type { FileReview } from '../../src/core/merge/review';
import {
  TEXT_NAME,
  activate,
  annotationsOnDisk,
  inWorkspace,
  readFile,
  restoreFiles,
  select,
  waitFor,
} from './annotating-helpers';

interface GitApi {
  openRepository?(root: vscode.Uri): Promise<unknown>;
  getRepository(uri: vscode.Uri): unknown;
  repositories: unknown[];
}

describe('git: merge driver setup, changes since a revision, author from git', function () {
  this.timeout(60000);
  const root = () => inWorkspace('');
  const sidecar = () => inWorkspace(`${TEXT_NAME}.annotations.yaml`);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root().fsPath, encoding: 'utf8' });
  let original = '';
  let api: GitApi;

  before(async () => {
    await activate();
    original = await readFile(sidecar());
    // The sample workspace becomes a repository, committed once, with a name for commits.
    git('init', '-q');
    git('config', 'user.name', 'Git Historian');
    git('config', 'user.email', 'historian@example.org');
    git('add', '-A');
    git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'the sample');
    const ext = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi }>('vscode.git');
    assert.ok(ext, 'the built-in Git extension is there');
    api = (ext.isActive ? ext.exports : await ext.activate()).getAPI(1);
    await api.openRepository?.(root());
    await waitFor(() => api.getRepository(sidecar()), 15000, 'the Git extension to open the repository');
  });

  after(async function () {
    this.timeout(60_000); // restoreFiles may wait for VS Code to revert, close and reload editors
    await restoreFiles([sidecar(), original]);
    await vscode.workspace.getConfiguration('marginalia').update('author', undefined, vscode.ConfigurationTarget.Workspace);
    rmSync(inWorkspace('.gitattributes').fsPath, { force: true });
    // Closed in the Git extension first: deleting .git under it makes its pending git processes fail (EPIPE) in the
    // extension host that the next suites run in.
    await vscode.commands.executeCommand('git.close');
    await waitFor(() => api.repositories.length === 0, 10000, 'the Git extension to close the repository');
    // A git process it started before closing (check-ignore writes paths to its stdin) still fails with EPIPE if .git goes
    // under it: wait until none has run in the workspace for half a second.
    let quiet = 0;
    await waitFor(
      async () => {
        quiet = gitProcessesIn(root().fsPath) ? 0 : quiet + 1;
        await new Promise((r) => setTimeout(r, 100));
        return quiet >= 5 || undefined;
      },
      20000,
      'the git processes in the workspace to end',
    );
    rmSync(inWorkspace('.git').fsPath, { recursive: true, force: true });
  });

  it('new annotations take author from git config user.name when marginalia.author is empty', async () => {
    await vscode.workspace.getConfiguration('marginalia').update('author', '', vscode.ConfigurationTarget.Workspace);
    const content = (await vscode.workspace.openTextDocument(inWorkspace(TEXT_NAME))).getText();
    const phrase = 'standardised political capitulations';
    const start = content.indexOf(phrase);
    await select(inWorkspace(TEXT_NAME), start, start + phrase.length);
    const id = await vscode.commands.executeCommand<string>('marginalia.annotateSelection', { kind: 'note', note: 'From git.' });
    assert.ok(id);
    const a = (await annotationsOnDisk(sidecar())).find((x) => x.id === id);
    assert.strictEqual(a?.author, 'Git Historian');
  });

  it('lists the annotations changed since HEAD', async () => {
    // The command compares with the sidecar as the editor sees it: a document an earlier test left open catches up with
    // the disk a moment after the write, so the review is asked again until it does.
    const review = await waitFor(
      async () => {
        const r = await vscode.commands.executeCommand<FileReview>('marginalia.showAnnotationChanges', { ref: 'HEAD' });
        return r?.annotations.length ? r : undefined;
      },
      10000,
      'a review with the new annotation',
    );
    assert.deepStrictEqual(
      review.annotations.map((c) => [c.change, c.exact]),
      [['added', 'standardised political capitulations']],
    );
  });

  it('sets up the merge driver: .gitattributes lines and the repository config', async () => {
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('marginalia.gitSetup', { confirm: false }), true);
    assert.match(
      await readFile(inWorkspace('.gitattributes')),
      /^\*\.annotations\.yaml merge=marginalia\nentities\.yaml merge=marginalia\n$/,
    );
    assert.match(git('config', '--local', 'merge.marginalia.driver'), /dist\/cli\.js'? merge %O %A %B %P/);
  });
});

/** How many git processes run with their working directory in `dir` (Linux /proc; 0 where there is none). */
function gitProcessesIn(dir: string): number {
  let n = 0;
  if (!existsSync('/proc')) return 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'git') continue;
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === dir || cwd.startsWith(dir + '/')) n++;
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return n;
}
