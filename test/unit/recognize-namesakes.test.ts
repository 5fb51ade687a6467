import * as assert from 'node:assert';
import type { Entity } from '../../src/core/model';
import { NameMatcher, recognize } from '../../src/core/recognize';

const person = (id: string, name: string, aliases: string[]): Entity => ({ id, type: 'person', name, aliases });
const NAMES = new NameMatcher([
  person('john-adams', 'John Adams', ['Adams', 'J. Adams']),
  person('oliver-cromwell', 'Oliver Cromwell', ['Cromwell']),
  person('hamilton', 'Alexander Hamilton', ['Hamilton']),
  person('lincoln', 'Abraham Lincoln', ['Lincoln', 'A. Lincoln']),
]);

/** "words => entity" for linked names, "words ~ reason" for candidates that carry a reason. */
const read = (text: string): string[] =>
  recognize(text, NAMES, { kinds: ['name', 'candidate'] })
    .filter((m) => m.entity || m.reason)
    .map((m) => (m.entity ? `${m.text} => ${m.entity}` : `${m.text} ~ ${m.reason}`));

describe('recognize: namesakes of registry persons', () => {
  it('another given name before a surname is another person: a candidate with the reason, not a link', () => {
    assert.deepStrictEqual(read('Samuel Adams spoke first; then John Adams answered, and Adams won.'), [
      'Samuel Adams ~ not linked: another given name',
      'John Adams => john-adams',
      'Adams => john-adams',
    ]);
    assert.deepStrictEqual(read('Thomas Cromwell served the king long before Cromwell the Protector.'), [
      'Thomas Cromwell ~ not linked: another given name',
      'Cromwell => oliver-cromwell',
    ]);
  });

  it("other initials are another person; the entity's own initials are not", () => {
    assert.deepStrictEqual(read('S. Adams wrote to A. Lincoln and to J. Q. Adams.'), [
      'S. Adams ~ not linked: other initials',
      'A. Lincoln => lincoln',
      'J. Q. Adams ~ not linked: other initials',
    ]);
  });

  it('at a sentence start only a known given name is another person; any word is capitalised there', () => {
    assert.deepStrictEqual(read('Against Adams the vote went badly. Thomas Cromwell came.'), [
      'Adams => john-adams',
      'Thomas Cromwell ~ not linked: another given name',
    ]);
    const de = (text: string): string[] =>
      recognize(text, NAMES, { kinds: ['name'], lang: 'de' }).map((m) => `${m.text} => ${m.entity}`);
    assert.deepStrictEqual(de('Laut Adams war alles beschlossen.'), ['Adams => john-adams']);
    assert.deepStrictEqual(de('Nach Cromwell kam der König.'), ['Cromwell => oliver-cromwell']);
  });

  it('German and French offices before a surname keep the link; a rank does not say it is the same person', () => {
    const de = (text: string): string[] =>
      recognize(text, NAMES, { kinds: ['name'], lang: 'de' }).map((m) => `${m.text} => ${m.entity}`);
    assert.deepStrictEqual(de('Dann sprach der Angeklagte Adams lange.'), ['Adams => john-adams']);
    assert.deepStrictEqual(de('Dann fragte der Staatsanwalt Cromwell nichts.'), ['Cromwell => oliver-cromwell']);
    assert.deepStrictEqual(de('Dann kam der Oberst Adams herein.'), []);
  });

  it('a surname in a place or street name is not the person', () => {
    assert.deepStrictEqual(
      read('They walked up Hamilton Ave. and along the Hamilton road to the cathedral of the Bishop of Lincoln.'),
      [],
    );
  });

  it("negative: titles, common words and the entity's own names keep the link", () => {
    assert.deepStrictEqual(read('Secretary Hamilton and Congressman Lincoln met Speaker Adams.'), [
      'Hamilton => hamilton',
      'Lincoln => lincoln',
      'Adams => john-adams',
    ]);
    assert.deepStrictEqual(
      read('President Lincoln spoke. When Lincoln left, Abraham Lincoln was tired. Later Hamilton wrote; later still, Adams.'),
      ['Lincoln => lincoln', 'Lincoln => lincoln', 'Abraham Lincoln => lincoln', 'Hamilton => hamilton', 'Adams => john-adams'],
    );
  });

  it('an honorific of the other gender is another person: a candidate with the reason', () => {
    const names = new NameMatcher([
      { ...person('john-adams', 'John Adams', ['Adams']), gender: 'male' },
      { ...person('nancy-astor', 'Nancy Astor', ['Astor']), gender: 'female' },
      // No gender field: the title in an alias says it.
      person('pankhurst', 'Emmeline Pankhurst', ['Pankhurst', 'Mrs. Pankhurst']),
    ]);
    const got = (text: string): string[] =>
      recognize(text, names, { kinds: ['name', 'candidate'] })
        .filter((m) => m.entity || m.reason)
        .map((m) => (m.entity ? `${m.text} => ${m.entity}` : `${m.text} ~ ${m.reason}`));
    assert.deepStrictEqual(got('Mrs. Adams wrote to her husband; Lady Adams was no relation.'), [
      "Mrs. Adams ~ not linked: a woman's title",
      "Lady Adams ~ not linked: a woman's title",
    ]);
    assert.deepStrictEqual(got('Lord Astor and Mr. Pankhurst sat near Astor.'), [
      "Lord Astor ~ not linked: a man's title",
      "Mr. Pankhurst ~ not linked: a man's title",
      'Astor => nancy-astor',
    ]);
  });

  it('negative: an honorific of the same gender, or any honorific when the gender is unknown, keeps the link', () => {
    const names = new NameMatcher([
      { ...person('john-adams', 'John Adams', ['Adams']), gender: 'male' },
      { ...person('nancy-astor', 'Nancy Astor', ['Astor']), gender: 'female' },
      // The given name is on both lists (Evelyn Waugh, Evelyn Baring's daughters) or on neither: no gender.
      person('waugh', 'Evelyn Waugh', ['Waugh']),
      person('trotsky', 'Лев Троцкий', ['Троцкий', 'Trotsky']),
      // A lone surname says nothing either.
      person('cromwell', 'Cromwell', []),
    ]);
    const got = (text: string): string[] =>
      recognize(text, names, { kinds: ['name', 'candidate'] })
        .filter((m) => m.entity || m.reason)
        .map((m) => (m.entity ? `${m.text} => ${m.entity}` : `${m.text} ~ ${m.reason}`));
    assert.deepStrictEqual(got('Mr. Adams met Lady Astor, Mrs. Astor and Mrs. Cromwell, Mrs. Waugh and Mrs. Trotsky.'), [
      'Adams => john-adams',
      'Astor => nancy-astor',
      'Astor => nancy-astor',
      'Cromwell => cromwell',
      'Waugh => waugh',
      'Trotsky => trotsky',
    ]);
  });

  it("with no gender in the registry, the entity's given name tells it (stdlib lists of male and female first names)", () => {
    const names = new NameMatcher([
      person('oliver-cromwell', 'Oliver Cromwell', ['Cromwell']),
      person('elizabeth-fry', 'Elizabeth Fry', ['Fry']),
      // The registry's own word wins over the given name.
      { ...person('george-sand', 'George Sand', ['Sand']), gender: 'female' },
    ]);
    const got = (text: string): string[] =>
      recognize(text, names, { kinds: ['name', 'candidate'] })
        .filter((m) => m.entity || m.reason)
        .map((m) => (m.entity ? `${m.text} => ${m.entity}` : `${m.text} ~ ${m.reason}`));
    assert.deepStrictEqual(got('Lady Cromwell and Mr. Fry came; Madame Sand and Lord Cromwell stayed with Mrs. Fry.'), [
      "Lady Cromwell ~ not linked: a woman's title",
      "Mr. Fry ~ not linked: a man's title",
      'Sand => george-sand',
      'Cromwell => oliver-cromwell',
      'Fry => elizabeth-fry',
    ]);
  });
});
