import * as assert from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from '../../src/cli/check';
import { exportCommand } from '../../src/cli/export';
import type { Annotation } from '../../src/core/model';
import { addAlias, addEntity, renameEntityInRegistry } from '../../src/core/registry/edit-registry';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { RegistryError } from '../../src/core/registry/registry-error';
import {
  addAnnotation,
  removeAnnotation,
  renameEntityInSidecar,
  setSidecarText,
  updateAnnotation,
  updateAnnotations,
} from '../../src/core/sidecar/edit-sidecar';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { SidecarError } from '../../src/core/sidecar/sidecar-error';
import { findConflicts } from '../../src/core/yaml/conflict-markers';

const TEXT =
  'Smirnov and Goltzman tried to stop themselves in mid-road, between terror in general and the assassination of Kirov.\n';

const item = (id: string, exact: string, note: string) => {
  const start = TEXT.indexOf(exact);
  return `  - id: ${id}\n    kind: note\n    target: { exact: ${exact}, start: ${start}, end: ${start + exact.length} }\n    note: ${note}\n`;
};

const HEADER = 'version: 1\ntext: essay.txt\nannotations:\n';

/** Two conflicts between the lists, as `git merge` leaves them (the second in diff3 style). */
const LIST_CONFLICTS =
  HEADER +
  item('a3f9c1', 'Smirnov', 'first') +
  '<<<<<<< HEAD\n' +
  item('b71d02', 'Goltzman', 'ours') +
  '=======\n' +
  item('c67dad', 'Goltzman', 'theirs') +
  '>>>>>>> feature/notes\n' +
  item('d00d00', 'mid-road', 'between') +
  '<<<<<<< HEAD\n' +
  item('e1e1e1', 'Kirov', 'ours again') +
  '||||||| merged common ancestors\n' +
  '=======\n' +
  item('f2f2f2', 'Kirov', 'theirs again') +
  '>>>>>>> feature/notes\n';

/** A conflict inside a double-quoted note over several lines: valid YAML, so the parser alone reads the markers as the note. */
const NOTE_CONFLICT =
  HEADER +
  '  - id: a3f9c1\n    kind: note\n    target: { exact: Smirnov, start: 0, end: 7 }\n    note: "The first\n' +
  '<<<<<<< ours\nreading\n=======\nversion\n>>>>>>> theirs\n  of it."\n';

const NEW: Annotation = { id: 'aaaaaa', kind: 'note', target: { exact: 'Kirov', start: 110, end: 115 } };

const REGISTRY =
  'version: 1\nentities:\n  - id: kirov\n    type: person\n    name: Sergei Kirov\n' +
  '<<<<<<< HEAD\n  - id: radek\n    type: person\n    name: Karl Radek\n=======\n  - id: radek\n    type: person\n    name: K. Radek\n>>>>>>> theirs\n';

const at = (problems: { line: number; code: string }[]) => problems.map((p) => `${p.line + 1} ${p.code}`);

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('merge conflict markers', () => {
  it('lists every conflict in a sidecar at its <<<<<<< line, with both labels and the fix, and gives no sidecar', () => {
    const { sidecar, problems } = parseSidecar(LIST_CONFLICTS, 's.yaml');
    assert.strictEqual(sidecar, undefined);
    assert.deepStrictEqual(at(problems), ['8 merge-conflict', '23 merge-conflict']);
    assert.match(
      problems[0].message,
      /^unresolved merge conflict at line 8 \(ours: HEAD, theirs: feature\/notes\) — keep both blocks, remove the markers.*marginalia check/,
    );
    assert.match(problems[1].message, /line 23 \(ours: HEAD, theirs: feature\/notes\)/);
    assert.ok(problems.every((p) => p.file === 's.yaml' && p.severity === 'error' && p.column === 0));
  });

  it('finds markers inside a quoted note that the YAML parser would accept', () => {
    const { sidecar, problems } = parseSidecar(NOTE_CONFLICT, 's.yaml');
    assert.strictEqual(sidecar, undefined);
    assert.deepStrictEqual(at(problems), ['8 merge-conflict']);
    assert.match(problems[0].message, /\(ours: ours, theirs: theirs\)/);
  });

  it('counts lines after a BOM and on CRLF or CR line endings', () => {
    const crlf = `\ufeff${LIST_CONFLICTS.replace(/\n/g, '\r\n')}`;
    assert.deepStrictEqual(at(parseSidecar(crlf, 's.yaml').problems), ['8 merge-conflict', '23 merge-conflict']);
    assert.deepStrictEqual(at(parseSidecar(LIST_CONFLICTS.replace(/\n/g, '\r'), 's.yaml').problems), [
      '8 merge-conflict',
      '23 merge-conflict',
    ]);
  });

  it('a ======= line alone in a note, or longer runs of the characters, are not conflicts', () => {
    const rule =
      HEADER +
      '  - id: a3f9c1\n    kind: note\n    target: { exact: Smirnov, start: 0, end: 7 }\n    note: "Part one\n=======\n  part two"\n' +
      '  - id: b71d02\n    kind: note\n    target: { exact: Kirov, start: 110, end: 115 }\n    note: |\n      <<<<<<< indented, so part of the note\n      ========\n';
    const { sidecar, problems } = parseSidecar(rule, 's.yaml');
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(
      sidecar?.annotations.map((a) => a.id),
      ['a3f9c1', 'b71d02'],
    );
    assert.deepStrictEqual(findConflicts('<<<<<<<< eight\n=======\n>>>>>>>> eight\n', 'f'), []);
  });

  it('half a conflict (an opening or closing marker left behind) is still reported', () => {
    assert.deepStrictEqual(at(findConflicts('a: 1\n<<<<<<< HEAD\nb: 2\n', 'f')), ['2 merge-conflict']);
    assert.deepStrictEqual(at(findConflicts('a: 1\nb: 2\n>>>>>>> theirs\n', 'f')), ['3 merge-conflict']);
  });

  it('every sidecar edit refuses a conflicted file, saying so', () => {
    const edits: [string, () => string][] = [
      ['add', () => addAnnotation(LIST_CONFLICTS, 'essay.txt', NEW)],
      ['update', () => updateAnnotation(LIST_CONFLICTS, 'a3f9c1', { note: 'x' })],
      ['updates', () => updateAnnotations(LIST_CONFLICTS, [{ id: 'd00d00', patch: { target: { start: 1 } } }])],
      ['remove', () => removeAnnotation(LIST_CONFLICTS, 'a3f9c1')],
      ['rename entity', () => renameEntityInSidecar(NOTE_CONFLICT, 'kirov', 'sergei-kirov')],
      ['set text', () => setSidecarText(NOTE_CONFLICT, 'other.txt')],
    ];
    for (const [name, edit] of edits) {
      assert.throws(
        edit,
        (e: unknown) =>
          e instanceof SidecarError &&
          /unresolved merge conflict at line \d+/.test(e.message) &&
          e.problems.some((p) => p.code === 'merge-conflict'),
        name,
      );
    }
  });

  it('a registry with a conflict: every conflict reported, no entity used, every edit refused', () => {
    const { entities, problems } = parseRegistry(REGISTRY, 'entities.yaml');
    assert.deepStrictEqual(entities, []);
    assert.deepStrictEqual(at(problems), ['6 merge-conflict']);
    assert.match(problems[0].message, /\(ours: HEAD, theirs: theirs\)/);
    for (const edit of [
      () => addEntity(REGISTRY, { id: 'zinoviev', type: 'person', name: 'G. Zinoviev', aliases: [] }),
      () => addAlias(REGISTRY, 'kirov', 'Kirov'),
      () => renameEntityInRegistry(REGISTRY, 'kirov', 'sergei-kirov'),
    ]) {
      assert.throws(edit, (e: unknown) => e instanceof RegistryError && /merge conflict/.test(e.message));
    }
  });

  describe('on the command line', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'marginalia-conflict-'));
      writeFileSync(join(dir, 'essay.txt'), TEXT);
      writeFileSync(join(dir, 'entities.yaml'), 'version: 1\nentities: []\n');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('check --fix lists each conflict as file:line:col, exits 1 and leaves the file byte for byte', async () => {
      const file = join(dir, 'essay.txt.annotations.yaml');
      writeFileSync(file, LIST_CONFLICTS);
      const out = new Sink();
      const code = await check(['--fix', dir], out, new Sink());
      assert.strictEqual(code, 1);
      assert.deepStrictEqual(
        out.text
          .split('\n')
          .filter(Boolean)
          .map((l) => l.replace(dir, '')),
        [
          '/essay.txt.annotations.yaml:8:1: error: unresolved merge conflict at line 8 (ours: HEAD, theirs: feature/notes) — ' +
            "keep both blocks, remove the markers (<<<<<<<, |||||||, =======, >>>>>>>), then run 'marginalia check'",
          '/essay.txt.annotations.yaml:23:1: error: unresolved merge conflict at line 23 (ours: HEAD, theirs: feature/notes) — ' +
            "keep both blocks, remove the markers (<<<<<<<, |||||||, =======, >>>>>>>), then run 'marginalia check'",
        ],
      );
      assert.strictEqual(readFileSync(file, 'utf8'), LIST_CONFLICTS);
    });

    it('export reports the conflict and does not export that text', async () => {
      writeFileSync(join(dir, 'essay.txt.annotations.yaml'), NOTE_CONFLICT);
      const out = new Sink();
      const err = new Sink();
      const code = await exportCommand(['--format', 'w3c', '--out', '-', join(dir, 'essay.txt')], out, err);
      assert.strictEqual(code, 2);
      assert.match(err.text, /essay\.txt\.annotations\.yaml:8:1: error: unresolved merge conflict/);
      assert.strictEqual(out.text, '', 'the text is not exported at all, rather than without its annotations');
    });
  });
});
