import * as assert from 'node:assert';
import {
  gregorianToJulian,
  julianToGregorian,
  weekdayOf,
  isValidGregorian,
  parseIsoDay,
  formatIso,
} from '../../src/core/corpus/calendar';

const d = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};

describe('calendar', () => {
  const weekdays: Array<[string, string]> = [
    ['1936-12-18', 'Friday'], // the essay's date
    ['1934-12-01', 'Saturday'], // Kirov killed
    ['1917-11-07', 'Wednesday'], // October Revolution, New Style
    ['1582-10-15', 'Friday'], // first Gregorian day
    ['2000-02-29', 'Tuesday'],
    ['1066-10-14', 'Sunday'], // proleptic Gregorian, not the Julian Saturday
  ];
  for (const [iso, weekday] of weekdays) {
    it(`${iso} is a ${weekday}`, () => assert.strictEqual(weekdayOf(d(iso)), weekday));
  }

  // Julian (Old Style) -> Gregorian (New Style), one row per gap size and across each boundary.
  const pairs: Array<[string, string]> = [
    ['1582-10-05', '1582-10-15'], // the reform: 10 days
    ['1700-02-18', '1700-02-28'], // last day of the 10-day gap
    ['1700-02-19', '1700-03-01'], // Julian 1700-02-19 is Gregorian 1700-03-01: 11 days from here
    ['1800-02-17', '1800-02-28'],
    ['1800-02-18', '1800-03-01'], // 12 days
    ['1900-02-16', '1900-02-28'],
    ['1900-02-17', '1900-03-01'], // 13 days
    ['1917-10-25', '1917-11-07'], // the October Revolution
    ['1918-01-31', '1918-02-13'], // the last Julian day in Russia
    ['1700-02-29', '1700-03-11'], // a Julian-only leap day
  ];
  for (const [julian, gregorian] of pairs) {
    it(`Julian ${julian} is Gregorian ${gregorian}, and back`, () => {
      assert.strictEqual(formatIso(julianToGregorian(d(julian))), gregorian);
      assert.strictEqual(formatIso(gregorianToJulian(d(gregorian))), julian);
    });
  }

  it('knows which Gregorian days exist', () => {
    assert.strictEqual(isValidGregorian(d('1900-02-29')), false);
    assert.strictEqual(isValidGregorian(d('2000-02-29')), true);
    assert.strictEqual(parseIsoDay('1936-13-01'), undefined);
    assert.deepStrictEqual(parseIsoDay('1936-12-18'), d('1936-12-18'));
  });
});
