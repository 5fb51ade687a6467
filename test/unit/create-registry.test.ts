import * as assert from 'node:assert';
import type { Entity, Mention } from '../../src/core/model';
import { addCandidatesToRegistry, groupCandidates, normalizeName } from '../../src/core/registry/candidates-to-registry';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { RegistryError } from '../../src/core/registry/registry-error';
import { createScanner } from '../../src/core/corpus/scanner';

const candidate = (text: string, start = 0): Mention => ({ kind: 'candidate', start, end: start + text.length, text });

const HAND = `# People of the 1936 trial.
version: 1
entities:
  - id: kirov                   # stable
    type: person
    name: Sergei Kirov
    aliases: [Kirov]
`;
const KIROV: Entity = { id: 'kirov', type: 'person', name: 'Sergei Kirov', aliases: ['Kirov'] };

describe('groupCandidates', () => {
  const cases: { title: string; texts: Mention[][]; expected: { name: string; count: number; texts: number }[] }[] = [
    {
      title: 'counts each name across texts, most frequent first, ties by name',
      texts: [
        [candidate('Goltzman'), candidate('Olberg', 20), candidate('Goltzman', 40)],
        [candidate('Olberg'), candidate('Goltzman', 30), candidate('Bakaev', 50)],
      ],
      expected: [
        { name: 'Goltzman', count: 3, texts: 2 },
        { name: 'Olberg', count: 2, texts: 2 },
        { name: 'Bakaev', count: 1, texts: 1 },
      ],
    },
    {
      title: 'a name broken over two lines is the same name; other kinds are not candidates',
      texts: [
        [
          candidate('Ivan\nSmirnov'),
          candidate('Ivan Smirnov', 30),
          { kind: 'person', start: 50, end: 55, text: 'Kirov', entity: 'kirov' },
          { kind: 'date', start: 60, end: 64, text: '1936' },
        ],
      ],
      expected: [{ name: 'Ivan Smirnov', count: 2, texts: 1 }],
    },
    { title: 'no texts, no candidates', texts: [], expected: [] },
  ];
  for (const { title, texts, expected } of cases) {
    it(title, () => assert.deepStrictEqual(groupCandidates(texts), expected));
  }

  it('groups what the scanner finds in real sentences', () => {
    const scan = createScanner([KIROV], { dayFirst: true, julianBefore: '1918-02-14' });
    const texts = [
      'Dr. Ciliga was in a Soviet prison when Kirov was killed; Jules Romains signed the protest.',
      'Jules Romains and D. N. Pritt read the same record in different ways.',
    ];
    const groups = groupCandidates(texts.map(scan));
    assert.deepStrictEqual(
      groups.find((c) => c.name === 'Jules Romains'),
      { name: 'Jules Romains', count: 2, texts: 2 },
      `candidates: ${groups.map((c) => c.name).join(', ')}`,
    );
    assert.ok(groups.some((c) => c.name === 'D. N. Pritt'));
    assert.ok(!groups.some((c) => c.name.includes('Kirov')), 'a registry name is no candidate');
  });
});

describe('normalizeName', () => {
  for (const [raw, expected] of [
    ['  Ivan\r\n  Smirnov ', 'Ivan Smirnov'],
    ['G.P.U.', 'G.P.U.'],
    ['\n', ''],
  ]) {
    it(JSON.stringify(raw), () => assert.strictEqual(normalizeName(raw), expected));
  }
});

describe('addCandidatesToRegistry', () => {
  it('appends the names as entities of one type, keeping comments', () => {
    const { text, added, skipped } = addCandidatesToRegistry(HAND, ['Goltzman', 'White Guard'], 'person', [KIROV]);
    assert.ok(text.startsWith(HAND), 'what the user wrote stays as it was');
    assert.deepStrictEqual(
      added.map((e) => [e.id, e.type, e.name]),
      [
        ['goltzman', 'person', 'Goltzman'],
        ['white-guard', 'person', 'White Guard'],
      ],
    );
    assert.deepStrictEqual(skipped, []);
    const parsed = parseRegistry(text, 'entities.yaml');
    assert.deepStrictEqual(parsed.problems, []);
    assert.deepStrictEqual(
      parsed.entities.map((e) => e.id),
      ['kirov', 'goltzman', 'white-guard'],
    );
  });

  it('creates a registry when there is none', () => {
    const { text, added } = addCandidatesToRegistry(undefined, ['G.P.U.'], 'organisation', []);
    assert.deepStrictEqual(
      added.map((e) => e.id),
      ['g-p-u'],
    );
    assert.match(text, /^version: 1\nentities:\n/);
    assert.deepStrictEqual(
      parseRegistry(text, 'entities.yaml').entities.map((e) => [e.id, e.type, e.name]),
      [['g-p-u', 'organisation', 'G.P.U.']],
    );
  });

  it('makes ids unique against the registry and each other', () => {
    const taken: Entity[] = [{ id: 'smirnov', type: 'person', name: 'Smirnov', aliases: [] }];
    const { added } = addCandidatesToRegistry(undefined, ['Smírnov!', 'smirnov?'], 'person', taken);
    assert.deepStrictEqual(
      added.map((e) => e.id),
      ['smirnov-2', 'smirnov-3'],
    );
  });

  it('skips names the registry already knows (by name or alias, any case) and repeated names', () => {
    const { added, skipped } = addCandidatesToRegistry(HAND, ['kirov', 'Sergei  Kirov', 'Olberg', 'Olberg'], 'person', [KIROV]);
    assert.deepStrictEqual(
      added.map((e) => e.name),
      ['Olberg'],
    );
    assert.deepStrictEqual(
      skipped.map((s) => s.name),
      ['kirov', 'Sergei Kirov', 'Olberg'],
    );
  });

  it('refuses a registry that does not parse, rather than rewrite it', () => {
    assert.throws(() => addCandidatesToRegistry(`${HAND}  - id: [\n`, ['Olberg'], 'person', [KIROV]), RegistryError);
  });
});
