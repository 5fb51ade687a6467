import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { diffCommand } from '../../src/cli/diff';
import { makeTarget } from '../../src/core/anchor/make-target';
import { addEntity } from '../../src/core/registry/edit-registry';
import { addAnnotation, removeAnnotation, updateAnnotation } from '../../src/core/sidecar/edit-sidecar';
import { GitRepo } from './git-repo';

const ESSAY = 'trotsky-1936-moscow-confessions.txt';
const SIDECAR = `${ESSAY}.annotations.yaml`;
const SAMPLE = 'samples/moscow-trials';

async function diff(repo: GitRepo, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void) =>
    new Writable({
      write(chunk, _e, cb) {
        f(String(chunk));
        cb();
      },
    });
  const code = await diffCommand(
    argv,
    sink((s) => {
      out += s;
    }),
    sink((s) => {
      err += s;
    }),
    repo.dir,
  );
  return { code, out, err };
}

describe('marginalia diff between two commits of the sample corpus', function () {
  this.timeout(60000);
  let repo: GitRepo;
  let first: string;
  let second: string;

  before(() => {
    repo = new GitRepo();
    for (const f of [ESSAY, SIDECAR, 'entities.yaml']) repo.write(`corpus/${f}`, readFileSync(`${SAMPLE}/${f}`, 'utf8'));
    repo.write('corpus/notes.md', 'Unrelated notes.\n');
    first = repo.commit('the sample corpus');

    const essay = repo.read(`corpus/${ESSAY}`);
    let s = repo.read(`corpus/${SIDECAR}`);
    const at = essay.indexOf('Hotel Bristol');
    s = addAnnotation(s, ESSAY, {
      id: 'new001',
      kind: 'note',
      target: makeTarget(essay, at, at + 'Hotel Bristol'.length),
      note: 'Pulled down in 1917.\nSee the alibi notes.',
    });
    s = updateAnnotation(s, 'c67dad', { note: 'Smirnov capitulated in 1929.', tags: ['capitulation', 'drafts'] });
    s = removeAnnotation(s, '1750b0');
    // What `check --fix` does after a text edit moved a passage: only the position hints change.
    s = s.replace(
      /(- id: 08bd8e[\s\S]*?start: )(\d+)(\s+end: )(\d+)/,
      (_m, a: string, st: string, b: string, en: string) => `${a}${Number(st) + 12}${b}${Number(en) + 12}`,
    );
    repo.write(`corpus/${SIDECAR}`, s);
    let r = addEntity(repo.read('corpus/entities.yaml'), {
      id: 'bristol-hotel',
      type: 'place',
      name: 'Hotel Bristol',
      aliases: ['Hotel Bristol'],
    });
    r = r.replace('    aliases: [Leon Sedov, Sedov]\n', '    aliases: [Leon Sedov, Sedov, L. Sedov]\n');
    repo.write('corpus/entities.yaml', r);
    repo.write('corpus/notes.md', 'Other notes.\n');
    second = repo.commit('annotate the alibi');
  });
  after(() => repo.remove());

  it('prints per text what was added, removed, changed and re-anchored, and the registry entities, as Markdown', async () => {
    const { code, out, err } = await diff(repo, first, second);
    assert.strictEqual(code, 0, err);
    const lines = out.split('\n');
    assert.match(lines[0], new RegExp(`^## Annotation changes from ${first.slice(0, 7)}\\w* to ${second.slice(0, 7)}\\w*$`));
    assert.strictEqual(
      lines[2],
      'Annotations in 1 text: 1 added, 1 changed, 1 re-anchored, 1 removed. Registry entities: 1 added, 1 changed.',
    );
    const section = out.slice(out.indexOf(`### ${ESSAY}`));
    const bullets = section.split('\n').filter((l) => l.startsWith('- '));
    // In text order (by where each passage is), each in words.
    const expected = [
      /^- Changed note `c67dad` on “in 1929 drew up in the space of a few weeks several differe…”: note, tags$/,
      /^- Removed note `1750b0` on “Bulletin de l’Opposition”$/,
      /^- Re-anchored `08bd8e` on “.+”: moved from offset (\d+) to (\d+)$/,
      /^- Added note `new001` on “Hotel Bristol”: Pulled down in 1917\. See the alibi notes\.$/,
    ];
    assert.strictEqual(bullets.length, 6, out);
    assert.ok(out.indexOf(`### ${ESSAY}`) < out.indexOf('### Registry'), 'texts first, then registries');
    expected.forEach((re, i) => assert.match(bullets[i], re));
    const [, from, to] = expected[2].exec(bullets[2])!;
    assert.strictEqual(Number(to) - Number(from), 12);
    assert.ok(
      out.includes(
        '### Registry `corpus/entities.yaml`\n\n- Changed person `sedov-leon` (Leon Sedov): aliases\n- Added place `bristol-hotel`: Hotel Bristol\n',
      ),
      out,
    );
    assert.ok(!out.includes('notes.md'));
  });

  it('prints one JSON object per change with --format jsonl', async () => {
    const { code, out } = await diff(repo, '--format', 'jsonl', first, second, '--', 'corpus');
    assert.strictEqual(code, 0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const pick = (r: Record<string, unknown>) => [r.type, r.change, r.id];
    assert.deepStrictEqual(
      rows.map(pick).sort(),
      [
        ['annotation', 'added', 'new001'],
        ['annotation', 'changed', 'c67dad'],
        ['annotation', 're-anchored', '08bd8e'],
        ['annotation', 'removed', '1750b0'],
        ['entity', 'added', 'bristol-hotel'],
        ['entity', 'changed', 'sedov-leon'],
      ].sort(),
    );
    const changed = rows.find((r) => r.id === 'c67dad')!;
    assert.deepStrictEqual(changed.fields, ['note', 'tags']);
    assert.strictEqual(changed.file, `corpus/${SIDECAR}`);
    assert.strictEqual(changed.text, ESSAY);
    assert.deepStrictEqual(rows.find((r) => r.id === '08bd8e')!.fields, ['target.start', 'target.end']);
  });

  it('compares a revision with the working tree, and says when nothing changed', async () => {
    assert.match((await diff(repo, second)).out, /No annotation or registry changes\./);
    const s = repo.read(`corpus/${SIDECAR}`);
    repo.write(`corpus/${SIDECAR}`, updateAnnotation(s, 'new001', { kind: 'place' }));
    try {
      const { out } = await diff(repo);
      assert.match(out, /to the working tree/);
      assert.match(out, /- Changed place `new001` on “Hotel Bristol”: kind\n/);
    } finally {
      repo.write(`corpus/${SIDECAR}`, s);
    }
  });
});
