import * as assert from 'node:assert';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from '../../src/cli/check';
import { makeTarget } from '../../src/core/anchor/make-target';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { addAnnotation, updateAnnotation } from '../../src/core/sidecar/edit-sidecar';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import type { Annotation } from '../../src/core/model';
import { GitRepo } from './git-repo';

const TEXT =
  'In the autumn of 1929 Smirnov capitulated, after Radek and Preobrazhensky. ' +
  'He drew up several different texts of confessions in the space of a few weeks. ' +
  'Goltzman later testified that he had met Sedov in Copenhagen, at the Hotel Bristol. ' +
  'The hotel had been pulled down in 1917, which the prosecutor did not know.\n';

const SIDECAR = 'essay.txt.annotations.yaml';

/** An annotation of the first occurrence of `passage` in TEXT. */
function note(id: string, passage: string, text: string): Annotation {
  const at = TEXT.indexOf(passage);
  assert.ok(at >= 0, passage);
  return { id, kind: 'note', target: makeTarget(TEXT, at, at + passage.length), note: text, author: 'Test' };
}

function ids(sidecarText: string): string[] {
  const { sidecar, problems } = parseSidecar(sidecarText, SIDECAR);
  assert.deepStrictEqual(problems, []);
  return sidecar!.annotations.map((a) => a.id);
}

async function runCheck(dir: string): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = new Writable({
    write(chunk, _e, cb) {
      out += String(chunk);
      cb();
    },
  });
  const code = await check(
    [dir],
    sink,
    new Writable({
      write(_c, _e, cb) {
        cb();
      },
    }),
  );
  return { code, out };
}

describe('merge driver with real git repositories', function () {
  this.timeout(60000);
  let repo: GitRepo;

  /** A repository on main with the text, a commented sidecar with two annotations, and the driver installed. */
  beforeEach(() => {
    repo = new GitRepo();
    repo.useDriver();
    repo.write('essay.txt', TEXT);
    let sidecar =
      '# Notes on the essay (kept by every merge)\n' +
      addAnnotation(undefined, 'essay.txt', note('a1', 'Smirnov capitulated', 'First capitulation.'));
    sidecar = addAnnotation(sidecar, 'essay.txt', note('a9', 'pulled down in 1917', 'The Bristol was gone.'));
    sidecar = sidecar.replace('  - id: a9', '  # the hotel that did not exist\n  - id: a9');
    repo.write(SIDECAR, sidecar);
    repo.commit('base');
  });
  afterEach(() => repo.remove());

  function branch(name: string, change: (before: string) => string, file = SIDECAR): void {
    repo.git('checkout', '-q', '-b', name, 'main');
    repo.write(file, change(repo.read(file)));
    repo.commit(name);
    repo.git('checkout', '-q', 'main');
  }

  it('merges two branches that add annotations next to each other, in text order, without a conflict', () => {
    branch('alice', (s) => addAnnotation(s, 'essay.txt', note('b1', 'several different texts', 'Rival drafts.')));
    branch('bob', (s) => addAnnotation(s, 'essay.txt', note('b2', 'of confessions', 'A contract, not a statement.')));
    // Without the driver git itself reports these adjacent insertions as a conflict.
    repo.git('checkout', '-q', '-b', 'plain', 'alice');
    repo.git('config', 'merge.marginalia.driver', 'false');
    assert.notStrictEqual(repo.tryGit('merge', '-q', '--no-edit', 'bob').status, 0, 'git alone should conflict here');
    repo.git('merge', '--abort');
    repo.useDriver();

    repo.git('checkout', '-q', 'alice');
    const r = repo.tryGit('merge', '--no-edit', 'bob');
    assert.strictEqual(r.status, 0, r.output);
    const merged = repo.read(SIDECAR);
    assert.deepStrictEqual(ids(merged), ['a1', 'b1', 'b2', 'a9']);
    assert.match(merged, /^# Notes on the essay \(kept by every merge\)\n/);
    assert.match(merged, / {2}# the hotel that did not exist\n {2}- id: a9/);
  });

  it('merges an edit on one branch with a new annotation on the other', () => {
    branch('edit', (s) => updateAnnotation(s, 'a1', { note: 'Capitulated in the autumn of 1929.', tags: ['capitulation'] }));
    branch('add', (s) => addAnnotation(s, 'essay.txt', note('c1', 'Hotel Bristol', 'Demolished in 1917.')));
    repo.git('checkout', '-q', 'edit');
    const r = repo.tryGit('merge', '--no-edit', 'add');
    assert.strictEqual(r.status, 0, r.output);
    const { sidecar } = parseSidecar(repo.read(SIDECAR), SIDECAR);
    assert.deepStrictEqual(
      sidecar!.annotations.map((a) => a.id),
      ['a1', 'c1', 'a9'],
    );
    assert.strictEqual(sidecar!.annotations[0].note, 'Capitulated in the autumn of 1929.');
    assert.deepStrictEqual(sidecar!.annotations[0].tags, ['capitulation']);
  });

  it('merges different fields of one annotation changed on the two branches', () => {
    branch('one', (s) => updateAnnotation(s, 'a9', { note: 'Pulled down in 1917.' }));
    branch('two', (s) => updateAnnotation(s, 'a9', { tags: ['contradiction'], entity: 'goltzman' }));
    repo.git('checkout', '-q', 'one');
    const r = repo.tryGit('merge', '--no-edit', 'two');
    assert.strictEqual(r.status, 0, r.output);
    const merged = repo.read(SIDECAR);
    const a9 = parseSidecar(merged, SIDECAR).sidecar!.annotations.find((a) => a.id === 'a9')!;
    assert.strictEqual(a9.note, 'Pulled down in 1917.');
    assert.deepStrictEqual(a9.tags, ['contradiction']);
    assert.strictEqual(a9.entity, 'goltzman');
    assert.match(merged, / {2}# the hotel that did not exist\n {2}- id: a9/);
  });

  it('keeps both sides of a true conflict, and check names the file and the line', async () => {
    branch('mine', (s) => updateAnnotation(s, 'a1', { note: 'Smirnov gave in first.' }));
    branch('yours', (s) => updateAnnotation(s, 'a1', { note: 'Smirnov held out longest.' }));
    repo.git('checkout', '-q', 'mine');
    const r = repo.tryGit('merge', '--no-edit', 'yours');
    assert.notStrictEqual(r.status, 0);
    assert.match(r.output, /conflict in a1: both sides changed note/);
    const merged = repo.read(SIDECAR);
    assert.match(merged, /Smirnov gave in first\./);
    assert.match(merged, /Smirnov held out longest\./);
    assert.match(merged, /^<<<<<<< ours\n[\s\S]*^=======\n[\s\S]*^>>>>>>> theirs\n/m);
    // Annotations not in conflict are written once, outside the block.
    assert.strictEqual(merged.split('- id: a9').length, 2);
    assert.match(repo.git('status', '--porcelain'), /^UU essay\.txt\.annotations\.yaml/m);
    const line = merged.split('\n').indexOf('<<<<<<< ours') + 1;
    const { code, out } = await runCheck(repo.dir);
    assert.strictEqual(code, 1);
    // check names the conflict at its first marker line, with git's labels.
    const first = out.split('\n').find((l) => l.startsWith(`${join(repo.dir, SIDECAR)}:`));
    assert.ok(
      first?.startsWith(
        `${join(repo.dir, SIDECAR)}:${line}:1: error: unresolved merge conflict at line ${line} (ours: ours, theirs: theirs)`,
      ),
      `line ${line}: ${out}`,
    );
  });

  it('a deletion on one side and a change on the other keeps the changed annotation in a conflict', () => {
    branch('del', (s) => s.replace(/ {2}# the hotel[\s\S]*$/, ''));
    branch('chg', (s) => updateAnnotation(s, 'a9', { note: 'Still relevant.' }));
    repo.git('checkout', '-q', 'del');
    const r = repo.tryGit('merge', '--no-edit', 'chg');
    assert.notStrictEqual(r.status, 0);
    const merged = repo.read(SIDECAR);
    assert.match(merged, /# 'a9' was deleted on ours/);
    assert.match(merged, /Still relevant\./);
  });

  it('a registry entity changed differently on both branches is a conflict that check names', async () => {
    const registry =
      'version: 1\nentities:\n  - id: smirnov\n    type: person\n    name: Ivan Smirnov\n  - id: goltzman\n    type: person\n    name: E. S. Goltzman\n';
    repo.write('entities.yaml', registry);
    repo.commit('registry');
    branch('full', () => registry.replace('name: Ivan Smirnov', 'name: Ivan Nikitich Smirnov'), 'entities.yaml');
    branch('short', () => registry.replace('name: Ivan Smirnov', 'name: I. N. Smirnov'), 'entities.yaml');
    repo.git('checkout', '-q', 'full');
    const r = repo.tryGit('merge', '--no-edit', 'short');
    assert.notStrictEqual(r.status, 0);
    assert.match(r.output, /entities\.yaml: conflict in smirnov: both sides changed name/);
    const merged = repo.read('entities.yaml');
    assert.ok(merged.includes('Ivan Nikitich Smirnov') && merged.includes('I. N. Smirnov'));
    assert.strictEqual(merged.split('id: goltzman').length, 2, 'the entity not in conflict is written once');
    const line = merged.split('\n').indexOf('<<<<<<< ours') + 1;
    const { code, out } = await runCheck(repo.dir);
    assert.strictEqual(code, 1);
    assert.ok(out.includes(`${join(repo.dir, 'entities.yaml')}:${line}:1: error: unresolved merge conflict`), out);
  });

  it('merges the registry by entity: additions from both sides, a change on one side', () => {
    const registry =
      'version: 1\n# Persons of the first trial\nentities:\n  - id: smirnov\n    type: person\n    name: Ivan Smirnov\n' +
      '  - id: goltzman\n    type: person\n    name: E. S. Goltzman\n';
    repo.write('entities.yaml', registry);
    repo.commit('registry');
    branch('sedov', () => `${registry}  - id: sedov\n    type: person\n    name: Leon Sedov\n`, 'entities.yaml');
    branch(
      'radek',
      () =>
        registry.replace('    name: Ivan Smirnov\n', '    name: Ivan Smirnov\n    born: "1881"\n') +
        '  - id: radek\n    type: person\n    name: Karl Radek # the journalist\n',
      'entities.yaml',
    );
    repo.git('checkout', '-q', 'sedov');
    const r = repo.tryGit('merge', '--no-edit', 'radek');
    assert.strictEqual(r.status, 0, r.output);
    const merged = repo.read('entities.yaml');
    const { entities, problems } = parseRegistry(merged, 'entities.yaml');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(entities.find((e) => e.id === 'smirnov')?.born, '1881');
    assert.match(merged, /# Persons of the first trial/);
    assert.match(merged, /name: Karl Radek # the journalist/);
    assert.deepStrictEqual(merged.match(/id: \S+/g), ['id: smirnov', 'id: goltzman', 'id: sedov', 'id: radek']);
  });
});
