import * as assert from 'node:assert';
import { findDates } from '../../src/core/recognize/dates';

const read = (text: string): string[] => findDates(text).map((d) => `${d.text} => ${d.value}`);

/** [text, expected "span => value" list] */
export const CASES: Array<[string, string[]]> = [
  // A month governed by a preposition or determiner takes the year of its context, else XXXX.
  [
    'In 1848 the war ended. In March the treaty was signed, and by June the troops were home.',
    ['1848 => 1848', 'March => 1848-03', 'June => 1848-06'],
  ],
  ['The treaty was signed in March.', ['March => XXXX-03']],
  ['In 1936 the trial began; last December the appeal failed.', ['1936 => 1936', 'December => 1936-12']],
  ['In 1917 the tsar fell, and in June of that year the offensive began.', ['1917 => 1917', 'June => 1917-06']],
  [
    'In 1907 the work went on in July, August and September, and in October it stopped.',
    ['1907 => 1907', 'July => 1907-07', 'August => 1907-08', 'September => 1907-09', 'October => 1907-10'],
  ],
  // A month listed before a month with its year takes that year, with no other word of time.
  ['Its chronology of September and October 1914.', ['September => 1914-09', 'October 1914 => 1914-10']],
  [
    'In 1848 the rains came. May, June, and July, 1892, were dry.',
    ['1848 => 1848', 'May => 1892-05', 'June => 1892-06', 'July, 1892 => 1892-07'],
  ],
  // Negative: "May" the name before "and" is no month of a list.
  ['May and I met in October 1914.', ['October 1914 => 1914-10']],
  ['In 1845 steps were taken in the month of September to learn their designs.', ['1845 => 1845', 'September => 1845-09']],
  // Two months joined by a dash: one interval of the context's year (the next year for the second when it comes first).
  [
    'In 1848 the court sat during the May–June term, and in the December–January term.',
    ['1848 => 1848', 'May–June => 1848-05/1848-06', 'December–January => 1848-12/1849-01'],
  ],
  ['The May-June term was short.', ['May-June => XXXX-05/XXXX-06']],
  // Negative: the verb, a name, an adjective, a title: no month without a word of time governing it.
  ['May I ask what March thought of the August assembly? General March said nothing.', []],
  ['In 1936 they said that May would come, and that April Smith was ill.', ['1936 => 1936']],
  // Years as adjectives.
  ['the 1948 campaign and its 1950 budget', ['1948 => 1948', '1950 => 1950']],
  ['Britain’s 1951 census and their 1952 elections', ['1951 => 1951', '1952 => 1952']],
  // Negative: a count is not a year.
  ['its 1950 soldiers and the 1200 men', []],
];

describe('recognize: months without a year, years as adjectives, the right year for a day', () => {
  for (const [text, expected] of CASES) it(text, () => assert.deepStrictEqual(read(text), expected));

  it('"last" and "next" count from the dateline, before a later full date of the paragraph', () => {
    const text =
      'Annual message to Congress, December 1848.\n\n' +
      'The receipts for the fiscal year ending on the 30th of June, 1849, including the balance on the 1st of July last, ' +
      'and the installment due on the 30th of May next, were counted; in March last the loan was taken.';
    assert.deepStrictEqual(read(text), [
      'December 1848 => 1848-12',
      '30th of June, 1849 => 1849-06-30',
      '1st of July => 1848-07-01',
      '30th of May => 1849-05-30',
      'March => 1848-03',
    ]);
  });

  it("a month after the heading's month, told in the past, is of the year before the heading", () => {
    const heading = 'Letter to the Society, February 1861.\n\n';
    assert.deepStrictEqual(
      read(heading + 'The committee met in October and again in November; the accounts were closed in January.'),
      ['February 1861 => 1861-02', 'October => 1860-10', 'November => 1860-11', 'January => 1861-01'],
    );
    assert.deepStrictEqual(read(heading + 'We sailed on the 3d of August, and the ship reached the coast in September.'), [
      'February 1861 => 1861-02',
      '3d of August => 1860-08-03',
      'September => 1860-09',
    ]);
  });

  it("negative: a month after the heading's month told of the future, or with no verb in the past, keeps no guessed year", () => {
    const heading = 'Letter to the Society, February 1861.\n\n';
    assert.deepStrictEqual(read(heading + 'The committee will meet in October.'), [
      'February 1861 => 1861-02',
      'October => XXXX-10',
    ]);
    assert.deepStrictEqual(read(heading + 'The committee, it is hoped, in October.'), [
      'February 1861 => 1861-02',
      'October => XXXX-10',
    ]);
    assert.deepStrictEqual(read('The committee met in October.'), ['October => XXXX-10']);
  });

  it('without a dateline, "last" does not move a day: it takes the year of its paragraph', () => {
    assert.deepStrictEqual(read('In 1848 the receipts on the 1st of July last were counted.'), [
      '1848 => 1848',
      '1st of July => 1848-07-01',
    ]);
  });

  it('a range of two days without a year over two months is one interval, filled with one year', () => {
    const text =
      'Message of December 1822.\n\nThe duties secured from the first of January to the 30th of September last exceeded the estimate.';
    assert.deepStrictEqual(read(text), [
      'December 1822 => 1822-12',
      'from the first of January to the 30th of September => 1822-01-01/1822-09-30',
    ]);
    assert.deepStrictEqual(read('from the 1st of December to the 6th of January'), [
      'from the 1st of December to the 6th of January => XXXX-12-01/XXXX-01-06',
    ]);
  });
});
