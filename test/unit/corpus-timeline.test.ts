import * as assert from 'node:assert';
import type { Located } from '../../src/core/corpus/corpus-index';
import { timelineOf, yearMonth } from '../../src/core/corpus/timeline';

const at = (value: string, text: string): Located => ({
  uri: 'file:///corpus/chronology.md',
  mention: { kind: 'date', start: 0, end: text.length, text, value },
});

describe('timelineOf', () => {
  it('groups the Moscow trials chronology by year and month', () => {
    const dates = [
      at('1934-12-01', '1 December 1934'),
      at('1935-01', 'January 1935'),
      at('1935-01-16', '16 January 1935'),
      at('1936', '1936'),
      at('1936-08-19/1936-08-24', '19–24 August 1936'),
      at('1936-08-25', '25 August 1936'),
      at('1936-12-18', '18 December 1936'),
    ];
    const years = timelineOf(dates);
    assert.deepStrictEqual(
      years.map((y) => [y.year, y.count, y.yearOnly.map((l) => l.mention.text), y.months.map((m) => [m.month, m.dates.length])]),
      [
        ['1934', 1, [], [[12, 1]]],
        ['1935', 2, [], [[1, 2]]],
        [
          '1936',
          4,
          ['1936'],
          [
            [8, 2],
            [12, 1],
          ],
        ],
      ],
    );
  });

  const rows: Array<[string, string, number]> = [
    ['1936-12-18', '1936', 12],
    ['1936-22', '1936', 0], // summer 1936: no month
    ['193X', '193X', 0],
    ['1936?', '1936', 0],
  ];
  for (const [value, year, month] of rows)
    it(`reads ${value} as year ${year}, month ${month}`, () => assert.deepStrictEqual(yearMonth(value), { year, month }));
});
