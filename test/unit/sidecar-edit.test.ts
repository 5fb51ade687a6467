import * as assert from 'node:assert';
import { addAnnotation, removeAnnotation, renameEntityInSidecar, updateAnnotation } from '../../src/core/sidecar/edit-sidecar';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { SidecarError } from '../../src/core/sidecar/sidecar-error';
import { newAnnotationId } from '../../src/core/sidecar/new-id';
import type { Annotation } from '../../src/core/model';
import { parse } from 'yaml';
import { diff } from './sidecar-line-diff';

/** A hand-written sidecar: aligned comments, a flow map, a quoted string, a block note, blank lines. */
const HAND = `# Annotations of Trotsky, "The Moscow Confessions" (1936).
version: 1
text: trotsky-1936.txt

annotations:
  # The ritual of confession.
  - id: a3f9c1                  # stable, never reused
    kind: confession
    target:
      exact: "admitted a little fact"
      prefix: "Today “A” "      # up to 32 characters before
      suffix: ". If “B” does"
      start: 6120               # offset hint
      end: 6142
    entity: goltzman
    note: |
      Each admits a little more than the last.
    tags: [contradiction]

  - id: b71d02
    kind: note
    target: { exact: Reingold, start: 7003, end: 7011 }
    note: Stammering and hysterical.   # Trotsky's words
  - id: c44e90
    kind: person
    target:
      exact: Kirov
      start: 9100
      end: 9105
    entity: kirov
`;

const annotations = (text: string) => parseSidecar(text, 's.yaml').sidecar!.annotations;

describe('updateAnnotation', () => {
  const cases: { name: string; id: string; patch: Partial<Annotation>; removed: string[]; added: string[] }[] = [
    {
      name: 'changing one note changes only that line',
      id: 'b71d02',
      patch: { note: 'Stammering, hysterical, coerced.' },
      removed: ["    note: Stammering and hysterical.   # Trotsky's words"],
      added: ["    note: Stammering, hysterical, coerced.   # Trotsky's words"],
    },
    {
      name: 'a multi-line note becomes a block scalar',
      id: 'a3f9c1',
      patch: { note: 'Each admits more.\nCompare Reingold.' },
      removed: ['    note: |', '      Each admits a little more than the last.'],
      added: ['    note: |-', '      Each admits more.', '      Compare Reingold.'],
    },
    {
      name: 'new hints keep the comments on their lines',
      id: 'a3f9c1',
      patch: { target: { exact: 'admitted a little fact', start: 6130, end: 6152 } },
      removed: ['      start: 6120               # offset hint', '      end: 6142'],
      added: ['      start: 6130               # offset hint', '      end: 6152'],
    },
    {
      name: 'orphaned is added as a new line at the end of the item',
      id: 'c44e90',
      patch: { orphaned: true },
      removed: [],
      added: ['    orphaned: true'],
    },
    {
      name: 'an undefined field is removed',
      id: 'a3f9c1',
      patch: { tags: undefined },
      removed: ['    tags: [contradiction]'],
      added: [],
    },
    {
      name: 'an exact text that needs quotes gets them',
      id: 'c44e90',
      patch: { target: { exact: 'Kirov: murdered' } },
      removed: ['      exact: Kirov'],
      added: ['      exact: "Kirov: murdered"'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const after = updateAnnotation(HAND, c.id, c.patch);
      assert.deepStrictEqual(diff(HAND, after), { removed: c.removed, added: c.added });
      const changed = annotations(after).find((a) => a.id === c.id)!;
      for (const [key, value] of Object.entries(c.patch)) {
        if (key === 'target')
          for (const [k, v] of Object.entries(value as object)) assert.deepStrictEqual(changed.target[k as 'start'], v);
        else assert.deepStrictEqual(changed[key as keyof Annotation], value);
      }
    });
  }

  it('patches a flow-style target on its own line', () => {
    const after = updateAnnotation(HAND, 'b71d02', { target: { start: 7010, end: 7018 } });
    assert.deepStrictEqual(annotations(after).find((a) => a.id === 'b71d02')?.target, {
      exact: 'Reingold',
      start: 7010,
      end: 7018,
    });
    assert.deepStrictEqual(diff(HAND, after), {
      removed: ['    target: { exact: Reingold, start: 7003, end: 7011 }'],
      added: ['    target: { exact: Reingold, start: 7010, end: 7018 }'],
    });
  });

  it('keeps a BOM and CRLF-free text as it was', () => {
    const after = updateAnnotation(`\ufeff${HAND}`, 'c44e90', { entity: 'sergei-kirov' });
    assert.ok(after.startsWith('\ufeff# Annotations'));
    assert.deepStrictEqual(diff(HAND, after.slice(1)), { removed: ['    entity: kirov'], added: ['    entity: sergei-kirov'] });
  });

  it('keeps CRLF line endings in what it writes', () => {
    const crlf = HAND.replace(/\n/g, '\r\n');
    let after = updateAnnotation(crlf, 'a3f9c1', { note: 'Two\nlines.', orphaned: true });
    after = addAnnotation(after, 'trotsky-1936.txt', { id: 'e0e0e0', kind: 'note', target: { exact: 'Kirov', start: 9500 } });
    after = removeAnnotation(after, 'b71d02');
    assert.strictEqual(after.split('\n').filter((l) => !l.endsWith('\r')).length, 1, 'only the empty rest after the last break');
    assert.deepStrictEqual(
      annotations(after).map((a) => a.id),
      ['a3f9c1', 'c44e90', 'e0e0e0'],
    );
    assert.strictEqual(annotations(after)[0].note, 'Two\nlines.');
  });

  it('refuses an unparsable file and an unknown id, and says why', () => {
    assert.throws(
      () => updateAnnotation(`${HAND}  - id: [broken\n`, 'a3f9c1', { note: 'x' }),
      (e: unknown) => e instanceof SidecarError && e.problems[0].code === 'yaml-syntax',
    );
    assert.throws(
      () => updateAnnotation(HAND, 'ffffff', { note: 'x' }),
      (e: unknown) => e instanceof SidecarError && /ffffff/.test(e.message),
    );
  });
});

describe('addAnnotation', () => {
  const zinoviev: Annotation = {
    id: 'd00d1e',
    kind: 'person',
    target: { exact: 'Zinoviev', prefix: 'and ', start: 8000, end: 8008 },
    entity: 'zinoviev',
    created: '2026-11-27T11:00:00Z',
  };

  it('inserts in text order, between the items, touching no other line', () => {
    const after = addAnnotation(HAND, 'trotsky-1936.txt', zinoviev);
    assert.deepStrictEqual(
      annotations(after).map((a) => a.id),
      ['a3f9c1', 'b71d02', 'd00d1e', 'c44e90'],
    );
    const { removed, added } = diff(HAND, after);
    assert.deepStrictEqual(removed, []);
    assert.deepStrictEqual(added, [
      '  - id: d00d1e',
      '    kind: person',
      '    target:',
      '      exact: Zinoviev',
      '      prefix: "and "',
      '      start: 8000',
      '      end: 8008',
      '    entity: zinoviev',
      '    created: 2026-11-27T11:00:00Z',
    ]);
  });

  it('inserts above the comments of the following item', () => {
    const after = addAnnotation(HAND, 'trotsky-1936.txt', { ...zinoviev, target: { exact: 'Zinoviev', start: 10 } });
    assert.deepStrictEqual(
      annotations(after).map((a) => a.id),
      ['d00d1e', 'a3f9c1', 'b71d02', 'c44e90'],
    );
    assert.ok(after.indexOf('d00d1e') < after.indexOf('# The ritual of confession.'));
  });

  it('creates the file when there is none, and fills an empty list', () => {
    const created = addAnnotation(undefined, 'trotsky-1936.txt', { ...zinoviev, note: 'Tried in August 1936.\nShot.' });
    const r = parseSidecar(created, 's.yaml');
    assert.deepStrictEqual(r.problems, []);
    assert.strictEqual(r.sidecar?.text, 'trotsky-1936.txt');
    assert.match(created, /note: \|-?\n {6}Tried in August 1936\.\n {6}Shot\./);
    const filled = addAnnotation('version: 1\ntext: a.txt   # the text\nannotations: []\n', 'a.txt', zinoviev);
    assert.ok(filled.includes('text: a.txt   # the text'));
    assert.deepStrictEqual(
      annotations(filled).map((a) => a.id),
      ['d00d1e'],
    );
  });

  it('refuses a used id', () => {
    assert.throws(() => addAnnotation(HAND, 'trotsky-1936.txt', { ...zinoviev, id: 'a3f9c1' }), SidecarError);
  });
});

describe('removeAnnotation and renameEntityInSidecar', () => {
  it('removes just the item, comments above it stay', () => {
    const after = removeAnnotation(HAND, 'a3f9c1');
    assert.deepStrictEqual(
      annotations(after).map((a) => a.id),
      ['b71d02', 'c44e90'],
    );
    assert.ok(after.includes('# The ritual of confession.'));
    assert.deepStrictEqual(diff(HAND, after).added, []);
  });

  it('removing the last annotation leaves a valid empty list', () => {
    const one = 'version: 1\ntext: a.txt\nannotations:\n  - id: a1\n    kind: note\n    target: { exact: Kirov }\n';
    const after = removeAnnotation(one, 'a1');
    assert.deepStrictEqual(parseSidecar(after, 's.yaml').sidecar?.annotations, []);
  });

  it('renames every entity reference and nothing else', () => {
    const after = renameEntityInSidecar(HAND.replace('entity: goltzman', 'entity: kirov'), 'kirov', 'sergei-kirov');
    assert.deepStrictEqual(
      annotations(after).map((a) => a.entity),
      ['sergei-kirov', undefined, 'sergei-kirov'],
    );
    assert.strictEqual(diff(HAND.replace('entity: goltzman', 'entity: kirov'), after).added.length, 2);
  });
});

describe('newAnnotationId', () => {
  it('gives 6 hex characters, unique, never YAML numbers', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const id = newAnnotationId(seen);
      assert.match(id, /^[0-9a-f]{6}$/);
      assert.strictEqual(typeof parse(id), 'string', id);
      assert.ok(!seen.has(id));
      seen.add(id);
    }
  });
});
