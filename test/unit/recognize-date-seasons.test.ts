import * as assert from 'node:assert';
import { findDates } from '../../src/core/recognize/dates';
import { seasonYear } from '../../src/core/recognize/date-seasons';

const read = (text: string): string[] => findDates(text).map((d) => `${d.text} => ${d.value}`);

describe('recognize: seasons without a year', () => {
  it('"last", "next" and "this" count from the heading', () => {
    assert.deepStrictEqual(
      read('From the message of January 1946.\n\nThey met last spring, will meet next summer; this winter is cold.'),
      ['January 1946 => 1946-01', 'spring => 1945-21', 'summer => 1946-22', 'winter => 1945-24'],
    );
    assert.deepStrictEqual(read('Letter of 3 March 1850.\n\nLast winter was hard, and last autumn wet.'), [
      '3 March 1850 => 1850-03-03',
      'winter => 1849-24',
      'autumn => 1849-23',
    ]);
  });

  it('"in the spring", "the autumn of that year" take the paragraph\'s year', () => {
    assert.deepStrictEqual(read('In 1848 the army marched in the spring, and in the autumn of that year it rested.'), [
      '1848 => 1848',
      'spring => 1848-21',
      'autumn => 1848-23',
    ]);
  });

  it('negative: no year to give, "the fall of", a spring of water, a season with its own year', () => {
    assert.deepStrictEqual(read('The crops failed last summer, in the winter.'), []);
    assert.deepStrictEqual(
      read('In 1848 the fall of the ministry came; a spring of water; a summer house; in the spring of 1850.'),
      ['1848 => 1848', 'the spring of 1850 => 1850-21'],
    );
  });

  it('counts the last and next season over the turn of the year', () => {
    assert.strictEqual(seasonYear(24, { y: 1946, m: 1 }, 'last'), 1944, 'in January the winter begun in December is not over');
    assert.strictEqual(seasonYear(24, { y: 1946, m: 3 }, 'last'), 1945);
    assert.strictEqual(seasonYear(23, { y: 1850, m: 9 }, 'last'), 1849);
    assert.strictEqual(seasonYear(21, { y: 1850, m: 12 }, 'next'), 1851);
    assert.strictEqual(seasonYear(24, { y: 1850, m: 11 }, 'next'), 1850);
  });
});
