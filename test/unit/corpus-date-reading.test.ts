import * as assert from 'node:assert';
import { readEdtf, otherCalendar } from '../../src/core/corpus/date-reading';
import { formatIso } from '../../src/core/corpus/calendar';

describe('readEdtf', () => {
  const rows: Array<[string, string]> = [
    ['1936-12-18', '18 December 1936, a Friday'],
    ['1936-08', 'August 1936'],
    ['1936', '1936'],
    ['1936?', 'perhaps 1936'],
    ['1934-12-01~', 'about 1 December 1934, a Saturday'],
    ['1936-08-19/1936-08-24', 'from 19 August 1936, a Wednesday to 24 August 1936, a Monday'],
    ['193X', 'the 1930s'],
    ['1936-21', 'spring 1936'],
    ['not a date', 'not a date'],
  ];
  for (const [value, reading] of rows) it(`reads ${value}`, () => assert.strictEqual(readEdtf(value), reading));
});

describe('otherCalendar', () => {
  const julianBefore = '1918-02-14';
  const rows: Array<[string, string | undefined, string | undefined]> = [
    // value (Gregorian), julian given by the text, expected Julian date shown
    ['1917-11-07', '1917-10-25', '1917-10-25'], // dual-dated: the text's own Julian date
    ['1905-01-22', undefined, '1905-01-09'], // Bloody Sunday, pre-1918: computed
    ['1936-12-18', undefined, undefined], // after the Soviet switch: nothing to add
    ['1918-02-14', undefined, undefined], // the first New Style day
    ['1500-06-01', undefined, undefined], // before the reform a pair means nothing
    ['1917-11', undefined, undefined], // not a day
  ];
  for (const [value, julian, expected] of rows) {
    it(`${value}${julian ? ` (Julian ${julian})` : ''} -> ${expected ?? 'nothing'}`, () => {
      const other = otherCalendar(value, julian, julianBefore);
      assert.strictEqual(other ? formatIso(other.date) : undefined, expected);
    });
  }
});
