import { formatLong, gregorianToJulian, julianToGregorian, MONTHS, parseIsoDay, weekdayOf, type DayDate } from './calendar';

/** The Gregorian reform: before this day a Julian/Gregorian pair is meaningless. */
const REFORM = '1582-10-15';

/** A plain English reading of an EDTF value: `1936-12-18` -> `18 December 1936, a Friday`. */
export function readEdtf(value: string): string {
  if (value.includes('/')) {
    const [from, to] = value.split('/');
    if (!from || from === '..') return `until ${readEdtf(to)}`;
    if (!to || to === '..') return `from ${readEdtf(from)} on`;
    return `from ${readEdtf(from)} to ${readEdtf(to)}`;
  }
  const m = /^(-?\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}))?(?:-(\d{2}))?([?~%]?)$/.exec(value);
  if (!m) return value;
  const [, yearText, monthText, dayText, qualifier] = m;
  let reading: string;
  if (/X/.test(yearText))
    reading = yearText.endsWith('XX') ? `the ${Number(yearText.slice(0, 2)) + 1}th century` : `the ${yearText.slice(0, 3)}0s`;
  else {
    const year = Number(yearText);
    const month = monthText ? Number(monthText) : undefined;
    const yearWords = year < 0 ? `${-year} BCE` : String(year);
    if (month === undefined || month > 12)
      reading = month && month >= 21 && month <= 24 ? `${SEASONS[month - 21]} ${yearWords}` : yearWords;
    else if (!dayText) reading = `${MONTHS[month - 1]} ${yearWords}`;
    else {
      const day = parseIsoDay(`${yearText}-${monthText}-${dayText}`);
      reading = day ? `${formatLong(day)}, a ${weekdayOf(day)}` : value;
    }
  }
  return QUALIFIERS[qualifier] ? `${QUALIFIERS[qualifier]} ${reading}` : reading;
}

const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
const QUALIFIERS: Record<string, string> = { '?': 'perhaps', '~': 'about', '%': 'perhaps about' };

export interface OtherCalendar {
  calendar: 'julian' | 'gregorian';
  date: DayDate;
}

/**
 * The same day in the other calendar, when it matters: a date the text gives
 * in the Julian calendar (`julian` set), or a Gregorian day before `julianBefore`
 * (Russia kept the Julian calendar until 1918-02-14).
 */
export function otherCalendar(value: string, julian: string | undefined, julianBefore: string): OtherCalendar | undefined {
  const jul = julian ? parseJulianDay(julian) : undefined;
  if (jul) return { calendar: 'julian', date: jul };
  const day = parseIsoDay(value);
  if (!day || value < REFORM || value >= julianBefore) return undefined;
  return { calendar: 'julian', date: gregorianToJulian(day) };
}

/** Parses a Julian-calendar `YYYY-MM-DD` (29 February exists every fourth year). */
function parseJulianDay(value: string): DayDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = gregorianToJulian(julianToGregorian(date));
  return back.year === date.year && back.month === date.month && back.day === date.day ? date : undefined;
}
