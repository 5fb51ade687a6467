import * as assert from 'node:assert';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';

const GOOD = `version: 1
text: trotsky-1936.txt
annotations:
  - id: a3f9c1                  # stable, never reused
    kind: confession
    target:
      exact: "admitted a little fact"
      prefix: "Today “A” "
      suffix: ". If “B” does"
      start: 6120
      end: 6142
    entity: goltzman
    note: |
      The pattern of the trials: each admits a little more.
    tags: [contradiction]
    created: 2026-11-27T10:00:00Z
  - id: b71d02
    kind: note
    target: { exact: Reingold, start: 7003, end: 7011 }
    orphaned: true
`;

/** Problems as 'line:col code' (1-based, as printed), for compact tables. */
const where = (r: ReturnType<typeof parseSidecar>) => r.problems.map((p) => `${p.line + 1}:${p.column + 1} ${p.code}`);

describe('parseSidecar', () => {
  it('reads annotations with their item lines', () => {
    const r = parseSidecar(GOOD, 'trotsky-1936.txt.annotations.yaml');
    assert.deepStrictEqual(r.problems, []);
    assert.strictEqual(r.sidecar?.text, 'trotsky-1936.txt');
    assert.deepStrictEqual(
      r.sidecar?.annotations.map((a) => a.id),
      ['a3f9c1', 'b71d02'],
    );
    assert.deepStrictEqual(
      [...r.sidecar!.lines],
      [
        ['a3f9c1', 3],
        ['b71d02', 16],
      ],
    );
    const [first, second] = r.sidecar!.annotations;
    assert.strictEqual(first.created, '2026-11-27T10:00:00Z');
    assert.strictEqual(first.note, 'The pattern of the trials: each admits a little more.\n');
    assert.strictEqual(second.orphaned, true);
  });

  const bad: { name: string; text: string; problems: string[]; ids?: string[]; message?: RegExp }[] = [
    {
      name: 'a syntax error gives no sidecar and its position',
      text: 'version: 1\ntext: a.txt\nannotations:\n  - id: x\n    target: [unclosed\n',
      problems: ['6:1 yaml-syntax'],
      message: /fix the YAML syntax/,
    },
    {
      name: 'a wrong header gives no sidecar',
      text: 'version: 2\ntext: a.txt\nannotations: []\n',
      problems: ['1:1 schema'],
      message: /'version' must be 1/,
    },
    {
      name: 'an invalid annotation is skipped, the others kept',
      ids: ['b71d02'],
      text: GOOD.replace('start: 6120', 'start: -5'),
      problems: ['10:7 schema'],
      message: /'start' must be 0 or more — fix the value or remove the annotation/,
    },
    {
      name: 'a missing target points at the item',
      ids: ['b71d02'],
      text: GOOD.replace(/ {4}target:\n(.*\n){5}/, ''),
      problems: ['4:5 schema'],
      message: /missing 'target'/,
    },
    {
      name: 'an unknown key is a warning and keeps the annotation',
      ids: ['a3f9c1', 'b71d02'],
      text: GOOD.replace('    entity: goltzman', '    entitiy: goltzman'),
      problems: ['12:5 schema-unknown-key'],
      message: /unknown key 'entitiy'/,
    },
    {
      name: 'a numeric id must be quoted',
      ids: ['b71d02'],
      text: GOOD.replace('id: a3f9c1', 'id: 123456'),
      problems: ['4:5 schema'],
      message: /'id' must be a string/,
    },
    {
      name: 'a duplicate id keeps the first',
      ids: ['a3f9c1'],
      text: GOOD.replace('id: b71d02', 'id: a3f9c1'),
      problems: ['4:5 duplicate-annotation', '17:5 duplicate-annotation'],
      message: /also used at line 17/,
    },
  ];
  for (const c of bad) {
    it(c.name, () => {
      const r = parseSidecar(c.text, 's.yaml');
      assert.deepStrictEqual(where(r), c.problems);
      assert.deepStrictEqual(
        r.sidecar?.annotations.map((a) => a.id),
        c.ids,
      );
      if (c.message) assert.match(r.problems[0].message, c.message);
    });
  }

  it('counts lines after a BOM and on CRLF line endings', () => {
    const text = `\ufeff${GOOD.replace('start: 6120', 'start: x').replace(/\n/g, '\r\n')}`;
    assert.deepStrictEqual(where(parseSidecar(text, 's.yaml')), ['10:7 schema']);
  });

  it('refuses an alias-expansion bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const r = parseSidecar(lines.join('\n'), 's.yaml');
    assert.strictEqual(r.sidecar, undefined);
    assert.deepStrictEqual(
      r.problems.map((p) => p.code),
      ['yaml-unreadable'],
    );
  });

  it('refuses deep nesting and huge files with a clear message', () => {
    const deep = parseSidecar(`x: ${'['.repeat(5000)}${']'.repeat(5000)}`, 's.yaml');
    assert.strictEqual(deep.sidecar, undefined);
    assert.deepStrictEqual(
      deep.problems.map((p) => p.code),
      ['yaml-unreadable'],
    );
    assert.match(deep.problems[0].message, /too deep/);
    const huge = parseSidecar(`version: 1\nnote: "${'x'.repeat(21 * 1024 * 1024)}"\n`, 's.yaml');
    assert.deepStrictEqual(
      huge.problems.map((p) => p.code),
      ['too-large'],
    );
    assert.match(huge.problems[0].message, /limit.*split/);
  });
});
