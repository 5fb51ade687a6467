import * as assert from 'node:assert';
import { NameMatcher, recognize } from '../../src/core/recognize';

const NONE = new NameMatcher([]);
const candidates = (text: string): string[] =>
  recognize(text, NONE, { kinds: ['candidate'] })
    .filter((m) => m.kind === 'candidate')
    .map((m) => `${m.text} | ${m.guess}`);

describe('recognize: discovery of names with no registry', () => {
  it('finds countries and regions from the CLDR gazetteer, single words and several', () => {
    assert.deepStrictEqual(candidates('Our relations with France and the United States are good; trade with Europe grew.'), [
      'France | place',
      'United States | place',
      'Europe | place',
    ]);
  });

  it('finds a single capitalised word after a preposition of place, and place names opened by Great, New or closed by Mountains', () => {
    assert.deepStrictEqual(
      candidates(
        'The blockade off Charleston held. Troops from Kentucky went west to the Rocky Mountains, and ships sailed from New York for Great Britain.',
      ),
      ['Charleston | place', 'Kentucky | place', 'Rocky Mountains | place', 'New York | place', 'Great Britain | place'],
    );
  });

  it('guesses organisations and persons from their words', () => {
    assert.deepStrictEqual(
      candidates('The Navy Department and the Pacific Railroad wrote to Congress; Admiral Tordenskiold answered.'),
      [
        'Navy Department | organisation',
        'Pacific Railroad | organisation',
        'Congress | organisation',
        'Admiral Tordenskiold | person',
      ],
    );
  });

  it('negative: months, function words, words also in small letters, peoples, adjectives and parts of longer names are not candidates', () => {
    assert.deepStrictEqual(
      candidates(
        'It came in March. In Spring, in spring. A generation of Americans of African descent. The message of James K. Polk.',
      ),
      [],
    );
  });
});
