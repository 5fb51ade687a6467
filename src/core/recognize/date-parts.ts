/**
 * The pieces dates are made of: month names, calendar arithmetic (Julian to
 * Gregorian) and EDTF formatting. Kept apart from the patterns in dates.ts.
 */

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Regex source for a capitalised month name or abbreviation (with optional dot).
 * Case matters: "may" and "march" in lower case are a verb, never a month.
 */
export const MONTH_SRC =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|' +
  // Eighteenth-century letters shorten with a raised last letter: Jany, Feb'y, Septr, Novr, Decr.
  "(?:Jan|Feb)(?:r?y|['\u2019]y)\\.?|(?:Sept|Sep|Oct|Nov|Dec)r\\.?|Augt\\.?|" +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** Month number (1-12) of a name matched by MONTH_SRC. */
export function monthNumber(name: string): number {
  const key = name.replace('.', '').toLowerCase();
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)] ?? 0;
}

export const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };

/**
 * Words after a number that make it a count or a measure, not a year: "1936 roubles", "in 1500 lots", "1200 fathoms".
 * Money, people, things counted and units; a list, as English marks no difference between "in 1936 trials" and "in 1500 lots".
 */
export const COUNTED = new RegExp(
  '^[\\s\\u00a0]+(?:' +
    'roubles|rubles|kopecks|dollars|cents|pounds|shillings|guineas|francs|marks|crowns|lire|florins|ducats|livres|' +
    'men|women|people|persons|members|delegates|deputies|voters|votes|workers|peasants|soldiers|troops|sailors|seamen|officers|' +
    'prisoners|dead|killed|wounded|deaths|souls|inhabitants|families|households|strong|head|cattle|horses|sheep|' +
    'guns|rifles|shells|cannon|ships|vessels|copies|volumes|pages|letters|words|lines|names|cases|points|lots|bushels|barrels|' +
    'bales|' +
    'miles|versts|leagues|kilometres|kilometers|metres|meters|feet|yards|fathoms|inches|acres|hectares|tons|tonnes|' +
    'years|days|hours|minutes|times|of[\\s\\u00a0]+them)(?![\\p{L}\\p{N}])|^\\s*%|^[.,]\\d',
  'u',
);

/** Lowest and highest year taken for a bare four-digit number. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;

function leap(y: number, julian: boolean): boolean {
  return julian ? y % 4 === 0 : (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Whether y-m-d is a real day (Gregorian rules, or Julian when asked). */
export function validDay(y: number, m: number, d: number, julian = false): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, leap(y, julian) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

/** Converts a Julian calendar day to the Gregorian one (via the Julian Day Number). */
export function julianToGregorian(y: number, m: number, d: number): [number, number, number] {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  const jdn = d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083;
  const b0 = jdn + 32044;
  const b = Math.floor((4 * b0 + 3) / 146097);
  const c = b0 - Math.floor((146097 * b) / 4);
  const d1 = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d1) / 4);
  const m1 = Math.floor((5 * e + 2) / 153);
  return [100 * b + d1 - 4800 + Math.floor(m1 / 10), m1 + 3 - 12 * Math.floor(m1 / 10), e - Math.floor((153 * m1 + 2) / 5) + 1];
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** EDTF for a year, year-month or day; a year of 0 stands for an unknown year (XXXX). */
export function edtf(y: number, m?: number, d?: number): string {
  const year = y === 0 ? 'XXXX' : pad(y, 4);
  if (m === undefined) return year;
  if (d === undefined) return `${year}-${pad(m)}`;
  return `${year}-${pad(m)}-${pad(d)}`;
}

/**
 * A dual date ("25 October (7 November) 1917", "24 октября (6 ноября) 1917"): two readings of one day. The Gregorian
 * value, with the Julian one, when one reading is the other converted and the day is before `julianBefore`; else null.
 */
export function dual(
  y: number,
  m1: number,
  d1: number,
  m2: number,
  d2: number,
  o: { julianBefore: string },
): { value: string; julian: string } | null {
  if (!y) return null;
  for (const [jm, jd, gm, gd] of [
    [m1, d1, m2, d2],
    [m2, d2, m1, d1],
  ]) {
    if (!validDay(y, jm, jd, true)) continue;
    const [cy, cm, cd] = julianToGregorian(y, jm, jd);
    const value = edtf(cy, cm, cd);
    if (cy === y && cm === gm && cd === gd && value < o.julianBefore) return { value, julian: edtf(y, jm, jd) };
  }
  return null;
}
