import * as assert from 'node:assert';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { Registry } from '../../src/core/registry/registry';
import { ENTITY_TYPES } from '../../src/core/model';
import entitiesSchema from '../../schemas/entities.schema.json';

const REGISTRY = `version: 1
entities:
  - id: kirov                   # stable, lower-case, unique in the corpus
    type: person
    name: Sergei Kirov
    aliases: [Kirov, S. M. Kirov]
    born: 1886-03-27            # EDTF
    died: 1934-12-01
    note: |
      Leningrad party secretary; his murder opened the purges.
    links: { wikidata: Q186148 }
  - id: zinoviev
    type: person
    name: Grigory Zinoviev
    born: 1883
  - id: gpu
    type: organisation
    name: G.P.U.
    aliases: [GPU, OGPU]
`;

const where = (problems: { line: number; column: number; code: string }[]) =>
  problems.map((p) => `${p.line + 1}:${p.column + 1} ${p.code}`);

describe('parseRegistry', () => {
  it('reads an optional gender of a person, and reports one that is neither female nor male', () => {
    const ok = parseRegistry(
      'version: 1\nentities:\n  - id: astor\n    type: person\n    name: Nancy Astor\n    gender: female\n',
      'entities.yaml',
    );
    assert.deepStrictEqual(ok.problems, []);
    assert.strictEqual(ok.entities[0].gender, 'female');
    const bad = parseRegistry(
      'version: 1\nentities:\n  - id: astor\n    type: person\n    name: Nancy Astor\n    gender: f\n',
      'entities.yaml',
    );
    assert.strictEqual(bad.entities.length, 0);
    assert.ok(bad.problems.length > 0);
  });

  it('reads entities with their source line; a bare year becomes an EDTF string', () => {
    const { entities, problems } = parseRegistry(REGISTRY, 'corpus/entities.yaml');
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(entities[0], {
      id: 'kirov',
      type: 'person',
      name: 'Sergei Kirov',
      aliases: ['Kirov', 'S. M. Kirov'],
      born: '1886-03-27',
      died: '1934-12-01',
      note: 'Leningrad party secretary; his murder opened the purges.\n',
      links: { wikidata: 'Q186148' },
      source: { file: 'corpus/entities.yaml', line: 2 },
    });
    assert.deepStrictEqual(
      entities.map((e) => [e.id, e.source?.line, e.born]),
      [
        ['kirov', 2, '1886-03-27'],
        ['zinoviev', 11, '1883'],
        ['gpu', 15, undefined],
      ],
    );
    assert.deepStrictEqual(entities[1].aliases, []);
  });

  const cases: { name: string; text: string; problems: string[]; ids: string[]; message: RegExp }[] = [
    {
      name: 'a wrong type names the allowed ones and the fix',
      text: REGISTRY.replace('type: organisation', 'type: organization'),
      problems: ['17:5 schema'],
      ids: ['kirov', 'zinoviev'],
      message: /^'type' must be one of person, place, organisation, event, work — fix the value or remove the entity/,
    },
    {
      name: 'an upper-case id',
      text: REGISTRY.replace('id: gpu', 'id: GPU'),
      problems: ['16:5 schema'],
      ids: ['kirov', 'zinoviev'],
      message: /'id' must be lower-case letters/,
    },
    {
      name: 'a missing name points at the item',
      text: REGISTRY.replace('    name: Grigory Zinoviev\n', ''),
      problems: ['12:5 schema'],
      ids: ['kirov', 'gpu'],
      message: /missing 'name'/,
    },
    {
      name: 'a syntax error reads nothing and says where',
      text: REGISTRY.replace('aliases: [GPU, OGPU]', 'aliases: [GPU, OGPU'),
      problems: ['20:1 yaml-syntax'],
      ids: [],
      message: /fix the YAML syntax/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { entities, problems } = parseRegistry(c.text, 'entities.yaml');
      assert.deepStrictEqual(where(problems), c.problems);
      assert.deepStrictEqual(
        entities.map((e) => e.id),
        c.ids,
      );
      assert.match(problems[0].message, c.message);
    });
  }
});

describe('entities.schema.json', () => {
  it('allows exactly the entity types of the model', () => {
    assert.deepStrictEqual(entitiesSchema.definitions.entity.properties.type.enum, [...ENTITY_TYPES]);
  });
});

describe('Registry', () => {
  it('merges registries and reports an id defined twice at both places', () => {
    const a = parseRegistry(REGISTRY, 'a/entities.yaml');
    const b = parseRegistry(
      'version: 1\nentities:\n  - id: trotsky\n    type: person\n    name: Leon Trotsky\n  - id: kirov\n    type: person\n    name: Kirov\n',
      'b/entities.yaml',
    );
    const registry = new Registry([
      { file: 'a/entities.yaml', ...a },
      { file: 'b/entities.yaml', ...b },
    ]);
    assert.deepStrictEqual(
      registry.all().map((e) => e.id),
      ['kirov', 'zinoviev', 'gpu', 'trotsky'],
    );
    assert.strictEqual(registry.byId('kirov')?.name, 'Sergei Kirov');
    assert.strictEqual(registry.byId('stalin'), undefined);
    assert.deepStrictEqual(
      registry.problems().map((p) => `${p.file}:${p.line + 1} ${p.code}`),
      ['a/entities.yaml:3 duplicate-entity', 'b/entities.yaml:6 duplicate-entity'],
    );
    assert.match(registry.problems()[0].message, /also defined at b\/entities\.yaml:6 — rename one/);
  });
});
