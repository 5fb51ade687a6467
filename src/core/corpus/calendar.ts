/**
 * Calendar arithmetic for date hovers: weekdays in the proleptic Gregorian
 * calendar and Julian <-> Gregorian conversion through the Julian Day Number,
 * which is exact for any date (the 10/11/12/13-day gaps fall out of it).
 */

export interface DayDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Julian Day Number of a proleptic Gregorian date. */
export function gregorianToJdn({ year, month, day }: DayDate): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** Julian Day Number of a Julian-calendar date. */
export function julianToJdn({ year, month, day }: DayDate): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
}

/** Proleptic Gregorian date of a Julian Day Number. */
export function jdnToGregorian(jdn: number): DayDate {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  return fromCycle(b * 100, c);
}

/** Julian-calendar date of a Julian Day Number. */
export function jdnToJulian(jdn: number): DayDate {
  return fromCycle(0, jdn + 32082);
}

function fromCycle(century: number, c: number): DayDate {
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: century + d - 4800 + Math.floor(m / 10),
  };
}

/** The Gregorian date of a Julian-calendar (Old Style) date. */
export function julianToGregorian(date: DayDate): DayDate {
  return jdnToGregorian(julianToJdn(date));
}

/** The Julian-calendar (Old Style) date of a Gregorian date. */
export function gregorianToJulian(date: DayDate): DayDate {
  return jdnToJulian(gregorianToJdn(date));
}

/** English weekday name of a proleptic Gregorian date. */
export function weekdayOf(date: DayDate): string {
  // JDN 0 was a Monday; JDN mod 7 counts from Monday.
  return WEEKDAYS[((gregorianToJdn(date) % 7) + 7) % 7];
}

/** True when the day exists in the proleptic Gregorian calendar. */
export function isValidGregorian(date: DayDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const back = jdnToGregorian(gregorianToJdn(date));
  return back.year === date.year && back.month === date.month && back.day === date.day;
}

/** `1936-12-18` from a DayDate (years padded to four digits). */
export function formatIso({ year, month, day }: DayDate): string {
  const y = year < 0 ? '-' + String(-year).padStart(4, '0') : String(year).padStart(4, '0');
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `18 December 1936` from a DayDate. */
export function formatLong({ year, month, day }: DayDate): string {
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Parses `YYYY-MM-DD` (no qualifiers); undefined for anything else. */
export function parseIsoDay(value: string): DayDate | undefined {
  const m = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidGregorian(date) ? date : undefined;
}
