import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withDriverAttributes } from '../../src/core/merge/git-setup-plan';
import { CLI, GitRepo } from './git-repo';

function run(cwd: string, ...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('marginalia git-setup', function () {
  this.timeout(60000);
  let repo: GitRepo;
  beforeEach(() => {
    repo = new GitRepo();
  });
  afterEach(() => repo.remove());

  it('says what it will write, and --dry-run writes nothing', () => {
    const r = run(repo.dir, 'git-setup', '--dry-run');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /\*\.annotations\.yaml merge=marginalia/);
    assert.match(r.stdout, /merge\.marginalia\.driver = .* merge %O %A %B %P/);
    assert.ok(!existsSync(join(repo.dir, '.gitattributes')));
    assert.strictEqual(repo.tryGit('config', 'merge.marginalia.driver').status, 1);
  });

  it('adds the .gitattributes lines after what was there, sets the local config, and a merge then uses the driver', () => {
    repo.write('.gitattributes', '*.txt text eol=lf');
    repo.write('corpus/a.txt', 'One sentence here. Another sentence there.\n');
    repo.write(
      'corpus/a.txt.annotations.yaml',
      'version: 1\ntext: a.txt\nannotations:\n  - id: x1\n    kind: note\n    target:\n      exact: One\n      start: 0\n      end: 3\n',
    );
    const r = run(join(repo.dir, 'corpus'), 'git-setup');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(
      repo.read('.gitattributes'),
      '*.txt text eol=lf\n*.annotations.yaml merge=marginalia\nentities.yaml merge=marginalia\n',
    );
    assert.match(repo.git('config', '--local', 'merge.marginalia.driver'), /cli\.js'? merge %O %A %B %P/);
    repo.commit('base');
    // Run twice: nothing is added twice.
    assert.strictEqual(run(repo.dir, 'git-setup').status, 0);
    assert.strictEqual(repo.read('.gitattributes').split('merge=marginalia').length, 3);

    const add = (branch: string, id: string, exact: string, start: number) => {
      repo.git('checkout', '-q', '-b', branch, 'main');
      repo.write(
        'corpus/a.txt.annotations.yaml',
        `${repo.read('corpus/a.txt.annotations.yaml')}  - id: ${id}\n    kind: note\n    target:\n      exact: ${exact}\n      start: ${start}\n      end: ${start + exact.length}\n`,
      );
      repo.commit(branch);
    };
    add('left', 'y1', 'sentence here', 4);
    add('right', 'y2', 'Another', 19);
    const m = repo.tryGit('merge', '--no-edit', 'left');
    assert.strictEqual(m.status, 0, m.output);
    assert.deepStrictEqual(repo.read('corpus/a.txt.annotations.yaml').match(/id: \w+/g), ['id: x1', 'id: y1', 'id: y2']);
  });

  it('keeps a .gitattributes that already has the lines as it is', () => {
    assert.strictEqual(
      withDriverAttributes('*.annotations.yaml   merge=marginalia\nentities.yaml merge=marginalia\n'),
      undefined,
    );
    assert.strictEqual(
      withDriverAttributes('a b\r\n'),
      'a b\r\n*.annotations.yaml merge=marginalia\r\nentities.yaml merge=marginalia\r\n',
    );
  });
});
