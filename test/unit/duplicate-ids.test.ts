import * as assert from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from '../../src/cli/check';
import { addAlias, renameEntityInRegistry } from '../../src/core/registry/edit-registry';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { Registry } from '../../src/core/registry/registry';
import { RegistryError } from '../../src/core/registry/registry-error';
import {
  removeAnnotation,
  renameEntityInSidecar,
  updateAnnotation,
  updateAnnotations,
} from '../../src/core/sidecar/edit-sidecar';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { SidecarError } from '../../src/core/sidecar/sidecar-error';

const TEXT =
  'Smirnov and Goltzman tried to stop themselves in mid-road, between terror in general and the assassination of Kirov.\n';

/**
 * Two annotations with the id b71d02: the first is invalid (its start is not a number), the second valid.
 * Both targets have moved by 10 characters (the text was edited), so `check --fix` wants to patch the valid one.
 */
const SIDECAR = `version: 1
text: essay.txt
annotations:
  - id: a3f9c1
    kind: note
    target: { exact: Smirnov, start: 0, end: 7 }
  - id: b71d02
    kind: note
    target: { exact: Goltzman, start: twelve, end: 20 }
    note: the first copy, mine
  - id: b71d02
    kind: person
    target: { exact: Kirov, start: 120, end: 125 }
    note: the second copy, theirs
`;

const lines = (problems: { line: number; column: number; code: string }[]) =>
  problems.map((p) => `${p.line + 1}:${p.column + 1} ${p.code}`);

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('duplicate ids', () => {
  it('a duplicate whose first copy is invalid is still found, and reported at both copies', () => {
    const { sidecar, problems } = parseSidecar(SIDECAR, 's.yaml');
    const duplicates = problems.filter((p) => p.code === 'duplicate-annotation');
    assert.deepStrictEqual(lines(duplicates), ['7:5 duplicate-annotation', '11:5 duplicate-annotation']);
    assert.match(duplicates[0].message, /annotation id 'b71d02' is also used at line 11 — give one of them a new id/);
    assert.match(duplicates[1].message, /annotation id 'b71d02' is also used at line 7 — give one of them a new id/);
    assert.ok(
      problems.some((p) => p.code === 'schema' && p.line === 8),
      'the invalid start is reported too',
    );
    assert.deepStrictEqual(
      sidecar?.annotations.map((a) => a.id),
      ['a3f9c1', 'b71d02'],
    );
  });

  it('three copies: each names the other two', () => {
    const third = SIDECAR + '  - id: b71d02\n    kind: note\n    target: { exact: mid-road, start: 50, end: 58 }\n';
    const messages = parseSidecar(third, 's.yaml')
      .problems.filter((p) => p.code === 'duplicate-annotation')
      .map((p) => p.message);
    assert.strictEqual(messages.length, 3);
    assert.match(messages[0], /also used at lines 11, 15 /);
    assert.match(messages[2], /also used at lines 7, 11 /);
  });

  it('every edit refuses a sidecar whose ids are not unique, naming the id and its lines', () => {
    const edits = [
      () => updateAnnotations(SIDECAR, [{ id: 'b71d02', patch: { target: { start: 110, end: 115 } } }]),
      () => updateAnnotation(SIDECAR, 'a3f9c1', { note: 'unrelated' }),
      () => removeAnnotation(SIDECAR, 'b71d02'),
      () => renameEntityInSidecar(SIDECAR, 'kirov', 'sergei-kirov'),
    ];
    for (const edit of edits) {
      assert.throws(
        edit,
        (e: unknown) =>
          e instanceof SidecarError &&
          /annotation id 'b71d02' \(lines 7, 11\) is used more than once/.test(e.message) &&
          /the file was not changed/.test(e.message),
      );
    }
  });

  it('check --fix reports the duplicate and writes nothing to that sidecar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-dup-'));
    try {
      writeFileSync(join(dir, 'essay.txt'), TEXT);
      writeFileSync(join(dir, 'entities.yaml'), 'version: 1\nentities: []\n');
      const file = join(dir, 'essay.txt.annotations.yaml');
      writeFileSync(file, SIDECAR);
      const out = new Sink();
      const code = await check(['--fix', dir], out, new Sink());
      assert.strictEqual(code, 1);
      assert.match(out.text, /essay\.txt\.annotations\.yaml:7:5: error: annotation id 'b71d02' is also used at line 11/);
      assert.match(out.text, /essay\.txt\.annotations\.yaml:11:5: error: annotation id 'b71d02' is also used at line 7/);
      assert.match(out.text, /not fixed: annotation id 'b71d02' \(lines 7, 11\) is used more than once/);
      assert.strictEqual(readFileSync(file, 'utf8'), SIDECAR);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('in a registry', () => {
    const REGISTRY = `version: 1
entities:
  - id: radek
    type: persona
    name: Karl Radek
  - id: kirov
    type: person
    name: Sergei Kirov
  - id: radek
    type: person
    name: K. Radek
`;

    it('an id twice in one file, the first copy invalid: reported at both lines', () => {
      const { entities, problems } = parseRegistry(REGISTRY, 'entities.yaml');
      const duplicates = problems.filter((p) => p.code === 'duplicate-entity');
      assert.deepStrictEqual(lines(duplicates), ['3:5 duplicate-entity', '9:5 duplicate-entity']);
      assert.match(duplicates[0].message, /entity id 'radek' is also used at line 9 — rename one of them/);
      assert.deepStrictEqual(
        entities.map((e) => e.id),
        ['kirov', 'radek'],
      );
    });

    it('an id twice in one valid file: reported once at each line, not again by the merged registry', () => {
      const valid = REGISTRY.replace('persona', 'person');
      const parsed = parseRegistry(valid, 'entities.yaml');
      assert.deepStrictEqual(lines(parsed.problems), ['3:5 duplicate-entity', '9:5 duplicate-entity']);
      assert.deepStrictEqual(
        parsed.entities.map((e) => `${e.id} ${e.name}`),
        ['radek Karl Radek', 'kirov Sergei Kirov'],
      );
      assert.deepStrictEqual(new Registry([{ file: 'entities.yaml', entities: parsed.entities }]).problems(), []);
    });

    it('edits refuse a registry whose ids are not unique', () => {
      for (const edit of [
        () => addAlias(REGISTRY, 'radek', 'Radek'),
        () => renameEntityInRegistry(REGISTRY, 'kirov', 'sergei-kirov'),
      ]) {
        assert.throws(
          edit,
          (e: unknown) => e instanceof RegistryError && /entity id 'radek' \(lines 3, 9\) is used more than once/.test(e.message),
        );
      }
    });
  });
});
