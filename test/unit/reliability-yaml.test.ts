// Sidecars and registries that are broken or built to hurt: a Problem with file, line and fix, in bounded time; never a crash.
import * as assert from 'node:assert';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { Registry } from '../../src/core/registry/registry';
import { addAnnotation, updateAnnotation } from '../../src/core/sidecar/edit-sidecar';
import { SidecarError } from '../../src/core/sidecar/sidecar-error';
import type { Annotation, Problem } from '../../src/core/model';

const HEADER = 'version: 1\ntext: trotsky-1936-moscow-confessions.txt\n';
const ONE = `${HEADER}annotations:
  - id: c67dad
    kind: confession
    target: { exact: "in 1929 drew up", start: 4410, end: 4425 }
    note: Smirnov's declaration.
`;

/** 'line:col code' (1-based, as printed) of each problem. */
const at = (problems: Problem[]) => problems.map((p) => `${p.line + 1}:${p.column + 1} ${p.code}`);

/** The classic "billion laughs": nine levels of nine aliases each, 10^9 strings if expanded. */
function billionLaughs(): string {
  let yaml = `${HEADER}lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
  for (let i = 1; i < 10; i++)
    yaml += `lol${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  return `${yaml}annotations: []\n`;
}

const NEW: Annotation = { id: 'f00d42', kind: 'note', target: { exact: 'Hotel Bristol', start: 100, end: 113 } };

describe('reliability: broken and hostile YAML', () => {
  const broken: { name: string; yaml: string; problems: string[]; message: RegExp }[] = [
    {
      name: 'a syntax error',
      yaml: ONE.replace('target: {', 'target: {{'),
      problems: ['7:5 yaml-syntax'],
      message: /fix the YAML syntax/,
    },
    {
      name: 'wrong types',
      yaml: `${HEADER}annotations: { c67dad: confession }\n`,
      problems: ['3:1 schema'],
      message: /'annotations' must be an array — fix/,
    },
    {
      name: 'an unknown version',
      yaml: ONE.replace('version: 1', 'version: 3'),
      problems: ['1:1 schema'],
      message: /'version' must be 1 — fix/,
    },
    {
      name: 'a duplicate id',
      yaml: ONE + ONE.split('annotations:\n')[1],
      problems: ['4:5 duplicate-annotation', '8:5 duplicate-annotation'],
      message: /also used at line 8 — give one of them a new id/,
    },
    { name: 'an alias bomb', yaml: billionLaughs(), problems: ['1:1 yaml-unreadable'], message: /at most 100 aliases/ },
    {
      name: '100,000 nested [',
      yaml: `${HEADER}annotations: ${'['.repeat(100_000)}`,
      problems: ['3:1014 yaml-unreadable'],
      message: /nesting is too deep/,
    },
    {
      name: '100,000 nested { and ]',
      yaml: `${HEADER}annotations: ${'{a: ['.repeat(50_000)}`,
      problems: ['3:2514 yaml-unreadable'],
      message: /nesting is too deep/,
    },
  ];
  for (const c of broken) {
    it(`${c.name}: a Problem naming file, line and fix; an edit refuses to touch it`, function () {
      this.timeout(10_000);
      const { problems } = parseSidecar(c.yaml, 'trotsky.txt.annotations.yaml');
      assert.deepStrictEqual(at(problems), c.problems);
      assert.ok(problems.every((p) => p.file === 'trotsky.txt.annotations.yaml'));
      assert.match(problems[0].message, c.message);
      // The writers refuse rather than replace what they cannot read.
      assert.throws(() => addAnnotation(c.yaml, 'trotsky.txt', NEW), SidecarError);
      assert.throws(() => updateAnnotation(c.yaml, 'c67dad', { note: 'x' }), SidecarError);
    });
  }

  it('a 50 MB sidecar is refused by size with a message, quickly', function () {
    this.timeout(20_000);
    const item = ONE.split('annotations:\n')[1];
    const yaml = HEADER + 'annotations:\n' + item.repeat(Math.ceil((50 * 1024 * 1024) / item.length));
    const started = Date.now();
    const { sidecar, problems } = parseSidecar(yaml, 'big.annotations.yaml');
    assert.strictEqual(sidecar, undefined);
    assert.deepStrictEqual(at(problems), ['1:1 too-large']);
    assert.match(problems[0].message, /over the 20 MB limit; not read — split it/);
    assert.throws(() => addAnnotation(yaml, 'big.txt', NEW), SidecarError);
    assert.ok(Date.now() - started < 15_000, 'refused without parsing');
  });

  it('a registry defining an id twice: a Problem at both places, the first definition still used', () => {
    const a = parseRegistry(
      'version: 1\nentities:\n  - id: kirov\n    type: person\n    name: Sergei Kirov\n',
      'a/entities.yaml',
    );
    const b = parseRegistry(
      'version: 1\nentities:\n  - id: radek\n    type: person\n    name: Karl Radek\n  - id: kirov\n    type: place\n    name: Kirov (city)\n',
      'b/entities.yaml',
    );
    const registry = new Registry([
      { file: 'a/entities.yaml', ...a },
      { file: 'b/entities.yaml', ...b },
    ]);
    assert.deepStrictEqual(
      registry.problems().map((p) => `${p.file}:${p.line + 1} ${p.code}`),
      ['a/entities.yaml:3 duplicate-entity', 'b/entities.yaml:6 duplicate-entity'],
    );
    assert.match(registry.problems()[0].message, /also defined at b\/entities\.yaml:6 — rename one of them/);
    assert.strictEqual(registry.byId('kirov')?.name, 'Sergei Kirov');
    assert.strictEqual(registry.byId('radek')?.name, 'Karl Radek', 'the rest of the registry keeps working');
  });

  it('a registry entity of the wrong type is left out with a Problem; the others load', () => {
    const r = parseRegistry(
      'version: 1\nentities:\n  - id: kirov\n    type: saint\n    name: Sergei Kirov\n  - id: radek\n    type: person\n    name: Karl Radek\n',
      'entities.yaml',
    );
    assert.deepStrictEqual(
      r.entities.map((e) => e.id),
      ['radek'],
    );
    assert.strictEqual(r.problems.length, 1);
    assert.strictEqual(r.problems[0].line, 3);
    assert.match(r.problems[0].message, /type/);
  });

  it('an alias bomb in a registry loads nothing and says why', () => {
    const r = parseRegistry(
      billionLaughs()
        .replace(/^text:.*\n/m, '')
        .replace('annotations: []', 'entities: []'),
      'entities.yaml',
    );
    assert.deepStrictEqual([r.entities.length, r.problems.map((p) => p.code)], [0, ['yaml-unreadable']]);
  });
});
