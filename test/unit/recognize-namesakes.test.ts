import * as assert from 'node:assert';
import type { Entity } from '../../src/core/model';
import { NameMatcher, recognize } from '../../src/core/recognize';

const person = (id: string, name: string, aliases: string[]): Entity => ({ id, type: 'person', name, aliases });
const NAMES = new NameMatcher([
  person('john-adams', 'John Adams', ['Adams', 'J. Adams']), person('oliver-cromwell', 'Oliver Cromwell', ['Cromwell']),
  person('hamilton', 'Alexander Hamilton', ['Hamilton']), person('lincoln', 'Abraham Lincoln', ['Lincoln', 'A. Lincoln']),
]);

/** "words => entity" for linked names, "words ~ reason" for candidates that carry a reason. */
const read = (text: string): string[] => recognize(text, NAMES, { kinds: ['name', 'candidate'] })
  .filter((m) => m.entity || m.reason).map((m) => (m.entity ? `${m.text} => ${m.entity}` : `${m.text} ~ ${m.reason}`));

describe('recognize: namesakes of registry persons', () => {
  it('another given name before a surname is another person: a candidate with the reason, not a link', () => {
    assert.deepStrictEqual(read('Samuel Adams spoke first; then John Adams answered, and Adams won.'),
      ['Samuel Adams ~ not linked: another given name', 'John Adams => john-adams', 'Adams => john-adams']);
    assert.deepStrictEqual(read('Thomas Cromwell served the king long before Cromwell the Protector.'),
      ['Thomas Cromwell ~ not linked: another given name', 'Cromwell => oliver-cromwell']);
  });

  it('other initials are another person; the entity\'s own initials are not', () => {
    assert.deepStrictEqual(read('S. Adams wrote to A. Lincoln and to J. Q. Adams.'),
      ['S. Adams ~ not linked: other initials', 'A. Lincoln => lincoln', 'J. Q. Adams ~ not linked: other initials']);
  });

  it('a surname in a place or street name is not the person', () => {
    assert.deepStrictEqual(read('They walked up Hamilton Ave. and along the Hamilton road to the cathedral of the Bishop of Lincoln.'), []);
  });

  it('negative: titles, common words and the entity\'s own names keep the link', () => {
    assert.deepStrictEqual(read('Secretary Hamilton and Congressman Lincoln met Speaker Adams.'),
      ['Hamilton => hamilton', 'Lincoln => lincoln', 'Adams => john-adams']);
    assert.deepStrictEqual(read('President Lincoln spoke. When Lincoln left, Abraham Lincoln was tired. Later Hamilton wrote; later still, Adams.'),
      ['Lincoln => lincoln', 'Lincoln => lincoln', 'Abraham Lincoln => lincoln', 'Hamilton => hamilton', 'Adams => john-adams']);
  });
});
