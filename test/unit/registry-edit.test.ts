import * as assert from 'node:assert';
import { addAlias, addEntity } from '../../src/core/registry/edit-registry';
import { renameEntityInRegistry, renameEntityInSidecar } from '../../src/core/registry/rename-entity';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { RegistryError } from '../../src/core/registry/registry-error';
import { SidecarError } from '../../src/core/sidecar/sidecar-error';
import { diff } from './sidecar-line-diff';

const HAND = `# People of the 1936 trial.
version: 1
entities:
  - id: kirov                   # stable
    type: person
    name: Sergei Kirov
    aliases: [Kirov]
  # Defendants
  - id: zinoviev
    type: person
    name: Grigory Zinoviev      # Radomyslsky by birth
`;

describe('addEntity', () => {
  it('appends an entity without touching other lines', () => {
    const after = addEntity(HAND, {
      id: 'kamenev',
      type: 'person',
      name: 'Lev Kamenev',
      aliases: ['Kamenev'],
      born: '1883-07-18',
    });
    assert.deepStrictEqual(diff(HAND, after), {
      removed: [],
      added: ['  - id: kamenev', '    type: person', '    name: Lev Kamenev', '    aliases: [Kamenev]', '    born: 1883-07-18'],
    });
    assert.deepStrictEqual(
      parseRegistry(after, 'e.yaml').entities.map((e) => e.id),
      ['kirov', 'zinoviev', 'kamenev'],
    );
  });

  it('creates a registry when there is none', () => {
    const created = addEntity(undefined, {
      id: 'gpu',
      type: 'organisation',
      name: 'G.P.U.',
      aliases: [],
      note: 'The political police.\nLater NKVD.',
    });
    assert.match(created, /^version: 1\nentities:\n {2}- id: gpu\n/);
    const { entities, problems } = parseRegistry(created, 'e.yaml');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(entities[0].note, 'The political police.\nLater NKVD.');
  });

  it('refuses an unparsable registry, a taken id and a bad id', () => {
    assert.throws(() => addEntity(`${HAND}  - id: [\n`, { id: 'x', type: 'person', name: 'X', aliases: [] }), RegistryError);
    assert.throws(() => addEntity(HAND, { id: 'kirov', type: 'person', name: 'X', aliases: [] }), /already defined/);
    assert.throws(() => addEntity(HAND, { id: 'Kirov 2', type: 'person', name: 'X', aliases: [] }), /not a valid entity id/);
  });
});

describe('addAlias', () => {
  it('extends a flow list on its line; a new list where there was none', () => {
    const after = addAlias(HAND, 'kirov', 'S. M. Kirov');
    assert.deepStrictEqual(diff(HAND, after), {
      removed: ['    aliases: [Kirov]'],
      added: ['    aliases: [Kirov, S. M. Kirov]'],
    });
    const added = addAlias(HAND, 'zinoviev', 'Zinoviev');
    assert.deepStrictEqual(diff(HAND, added).added, ['    aliases: [Zinoviev]']);
    assert.strictEqual(addAlias(HAND, 'kirov', 'Kirov'), HAND);
  });
});

describe('rename', () => {
  it('renames the id in the registry, keeping its comment', () => {
    const after = renameEntityInRegistry(HAND, 'kirov', 'sergei-kirov');
    assert.deepStrictEqual(diff(HAND, after), {
      removed: ['  - id: kirov                   # stable'],
      added: ['  - id: sergei-kirov                   # stable'],
    });
  });

  it('refuses a new id that is taken or malformed', () => {
    assert.throws(() => renameEntityInRegistry(HAND, 'kirov', 'zinoviev'), /already defined/);
    assert.throws(() => renameEntityInRegistry(HAND, 'kirov', 'Sergei Kirov'), /not a valid entity id/);
    assert.throws(() => renameEntityInSidecar('version: 1\ntext: a.txt\nannotations: []\n', 'kirov', 'Kirov!'), SidecarError);
  });
});
