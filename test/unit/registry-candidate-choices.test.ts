import * as assert from 'node:assert';
import type { Entity, Mention } from '../../src/core/model';
import { applyCandidateChoices, describeCandidates, guessType } from '../../src/core/registry/candidate-choices';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { RegistryError } from '../../src/core/registry/registry-error';

const HAND = `# Kept by hand.
version: 1
entities:
  - id: kirov   # the victim
    type: person
    name: Sergei Kirov
    aliases: [Kirov]
`;
const KIROV: Entity = { id: 'kirov', type: 'person', name: 'Sergei Kirov', aliases: ['Kirov'] };

function mentionsOf(text: string, names: string[]): Mention[] {
  const out: Mention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      out.push({ kind: 'candidate', start: at, end: at + name.length, text: name });
  }
  return out.sort((a, b) => a.start - b.start);
}

describe('registry: candidate choices', () => {
  it('guesses a type from the name and from the words before its mentions, a person otherwise', () => {
    assert.strictEqual(guessType('Labour and Socialist International', []), 'organisation');
    assert.strictEqual(guessType('Moscow Trials', []), 'event');
    assert.strictEqual(guessType('Zurich', ['he lived in ', 'letters from ']), 'place');
    assert.strictEqual(guessType('Adler', ['said Comrade ', 'wrote to ']), 'person');
    assert.strictEqual(guessType('Beals', ['', 'and ']), 'person');
    assert.strictEqual(guessType('Zurich', ['in ', 'said ', 'and ', 'but ']), 'person', 'one cue in four is not enough');
  });

  it("takes the recognizer's guesses when the name's own words say nothing (Create Registry shows what the hover shows)", () => {
    assert.strictEqual(guessType('Kentucky', ['and ', 'the soil of '], ['place', 'place']), 'place');
    assert.strictEqual(guessType('Hanover', ['and '], ['place', 'person', 'place']), 'place');
    assert.strictEqual(guessType('Navy Department', [], ['person']), 'organisation', "the name's own words first");
    assert.strictEqual(guessType('Their Morals', ['he wrote ', 'the pamphlet '], ['person']), 'work');
    assert.strictEqual(guessType('Beals', ['and '], []), 'person');
    const text = 'The soil of Kentucky and Kentucky itself.';
    const mentions = mentionsOf(text, ['Kentucky']).map((m) => ({ ...m, guess: 'place' as const }));
    assert.strictEqual(describeCandidates([{ text, mentions }])[0].guess, 'place');
  });

  it('describes each candidate with its count, its guess and a line of its first context', () => {
    const text = 'Carleton Beals left the commission.\n\nIn Coyoacan the hearings went on; Beals wrote from Coyoacan later.';
    const [first, ...rest] = describeCandidates([{ text, mentions: mentionsOf(text, ['Carleton Beals', 'Coyoacan']) }]);
    const coyoacan = [first, ...rest].find((c) => c.name === 'Coyoacan');
    assert.ok(coyoacan);
    assert.strictEqual(coyoacan.count, 2);
    assert.strictEqual(coyoacan.guess, 'place');
    assert.match(coyoacan.context, /^In Coyoacan the hearings went on/, 'the context stays inside its paragraph');
    assert.ok(!coyoacan.context.includes('\n'));
    const beals = [first, ...rest].find((c) => c.name === 'Carleton Beals');
    assert.strictEqual(beals?.guess, 'person');
  });

  it('writes a different type for each name, and an alias, in one pass, keeping what was written by hand', () => {
    const result = applyCandidateChoices(
      HAND,
      [
        { name: 'Carleton Beals', type: 'person' },
        { name: 'Coyoacan', type: 'place' },
        { name: 'Dewey Commission', type: 'organisation' },
        { name: 'S. M. Kirov', aliasOf: 'kirov' },
      ],
      [KIROV],
    );
    assert.ok(result.text.startsWith('# Kept by hand.\nversion: 1\nentities:\n  - id: kirov   # the victim\n'), result.text);
    const parsed = parseRegistry(result.text, 'entities.yaml');
    const types = Object.fromEntries(parsed.entities.map((e) => [e.name, e.type]));
    assert.deepStrictEqual(types, {
      'Sergei Kirov': 'person',
      'Carleton Beals': 'person',
      Coyoacan: 'place',
      'Dewey Commission': 'organisation',
    });
    assert.deepStrictEqual(parsed.entities.find((e) => e.id === 'kirov')?.aliases, ['Kirov', 'S. M. Kirov']);
    assert.deepStrictEqual(result.aliased, [{ name: 'S. M. Kirov', id: 'kirov' }]);
    assert.deepStrictEqual(KIROV.aliases, ['Kirov'], 'the caller’s entities are not changed');
  });

  it('skips a known name and an alias of an unknown entity, and refuses a registry that does not parse', () => {
    const result = applyCandidateChoices(
      HAND,
      [
        { name: 'Kirov', type: 'place' },
        { name: 'Olberg', aliasOf: 'nobody' },
      ],
      [KIROV],
    );
    assert.strictEqual(result.text, HAND);
    assert.deepStrictEqual(
      result.skipped.map((s) => s.name),
      ['Kirov', 'Olberg'],
    );
    assert.throws(() => applyCandidateChoices('entities: [unclosed', [{ name: 'Olberg', type: 'person' }], []), RegistryError);
  });

  it('starts a registry when there is none', () => {
    const result = applyCandidateChoices(
      undefined,
      [
        { name: 'Olberg', type: 'person' },
        { name: 'Gorky Park', type: 'place' },
      ],
      [],
    );
    assert.deepStrictEqual(
      parseRegistry(result.text, 'entities.yaml').entities.map((e) => [e.id, e.type]),
      [
        ['olberg', 'person'],
        ['gorky-park', 'place'],
      ],
    );
  });
});
