/**
 * Filling years, months and centuries from the context is done in one pass over the dates (date-ranges.ts), so that
 * a paragraph of many days without a year is not searched back once per day (issue 13: quadratic). These answers
 * were recorded from the earlier, quadratic code: the one-pass version must give exactly the same, except where a
 * later fix rightly changed them (the days after "April 3, '65" were of 2065; they are of 1865; a journal's entries
 * without a year take the year of the entry before them).
 */
import * as assert from 'node:assert';
import { findDates } from '../../src/core/recognize/dates';

/** [text, [start, end, value, julian or null] per date], as the quadratic code gave them. */
export const RECORDED: Array<[string, Array<[number, number, string, string | null]>]> = [
  [
    'Diary of 1862. 1 January 1862. Snow. 2 January. Rain. 18 December. Cold. 19 December. Letters. March 4 more came, and on the 5th inst. others.',
    [
      [9, 13, '1862', null],
      [15, 29, '1862-01-01', null],
      [37, 46, '1862-01-02', null],
      [54, 65, '1862-12-18', null],
      [73, 84, '1862-12-19', null],
      [95, 102, '1862-03-04', null],
      [125, 134, '1862-03-05', null],
    ],
  ],
  [
    '1 January 1862.\n\n18 December. Cold.\n\n19 December. Snow.\n\n20 March. Thaw.\n\nFebruary 3 we left.',
    [
      // A journal's entries ("18 December. Cold.") carry the year on, the next one after December (date-ranges.ts); they
      // were year-less before; "February 3 we left." (no entry) takes the narrative's year from them.
      [0, 14, '1862-01-01', null],
      [17, 28, '1862-12-18', null],
      [37, 48, '1862-12-19', null],
      [57, 65, '1863-03-20', null],
      [74, 84, '1863-02-03', null],
    ],
  ],
  [
    'Mount Vernon, June 1st 1785.\n\nDear Sir, your letter of the 9th of February came on the 3d inst. and I answered on 12 May.\n\nOn 18 November the house was sold.',
    [
      [14, 27, '1785-06-01', null],
      [59, 74, '1785-02-09', null],
      [87, 95, '1785-02-03', null],
      [114, 120, '1785-05-12', null],
      [126, 137, 'XXXX-11-18', null],
    ],
  ],
  [
    "In 1864 he wrote. Jan. 1, '65 and April 3, '65 came. Then 18 December and 19 December, adjourned 4th May, resumed 11th May 1936.",
    [
      [3, 7, '1864', null],
      [18, 29, '1865-01-01', null],
      [34, 46, '1865-04-03', null],
      [58, 69, '1865-12-18', null],
      [74, 85, '1865-12-19', null],
      [97, 104, '1865-05-04', null],
      [114, 127, '1936-05-11', null],
    ],
  ],
  [
    'On 3 March 1917 it began. On March 4 more came, and on the 5th inst. others. On the 28th ult. nothing. 1st–3rd May were quiet, and 18 November to 3 December 1936 too.',
    [
      [3, 15, '1917-03-03', null],
      [29, 36, '1917-03-04', null],
      [59, 68, '1917-03-05', null],
      [84, 93, '1917-02-28', null],
      [103, 114, '1917-05-01/1917-05-03', null],
      [131, 142, '1917-11-18', null],
      [146, 161, '1936-12-03', null],
    ],
  ],
  [
    'He left on 2 September (O.S.) 1917? No: (2 September O.S.) in 1917. The 12th of October, and 25 October 1917 O.S., then 13 November.',
    [
      [11, 29, 'XXXX-09-02', null],
      [41, 57, 'XXXX-09-02', null],
      [62, 66, '1917', null],
      [72, 87, '1917-10-12', null],
      [93, 113, '1917-11-07', '1917-10-25'],
      [120, 131, '1917-11-13', null],
    ],
  ],
  [
    "Boston, 3d March, '75.\n\nSir, the 1st inst. and Feb. 11, 1731/2 and 14 February were named; 18 December and 1 January followed.",
    [
      [8, 16, 'XXXX-03-03', null],
      [47, 62, '1732-02-11', null],
      [67, 78, '1732-02-14', null],
      [91, 102, '1732-12-18', null],
      [107, 116, '1732-01-01', null],
    ],
  ],
];

describe('recognize: dates filled from the context in one pass', () => {
  for (const [text, expected] of RECORDED) {
    it(`gives the recorded answers: ${text.slice(0, 50)}…`, () => {
      assert.deepStrictEqual(
        findDates(text).map((m) => [m.start, m.end, m.value, m.julian ?? null]),
        expected,
      );
    });
  }

  it('a long paragraph of days without a year takes the one year before them', () => {
    const text = `Diary of 1862. ${'18 December. Cold. '.repeat(2000)}`;
    const dates = findDates(text);
    assert.strictEqual(dates.length, 2001);
    assert.ok(dates.slice(1).every((d) => d.value === '1862-12-18'));
  });
});
