/**
 * Dates in running prose, normalised to EDTF (level 1). Each pattern below
 * finds one form; overlaps keep the longest; date-ranges.ts then joins
 * ranges, extends lists of years and gives year-less dates a year.
 *
 * Choices (EDTF has no "early" or "middle"):
 * - "early 1932" -> 1932-01/1932-04, "late 1932" -> 1932-09/1932-12,
 *   "mid-1936" and "the middle of 1936" -> 1936-06~,
 *   "the beginning of 1929" -> 1929-01~, "the end of 1929" -> 1929-12~,
 *   "c. 1930", "about 1930" -> 1930~.
 * - "the 1930s", "the ’30s", "the thirties" -> 193X (apostrophe and word
 *   decades are taken as of the 1900s); "the early 1930s" -> 1930/1933,
 *   "the mid-1930s" -> 1934/1936, "the late 1930s" -> 1937/1939.
 * - "from 19 to 24 August 1936", "18–20 December 1936" -> one interval of days.
 * - "the nineteenth century", "the 19th century" -> 18XX; "the early 19th
 *   century" -> 1800/1833, "mid-" -> 1834/1866, "late" -> 1867/1899 (thirds,
 *   as for decades); "the twentieth century" -> 19XX.
 * - A.D./B.C. years of any size (44 B.C. -> -0043, EDTF's astronomical year);
 *   a year after title-page words ("Internet Archive 2008", "Copyright 1937");
 *   "1936/37" (a fiscal year) -> 1936/1937.
 * - A bare number is a year only after a word that makes it one ("in", "since",
 *   "of", "until"...), in a range or list of years, or alone in parentheses.
 * - "25 October (7 November) 1917" and "12/25 October 1917": value is the
 *   Gregorian day, `julian` the Julian one, taken only when the two days really
 *   are the same day in the two calendars and fall before `julianBefore`.
 *   "25 October 1917 O.S." is converted; "N.S." is already Gregorian; a day
 *   without a year marked O.S. is converted once the context gives the year.
 * - "Feb. 11, 1731/2" (a year double-dated before 1752): the later year, as
 *   historians write it (1732-02-11); the day is not converted.
 * - "Jan. 1, '37", "April 3, '65": an apostrophe year takes the century that
 *   puts it nearest the closest four-digit year in the text (1865 in a letter
 *   of 1864); with none, it is dropped (unlike ’30s, a day is worth no guess).
 * - "the last day of February" -> the month's last day (29 February in a leap
 *   year, once the context gives the year); the span leaves "the" out.
 * - "the 3d inst." (this month), "the 28th ult." (last month), "the 1st prox."
 *   (next month): the month and year of the nearest full date before it
 *   (the letter's dateline, within a few paragraphs); dropped without one.
 * - Spans: the date words without a leading preposition; a leading "the" is
 *   kept where the phrase needs it ("the middle of 1936", "the 1930s").
 */
import type { Mention } from '../model';
import {
  COUNTED,
  MAX_YEAR,
  MIN_YEAR,
  MONTH_SRC,
  SEASONS,
  dual,
  edtf,
  julianToGregorian,
  monthNumber,
  validDay,
} from './date-parts';
import { joinDates, type FoundDate } from './date-ranges';
import { ERA_NEAR, MONTH_NEAR, dateWindows } from './date-windows';
import { monthsWithoutYear } from './date-months';
import { daysWithoutMonth } from './date-days';
import { seasonsWithoutYear } from './date-seasons';
import { withWeekdays } from './date-weekdays';
import { SHARED_RULES, intlDates } from './date-intl';
import { DE_RULES } from './dates-de';
import { FR_RULES } from './dates-fr';
import { RU_RULES } from './dates-ru';
import { narrativeYears, needsYear } from './date-narrative';
import { paragraphLanguages, type LanguageSetting, type LanguageSpans } from '../text/language';

export interface DateOptions {
  /** Read 03/04/1936 as 3 April (British) rather than March 4 (American). */
  dayFirst?: boolean;
  /** EDTF day before which dual Old Style / New Style dates are read as Julian; default 1918-02-14. */
  julianBefore?: string;
  /** The language of the text, or `auto` (default): each paragraph's own, detected (language.ts). */
  lang?: LanguageSetting;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const SP = '[\\s\\u00a0]+';
/** A day number, captured as group `name` ("18", "18th", "3d"). */
const DAY = (name: string): string => `(?<${name}>\\d{1,2})(?:st|nd|rd|th|d)?`;
/** A month name or abbreviation, captured as group `name`. */
const MON = (name: string): string => `(?<${name}>${MONTH_SRC})`;
/** Four digits, captured as group `name`. */
const YEAR = (name: string): string => `(?<${name}>\\d{4})`;
const STYLE = 'O\\.\\s?S\\.|N\\.\\s?S\\.|[Oo]ld [Ss]tyle|[Nn]ew [Ss]tyle';
/**
 * "O.S." or "(N.S.)" after a date, captured as group `mark`; a closing parenthesis only when the mark opened one ("(2 September
 * O.S.)" keeps its own).
 */
const MARK = `(?:[ \\u00a0]*\\(?(?<mark>${STYLE})(?:(?<=\\((?:${STYLE}))\\))?)?`;
const DASH = '\\s*[\\u2013\\u2014-]\\s*';
/** What may stand between a day and its year in old documents: "December, A.D. 1851", "March, in the Year of our Lord 1781". */
const ANNO = `(?:A\\.[ \\u00a0]?D\\.${SP}|in${SP}the${SP}[Yy]ear${SP}(?:of${SP}our${SP}Lord${SP})?)?`;

/**
 * A rule's named groups. Typed as always present for brevity: a group inside an optional part of the pattern is
 * undefined when that part did not match, and the rules that have such groups test for it.
 */
type Groups = Record<string, string>;
type Make = (g: Groups, m: RegExpExecArray, o: Required<DateOptions>, text: string) => Omit<FoundDate, 'start' | 'end'> | null;
interface Rule {
  re: RegExp;
  make: Make;
  /** Named group whose start is the span start (default: the whole match), to leave a preposition out. */
  from?: string;
  /** The pattern has a month name: a window without one is skipped. */
  month: boolean;
  /** A cheap test a window must pass before the pattern runs in it (a word or shape the pattern cannot do without). */
  gate?: RegExp;
}
interface RuleOptions {
  /** Named group whose start is the span start. */
  from?: string;
  /** A speed filter: a window that fails it is not searched (the unit test "speed filters" checks it never changes an answer). */
  gate?: RegExp;
}

const rule = (src: string, make: Make, options: RuleOptions = {}): Rule => ({
  re: new RegExp(src, 'gu'),
  make,
  from: options.from,
  month: src.includes(MONTH_SRC),
  gate: options.gate,
});

const year = (s: string): number => {
  const y = Number(s);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : NaN;
};

function day(
  y: number,
  mName: string,
  d: string,
  mark: string | undefined,
  o: Required<DateOptions>,
): Omit<FoundDate, 'start' | 'end'> | null {
  const m = monthNumber(mName);
  const dd = Number(d);
  if (!y || !validDay(y, m, dd, /^O/i.test(mark ?? ''))) return null;
  if (mark && /^O/i.test(mark)) {
    const [gy, gm, gd] = julianToGregorian(y, m, dd);
    return { value: edtf(gy, gm, gd), julian: edtf(y, m, dd) };
  }
  void o;
  return { value: edtf(y, m, dd) };
}

function yearOnly(y: number, text: string, end: number): Omit<FoundDate, 'start' | 'end'> | null {
  if (!y || COUNTED.test(text.slice(end, end + 24))) return null;
  return { value: edtf(y), bareYear: true };
}

const QUALIFIED: Record<string, (y: number) => string> = {
  beginning: (y) => `${edtf(y, 1)}~`,
  start: (y) => `${edtf(y, 1)}~`,
  middle: (y) => `${edtf(y, 6)}~`,
  mid: (y) => `${edtf(y, 6)}~`,
  end: (y) => `${edtf(y, 12)}~`,
  close: (y) => `${edtf(y, 12)}~`,
  early: (y) => `${edtf(y, 1)}/${edtf(y, 4)}`,
  late: (y) => `${edtf(y, 9)}/${edtf(y, 12)}`,
  'first half': (y) => `${edtf(y, 1)}/${edtf(y, 6)}`,
  'second half': (y) => `${edtf(y, 7)}/${edtf(y, 12)}`,
};

const RULES: Rule[] = [
  // 25 October (7 November) 1917; 25 October/7 November 1917
  rule(
    `${B}${DAY('d1')}${SP}${MON('m1')}\\s*(?:\\(\\s*|/\\s*)${DAY('d2')}${SP}${MON('m2')}\\s*\\)?,?${SP}${YEAR('y')}${E}`,
    (g, _m, o) => dual(year(g.y), monthNumber(g.m1), +g.d1, monthNumber(g.m2), +g.d2, o),
  ),
  // October 25 (November 7), 1917
  rule(
    `${B}${MON('m1')}${SP}${DAY('d1')}\\s*(?:\\(\\s*|/\\s*)${MON('m2')}${SP}${DAY('d2')}\\s*\\)?,?${SP}${YEAR('y')}${E}`,
    (g, _m, o) => dual(year(g.y), monthNumber(g.m1), +g.d1, monthNumber(g.m2), +g.d2, o),
  ),
  // March 2/15, 1917; March 2 (15), 1917
  rule(
    `${B}${MON('mon')}${SP}${DAY('d1')}\\s*(?:\\(\\s*(?<paren>\\d{1,2})\\s*\\)|/(?<slash>\\d{1,2})),?${SP}${YEAR('y')}${E}`,
    (g, _m, o) => dual(year(g.y), monthNumber(g.mon), +g.d1, monthNumber(g.mon), +(g.paren ?? g.slash), o),
  ),
  // 12/25 October 1917; 12 (25) October 1917; the night of 16/17 February 1937 (two days running: both)
  rule(
    `${B}${DAY('d1')}\\s*(?:\\(\\s*(?<paren>\\d{1,2})\\s*\\)|/(?<slash>\\d{1,2}))${SP}${MON('mon')},?${SP}${YEAR('y')}${E}`,
    (g, _m, o) =>
      dual(year(g.y), monthNumber(g.mon), +g.d1, monthNumber(g.mon), +(g.paren ?? g.slash), o) ??
      (g.slash !== undefined && +g.slash === +g.d1 + 1 ? span(year(g.y), monthNumber(g.mon), +g.d1, +g.slash) : null),
  ),
  // 18-20 December 1936; December 18-20, 1936; 1st–3rd May (the year may come from the context)
  rule(`${B}${DAY('d1')}${DASH}${DAY('d2')}${SP}(?:of${SP})?${MON('mon')}(?:,?${SP}${YEAR('y')})?${E}`, (g) =>
    days(g.y, g.mon, +g.d1, +g.d2),
  ),
  rule(`${B}${MON('mon')}${SP}${DAY('d1')}${DASH}${DAY('d2')}(?:,?${SP}${YEAR('y')})?${E}(?![.,]?\\d)`, (g) =>
    days(g.y, g.mon, +g.d1, +g.d2),
  ),
  // from 19 to 24 August 1936, between 19 and 24 August; from December 18 to 20, 1936
  rule(
    `${B}(?:(?<open>[Ff]rom|[Bb]etween)${SP}(?:the${SP})?)?${DAY('d1')}${SP}(?<join>to|until|till|through|` +
      `and)${SP}(?:the${SP})?${DAY('d2')}${SP}(?:of${SP})?${MON('mon')}(?:,?${SP}${YEAR('y')})?${E}`,
    (g) => (joins(g.open, g.join) ? days(g.y, g.mon, +g.d1, +g.d2) : null),
  ),
  rule(
    `${B}(?:(?<open>[Ff]rom|[Bb]etween)${SP})?${MON('mon')}${SP}${DAY('d1')}${SP}(?<join>to|until|till|through|` +
      `and)${SP}${DAY('d2')}(?:,?${SP}${YEAR('y')})?${E}(?![.,]?\\d)`,
    (g) => (joins(g.open, g.join) ? days(g.y, g.mon, +g.d1, +g.d2) : null),
  ),
  // March-April 1937; March to April 1937
  rule(`${B}${MON('m1')}(?:${DASH}|${SP}to${SP})${MON('m2')},?${SP}(?:of${SP})?${YEAR('y')}${E}`, (g) => {
    const y = year(g.y);
    const a = monthNumber(g.m1);
    const b = monthNumber(g.m2);
    return y && a < b ? { value: `${edtf(y, a)}/${edtf(y, b)}` } : null;
  }),
  // 18 December 1936; 18th of December, 1936; the 1st day of July, 1862; 25 October 1917 O.S.
  rule(`${B}${DAY('d')}${SP}(?:(?:day${SP})?of${SP})?${MON('mon')},?${SP}${ANNO}${YEAR('y')}${E}${MARK}`, (g, _m, o) =>
    day(year(g.y), g.mon, g.d, g.mark, o),
  ),
  // Feb. 11, 1731/2; 11 February 1731/2: a double-dated year (before 1752, 1 January to 24 March only) is the later year
  rule(
    `${B}${MON('mon')}${SP}${DAY('d')},?${SP}${YEAR('y')}/(?<y2>\\d{1,2})${E}`,
    (g, _m, o) => doubleYear(g.y, g.y2, g.mon, g.d, o),
    { gate: /\d\/\d/ },
  ),
  rule(
    `${B}${DAY('d')}${SP}(?:(?:day${SP})?of${SP})?${MON('mon')},?${SP}${YEAR('y')}/(?<y2>\\d{1,2})${E}`,
    (g, _m, o) => doubleYear(g.y, g.y2, g.mon, g.d, o),
    { gate: /\d\/\d/ },
  ),
  // January 1665–66, February 1731/2: a month of a double-dated year (January to March, before 1752) is of the later year
  rule(
    `${B}${MON('mon')},?${SP}${YEAR('y')}(?:/|[\\u2013-])(?<y2>\\d{1,2})${E}`,
    (g, _m, o) => {
      const made = doubleYear(g.y, g.y2, g.mon, '1', o);
      return made && { value: made.value.slice(0, 7) };
    },
    { gate: /\d[/\u2013-]\d/ },
  ),
  // December 18, 1936; Dec. 18th 1936; April the 5th, 1781
  rule(`${B}${MON('mon')}${SP}(?:the${SP})?${DAY('d')},?${SP}${ANNO}${YEAR('y')}${E}${MARK}`, (g, _m, o) =>
    day(year(g.y), g.mon, g.d, g.mark, o),
  ),
  // Jan. 1, '37 (the century comes from the other years in the text: date-ranges.ts)
  rule(
    `${B}${MON('mon')}${SP}${DAY('d')},?${SP}['\\u2019](?<yy>\\d{2})${E}`,
    (g, _m, o) => {
      const made = day(2000 + Number(g.yy), g.mon, g.d, undefined, o);
      return made && { ...made, yy: Number(g.yy) };
    },
    { gate: /['\u2019]\d\d/ },
  ),
  // December 1936; May, 1936; December of 1936
  rule(`${B}${MON('mon')},?${SP}(?:of${SP})?${YEAR('y')}${E}`, (g) => {
    const y = year(g.y);
    return y ? { value: edtf(y, monthNumber(g.mon)) } : null;
  }),
  // 18 December; the 18th of December; the 1st day of July (the year may come from the context)
  rule(`${B}${DAY('d')}${SP}(?:(?:day${SP})?of${SP})?${MON('mon')}${E}${MARK}`, (g) => {
    const made = dayNoYear(g.mon, g.d);
    // "(2 September O.S.)": Julian, converted once the context gives the year.
    return made && g.mark && /^O/i.test(g.mark) ? { ...made, oldStyle: true } : made;
  }),
  // December 18 (not "December 18, 1936", taken above); May the 4th
  rule(`${B}${MON('mon')}${SP}(?:the${SP})?${DAY('d')}${E}(?![.,]?\\d)`, (g) => dayNoYear(g.mon, g.d)),
  // the 3d inst., the 28th ult., the 1st proximo: a day of this, last or next month (the month comes from the context)
  rule(
    `${B}${DAY('d')}${SP}(?<rel>inst|ult|prox)(?:(?<=inst)ant|(?<=ult)imo|(?<=prox)imo|\\.)?${E}`,
    (g) =>
      validDay(2000, 1, +g.d) ? { value: `XXXX-XX-${String(+g.d).padStart(2, '0')}`, day: +g.d, shift: RELATIVE[g.rel] } : null,
    { gate: /inst|ult|prox/ },
  ),
  // the autumn of 1932, spring 1917, the winter of 1917-18 (a winter that runs into the next year is still that season)
  rule(
    `${B}(?:[Tt]he${SP})?(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|` +
      `[Ww]inter),?${SP}(?:of${SP})?${YEAR('y')}(?:[\\u2013-](?<next>\\d{2}))?${E}`,
    (g) => {
      const y = year(g.y);
      if (g.next !== undefined && (!/^[Ww]/.test(g.season) || (y + 1) % 100 !== +g.next)) return null;
      return y ? { value: `${edtf(y)}-${SEASONS[g.season.toLowerCase()]}` } : null;
    },
    { gate: /pring|ummer|utumn|[Ff]all|inter/ },
  ),
  // the middle of 1936, the beginning of 1929, the first half of 1930
  rule(
    `${B}(?:[Tt]he${SP})?(?<part>beginning|start|middle|end|close|first half|second half)${SP}of${SP}${YEAR('y')}${E}`,
    (g) => {
      const y = year(g.y);
      return y ? { value: QUALIFIED[g.part](y) } : null;
    },
    { gate: /beginning|start|middle|end|close|half/ },
  ),
  // early 1932, late in 1932, mid-1936
  rule(
    `${B}(?<part>[Ee]arly|[Ll]ate|[Mm]id)(?:-|${SP}(?:in${SP})?)${YEAR('y')}${E}`,
    (g) => {
      const y = year(g.y);
      return y ? { value: QUALIFIED[g.part.toLowerCase()](y) } : null;
    },
    { gate: /[Ee]arly|[Ll]ate|[Mm]id/ },
  ),
  // c. 1930, circa 1930, about 1930
  rule(
    `${B}(?:(?:c|ca)\\.[ \\u00a0]*|(?:ca|[Cc]irca|about|around|approximately)${SP})${YEAR('y')}${E}`,
    (g, m, _o, text) => {
      const y = year(g.y);
      return y && !COUNTED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) ? { value: `${edtf(y)}~` } : null;
    },
    { gate: /c\.|ca\.|irca|about|around|approx/ },
  ),
  // the 1930s–40s, 1920s-1930s: one interval from the first decade's first year to the last one's last
  rule(
    `${B}(?:[Tt]he${SP})?(?<first>\\d{3})0s${DASH}(?:(?<last>\\d{3})0s|['\\u2019]?(?<lastDigit>\\d)0s)${E}`,
    (g) => {
      const a = Number(`${g.first}0`);
      const b = Number(g.last ? `${g.last}9` : `${g.first.slice(0, 2)}${g.lastDigit}9`);
      return year(String(a)) && b > a && b - a < 200 ? { value: `${edtf(a)}/${edtf(b)}` } : null;
    },
    { gate: /0s\s*[-\u2013\u2014]/ },
  ),
  // the 1930s, 1930's, the ’30s, the early 1930s, mid-1930s (an apostrophe decade is taken as of the 1900s)
  rule(
    `${B}(?:[Tt]he${SP})?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|${SP}))?(?<first>\\d{3})0['\\u2019]?s${E}`,
    (g) => decade(g.first, g.part),
    { gate: /0['\u2019]?s/ },
  ),
  rule(
    `(?<![\\p{L}\\p{N}'\\u2019])(?:[Tt]he${SP})?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|` +
      `${SP}))?['\\u2018\\u2019](?<digit>\\d)0s${E}`,
    (g) => decade(`19${g.digit}`, g.part),
    { gate: /['\u2018\u2019]\d0s/ },
  ),
  // A.D. 1066, 1066 AD, 44 B.C.: a year of any size when the era says so (B.C. as EDTF's astronomical year, 1 B.C. = 0000)
  rule(`${B}(?:A\\.[ \\u00a0]?D\\.|AD)[ \\u00a0]+(?<n>\\d{1,4})${E}`, (g) => era(+g.n, false), { gate: ERA_NEAR }),
  rule(
    `${B}(?<n>\\d{1,4})[ \\u00a0]+(?:(?<ad>A\\.[ \\u00a0]?D\\.|AD|C\\.[ \\u00a0]?E\\.|CE)|B\\.[ \\u00a0]?C\\.(?:[ ` +
      `\\u00a0]?E\\.)?|BCE?)(?![\\p{L}\\p{N}])`,
    (g) => era(+g.n, !g.ad),
    { gate: ERA_NEAR },
  ),
  // Written: 1936, Internet Archive 2008, Copyright 1937: a year after the words of a title page or header
  rule(
    `${B}(?:Archives?|Copyright|©|Published|Printed|Reprinted|Written|Translated|Transcribed|Edited|Revised|Dated|Domain|` +
      `Delivered|Edition|Born|Died):?${SP}${YEAR('y')}${E}`,
    (g, m, _o, text) => yearOnly(year(g.y), text, m.index + m[0].length),
    { from: 'y', gate: /Archive|Copyright|©|Publish|Print|Written|Transl|Transcri|Edit|Revised|Dated|Domain|Deliver|Born|Died/ },
  ),
  // 1936-12-18
  rule(`${B}(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})${E}(?![-/.]\\d)`, (g) => numeric(year(g.y), +g.mo, +g.d), {
    gate: /\d-\d\d-\d/,
  }),
  // 18.12.1936 (always day first)
  rule(`${B}(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>\\d{4})${E}(?![-/.]\\d)`, (g) => numeric(year(g.y), +g.mo, +g.d), {
    gate: /\d\.\d/,
  }),
  // 15.III.1938, 15 III 1938: a Roman month, as in Russian and German papers
  rule(
    `${B}(?<d>\\d{1,2})(?:\\.[ \\u00a0]?|[ \\u00a0])(?<roman>I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)(?:\\.[ \\u00a0]?|[ ` +
      `\\u00a0])(?<y>\\d{4})${E}`,
    (g) => numeric(year(g.y), ROMAN.indexOf(g.roman) + 1, +g.d),
    { gate: /[IVX]/ },
  ),
  // 12/18/1936 or, with dayFirst, 18/12/1936; an impossible reading yields to the other
  rule(
    `${B}(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4})${E}(?![-/.]\\d)`,
    (g, _m, o) => {
      const [a, b, y] = [+g.a, +g.b, year(g.y)];
      const first = o.dayFirst ? numeric(y, b, a) : numeric(y, a, b);
      return first ?? (o.dayFirst ? numeric(y, a, b) : numeric(y, b, a));
    },
    { gate: /\d\/\d/ },
  ),
  // 1931-1936, 1931–36, 1936-7, fiscal 1936/37 (not page ranges)
  rule(
    `${B}${YEAR('y')}(?:${DASH}|/)(?<to>\\d{4}|\\d{1,2})${E}(?![-/.,]\\d)`,
    (g, m, _o, text) => {
      // One digit only written tight ("1936-7"): "1790 - 3,929,827" is a row of a table.
      if (g.to.length === 1 && /\s/.test(m[0])) return null;
      const a = year(g.y);
      const b = year(g.to.length < 4 ? g.y.slice(0, 4 - g.to.length) + g.to : g.to);
      if (!a || !b || b <= a || b - a > 150) return null;
      if (/(?:\bpp?\.|\bpages?|\bNos?\.|\bnos?\.|\bNr\.|\d,?\s*)\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index)))
        return null;
      return { value: `${edtf(a)}/${edtf(b)}` };
    },
    { gate: /\d\s*[-\u2013\u2014/]\s*\d/ },
  ),
  // in 1929, since 1917, of 1936, until 1934, for 1946, prior to 1943, the year 1936, fiscal years 1946 and 1947, FISCAL YEAR
  // 1947
  rule(
    `${B}(?:[Ii]n|[Ss]ince|of|[Bb]etween|[Uu]ntil|[Tt]ill|by|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|[Ff]or|` +
      `(?:[Pp]rior|[Pp]revious|[Ss]ubsequent(?:ly)?|[Aa]ntecedent(?:ly)?|[Cc]ompared|[Uu]p)${SP}to|[Cc]ompared${SP}with|` +
      `as${SP}(?:early|late)${SP}as|(?:[Yy]ears?|YEARS?),?|[Oo]ur${SP}Lord|Anno${SP}Domini|` +
      // a feast day: "May Day 1937", "Easter 1916", "Christmas 1936"
      `Day|Eve|Christmas|Easter|Whitsun(?:tide)?|Michaelmas|Candlemas|Lammas|Martinmas)${SP}${YEAR('y')}${E}`,
    (g, m, _o, text) => yearOnly(year(g.y), text, m.index + m[0].length),
    { from: 'y' },
  ),
  // "1937 was the worst year.", "1949: the Republic": a year opening a sentence, before a verb of time or a colon;
  // a heading "1937." alone in its paragraph (a number alone on a line in a table is not)
  rule(
    `${B}${YEAR('y')}(?=[ \\u00a0]+(?:was|saw|brought|marked|began|ended|became|proved|witnessed|opened|closed)(?![\\p{L}])|` +
      `:[ \\u00a0]|` +
      `\\.?[ \\t]*(?:\\r?\\n[ \\t]*\\r?\\n|$))`,
    (g, m, _o, text) => {
      const at = m.index;
      const heading = /^\.?[ \t]*(?:\r?\n|$)/.test(text.slice(at + 4, at + 8));
      const opens = heading
        ? at === 0 || /\n[ \t]*\r?\n[ \t]*$/.test(text.slice(Math.max(0, at - 12), at))
        : sentenceOpening(text, at);
      return opens ? yearOnly(year(g.y), text, at + m[0].length) : null;
    },
  ),
  // "On the last campaigns of the war, 1865.": a year closing a heading (a line of its own, of at most 120 characters, as
  // date-intl.ts's shared rule; a blank line or the end after it) after a comma, as a transcriber or a dateline writes it
  rule(
    `,[ \\u00a0]${YEAR('y')}(?=\\.?[ \\t]*(?:\\r?\\n[ \\t]*\\r?\\n|\\r?\\n?$))`,
    (g, m, _o, text) => {
      const line = text.lastIndexOf('\n', m.index) + 1;
      return m.index + m[0].length - line <= 120 ? yearOnly(year(g.y), text, m.index + m[0].length) : null;
    },
    { from: 'y', gate: /,\s\d{4}\.?[ \t]*(?:\r?\n|$)/ },
  ),
  // the 1937 Sugar Act, the 1947 budget, its 1950 budget, Britain's 1948 elections: a year naming the thing after it,
  // after a determiner or a possessive
  rule(
    `(?:${B}(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Nn]ext|[Ll]ast)|` +
      `\\p{L}['\\u2019]s?)${SP}${YEAR('y')}${SP}(?=\\p{Lu}\\p{Ll}|` +
      `(?:budgets?|census|elections?|campaigns?|sessions?|crops?|harvests?|acts?|reports?|levels?|average|figures?|estimates?|` +
      `rates?|program|programme|treaty|war|revolution|constitution|strikes?|famine|purges?|trials?|congress|conference|plan|` +
      `law|one|` +
      `conventions?|agreements?|platform|primar(?:y|ies)|tariff|surveys?|message|address|speech|amendments?|season|term|model|` +
      `edition|` +
      `fiscal|floods?|drought|depression|recession|riots?|uprising|armistice|peace|settlement|levy|quota|deficit|surplus|` +
      `contract)(?![\\p{L}\\p{N}]))`,
    (g, m, _o, text) => yearOnly(year(g.y), text, m.index + m[0].length),
    {
      from: 'y',
      // prettier-ignore
      gate: /(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Nn]ext|[Ll]ast|\p{L}['\u2019]s?)\s+\d/u,
    },
  ),
  // (1934), ", 1934)" and "(1985, p. 12)" as in a citation
  rule(
    `(?:\\(|,${SP})${YEAR('y')}(?=\\)|(?<=\\(\\d{4})(?:,[ \\u00a0]*pp?\\.|:[ \\u00a0]*\\d))`,
    (g, m, _o, text) => yearOnly(year(g.y), text, m.index + m[0].length),
    { from: 'y', gate: /\d\)|\d,\s*pp?\.|\d:\s*\d/ },
  ),
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const RELATIVE: Record<string, number> = { inst: 0, ult: -1, prox: 1 };

/** "Feb. 11, 1731/2": the later year, when the second part is its last digits and the day falls before 25 March. */
function doubleYear(
  y1: string,
  y2: string,
  mName: string,
  d: string,
  o: Required<DateOptions>,
): Omit<FoundDate, 'start' | 'end'> | null {
  const y = year(y1) + 1;
  const m = monthNumber(mName);
  if (y > 1753 || String(y).slice(-y2.length) !== y2 || m > 3 || (m === 3 && +d > 24)) return null;
  return day(y, mName, d, undefined, o);
}

/** Whether offset `at` opens a sentence, a line or the text. */
function sentenceOpening(text: string, at: number): boolean {
  return at === 0 || /(?:^|[.!?]["\u201d\u2019)]?[ \u00a0]+|\n[ \t]*)$/.test(text.slice(Math.max(0, at - 6), at));
}

/** A range of days in one month; without a year, XXXX until the context gives one. */
function days(y: string | undefined, mName: string, d1: number, d2: number): Omit<FoundDate, 'start' | 'end'> | null {
  if (y !== undefined) return span(year(y), monthNumber(mName), d1, d2);
  const m = monthNumber(mName);
  if (d2 <= d1 || !validDay(2000, m, d1) || !validDay(2000, m, d2)) return null;
  return { value: `${edtf(0, m, d1)}/${edtf(0, m, d2)}`, month: m, day: d1, day2: d2 };
}

/** "between" goes with "and", "from" (or nothing) with "to", "until", "till", "through". */
function joins(open: string | undefined, word: string): boolean {
  return open && /^[Bb]/.test(open) ? word === 'and' : word !== 'and';
}

/** A decade ("193" + qualifier): 193X; early 1930/1933, mid 1934/1936, late 1937/1939. */
function decade(first: string, qualifier: string | undefined): Omit<FoundDate, 'start' | 'end'> | null {
  if (!year(`${first}0`)) return null;
  const q = qualifier?.toLowerCase();
  if (!q) return { value: `${first}X` };
  const [a, b] = q === 'early' ? [0, 3] : q === 'mid' ? [4, 6] : [7, 9];
  return { value: `${first}${a}/${first}${b}` };
}

/** A year with its era: A.D. (or C.E.) as is, B.C. as EDTF's astronomical year (1 B.C. is 0000, 44 B.C. is -0043). */
function era(y: number, bc: boolean): Omit<FoundDate, 'start' | 'end'> | null {
  if (y < 1 || y > MAX_YEAR) return null;
  return { value: bc ? (y === 1 ? '0000' : `-${String(y - 1).padStart(4, '0')}`) : String(y).padStart(4, '0') };
}

function span(y: number, m: number, d1: number, d2: number): Omit<FoundDate, 'start' | 'end'> | null {
  if (!y || d2 <= d1 || !validDay(y, m, d1) || !validDay(y, m, d2)) return null;
  return { value: `${edtf(y, m, d1)}/${edtf(y, m, d2)}` };
}

function numeric(y: number, m: number, d: number): Omit<FoundDate, 'start' | 'end'> | null {
  return y && validDay(y, m, d) ? { value: edtf(y, m, d) } : null;
}

function dayNoYear(mName: string, d: string): Omit<FoundDate, 'start' | 'end'> | null {
  const m = monthNumber(mName);
  // 2000 is a leap year: 29 February is allowed until a year says otherwise.
  return validDay(2000, m, +d) ? { value: edtf(0, m, +d), month: m, day: +d } : null;
}

const DECADE_WORDS: Record<string, string> = {
  twenties: '192',
  thirties: '193',
  forties: '194',
  fifties: '195',
  sixties: '196',
  seventies: '197',
  eighties: '198',
  nineties: '199',
};
/** What must come before a decade word for it to be a date: "the", perhaps "early" ("in their twenties" is an age). */
const DECADE_LEAD = /(?:^|[^\p{L}])([Tt]he[\s\u00a0]+(?:([Ee]arly|[Mm]id|[Ll]ate)(?:-|[\s\u00a0]+))?)$/u;

/** "the twenties", "the early thirties" (of the 1900s): found from each "ties" in the text, as they have no digit. */
function decadeWords(text: string, found: FoundDate[]): void {
  for (let at = text.indexOf('ties'); at >= 0; at = text.indexOf('ties', at + 4)) {
    const end = at + 4;
    let start = at;
    while (start > 0 && start > at - 6 && (text.charCodeAt(start - 1) | 32) >= 97 && (text.charCodeAt(start - 1) | 32) <= 122)
      start--;
    // forties .. seventies: seven to nine letters, the only sizes worth a look among parties, duties and cities.
    if (end - start < 7 || end - start > 9) continue;
    const first = DECADE_WORDS[text.slice(start, end).toLowerCase()];
    if (!first || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const lead = DECADE_LEAD.exec(text.slice(Math.max(0, start - 16), start));
    if (!lead) continue;
    const value = decade(first, lead[2]);
    if (value) found.push({ ...value, start: start - lead[1].length, end });
  }
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const ORDINAL_SRC =
  '(?:(?:[Tt]wenty|[Tt]hirty)[- ]?)?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth)|' +
  '[Tt]enth|[Ee]leventh|[Tt]welfth|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teenth|[Tt]wentieth|[Tt]hirtieth';
/**
 * "the fourth of July, 1776", "this sixteenth day of December, A.D. 1851", "the first of last September": a day in words
 * needs "of" before its month.
 */
const OF_MONTH = new RegExp(`of${SP}(?:(?<rel>last|next)${SP})?${MON('mon')}${E}`, 'gu');
const WORD_DAY_BEFORE = new RegExp(`${B}(?<ordinal>${ORDINAL_SRC})${SP}(?:day${SP})?$`, 'u');
const WORD_DAY_YEAR = new RegExp(`,?${SP}${ANNO}${YEAR('y')}${E}`, 'uy');

function ordinal(word: string): number {
  const w = word.toLowerCase();
  const tens = w.startsWith('twenty') ? 20 : w.startsWith('thirty') ? 30 : 0;
  const unit = tens ? w.slice(6).replace(/^[- ]/, '') : w;
  if (tens && unit === '') return 0;
  if (w === 'thirtieth') return 30;
  return tens + ORDINALS.indexOf(unit) + 1;
}

/**
 * Days written as ordinal words: found over the whole text, as they have no digit to start a window (only if some month is
 * named).
 */
function wordDays(text: string, o: Required<DateOptions>, found: FoundDate[]): void {
  // "of <Month>" first (a literal the regex engine finds fast), then the ordinal before it and the year after it.
  OF_MONTH.lastIndex = 0;
  for (let m = OF_MONTH.exec(text); m; m = OF_MONTH.exec(text)) {
    const head = text.slice(Math.max(0, m.index - 24), m.index);
    const w = WORD_DAY_BEFORE.exec(head);
    if (!w) continue;
    WORD_DAY_YEAR.lastIndex = m.index + m[0].length;
    const y = WORD_DAY_YEAR.exec(text);
    const d = String(ordinal(w.groups!.ordinal));
    const mon = m.groups!.mon;
    const rel = m.groups!.rel as 'last' | 'next' | undefined;
    // "the first of last September": the last September before the dateline (date-ranges.ts), not one with a year after it.
    if (rel && y) continue;
    const made = y ? day(year(y.groups!.y), mon, d, undefined, o) : dayNoYear(mon, d);
    const end = y ? WORD_DAY_YEAR.lastIndex : m.index + m[0].length;
    if (made) found.push({ ...made, start: m.index - head.length + w.index, end, ...(rel ? { relative: rel } : {}) });
  }
}

/** "the nineteenth century", "the early 19th century": found from each "century" in the text. */
const CENTURY_BEFORE = new RegExp(
  `(?:${B}[Tt]he${SP})?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|${SP}))?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|` +
    `(?<ordinal>${ORDINAL_SRC}))[- \\u00a0]$`,
  'u',
);

function centuries(text: string, found: FoundDate[]): void {
  for (let at = text.indexOf('entury', 1); at >= 0; at = text.indexOf('entury', at + 6)) {
    if ((text[at - 1] !== 'c' && text[at - 1] !== 'C') || /[\p{L}\p{N}]/u.test(text[at + 6] ?? '')) continue;
    // the 5th century B.C.: not this era's
    if (/^[\s\u00a0]*(?:B\.?[\s\u00a0]?C|before)/.test(text.slice(at + 6, at + 16))) continue;
    const head = text.slice(Math.max(0, at - 1 - 40), at - 1);
    const m = CENTURY_BEFORE.exec(head);
    if (!m) continue;
    const g = m.groups!;
    const n = g.n ? Number(g.n) : ordinal(g.ordinal);
    if (n < 1 || n > 21) continue;
    const c = String(n - 1).padStart(2, '0');
    const q = g.part?.toLowerCase();
    const value = !q ? `${c}XX` : q === 'early' ? `${c}00/${c}33` : q === 'mid' ? `${c}34/${c}66` : `${c}67/${c}99`;
    // "the" belongs to the phrase ("the 1930s"); a qualifier without "the" starts it.
    found.push({ value, start: at - 1 - head.length + m.index, end: at + 6 });
  }
}

/** Every date in the text, as EDTF, in text order; `languages`: each paragraph's language when the caller has it already. */
export function findDates(text: string, options: DateOptions = {}, languages?: LanguageSpans): Mention[] {
  return readDates(text, options, true, languages);
}

/**
 * The same dates with the speed filters off: every pattern over the whole text, no windows (date-windows.ts), no month
 * test, no per-rule gates. Slow; for the unit test that proves the filters never change an answer.
 */
export function findDatesUnfiltered(text: string, options: DateOptions = {}): Mention[] {
  return readDates(text, options, false);
}

function readDates(text: string, options: DateOptions, filtered: boolean, languages?: LanguageSpans): Mention[] {
  const o: Required<DateOptions> = {
    dayFirst: options.dayFirst ?? false,
    julianBefore: options.julianBefore ?? '1918-02-14',
    lang: options.lang ?? 'auto',
  };
  const found: FoundDate[] = [];
  // The patterns run only where a number can make a date (date-windows.ts), not over the whole text.
  const windows: Array<[number, number]> = filtered ? dateWindows(text) : [[0, text.length]];
  for (const [ws, we] of windows) {
    const window = text.slice(ws, we);
    const month = !filtered || MONTH_NEAR.test(window);
    for (const r of RULES) {
      if ((r.month && !month) || (filtered && r.gate && !r.gate.test(window))) continue;
      r.re.lastIndex = 0;
      for (let m = r.re.exec(window); m; m = r.re.exec(window)) {
        m.index += ws;
        const made = r.make(m.groups as Groups, m, o, text);
        if (!made) continue;
        const start = r.from === undefined ? m.index : m.index + m[0].lastIndexOf(m.groups![r.from]);
        found.push({ ...made, start, end: trimEnd(text, m.index + m[0].length) });
      }
    }
  }
  decadeWords(text, found);
  wordDays(text, o, found);
  centuries(text, found);
  monthsWithoutYear(text, found);
  daysWithoutMonth(text, found);
  seasonsWithoutYear(text, found);
  withWeekdays(text, found);
  // Russian, German and French paragraphs: their own rules too (date-intl.ts); English ones are read as before.
  const spans = o.lang !== 'en' ? (languages ?? paragraphLanguages(text, o.lang)) : undefined;
  if (spans)
    intlDates(
      text,
      spans,
      { ru: RU_RULES.concat(SHARED_RULES), de: DE_RULES.concat(SHARED_RULES), fr: FR_RULES.concat(SHARED_RULES) },
      o,
      found,
    );
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const f of found) if (!kept.length || f.start >= kept[kept.length - 1].end) kept.push(f);
  const foreign = spans?.langs.some((l) => l !== 'en');
  const yearless = foreign ? new Set(kept.filter(needsYear)) : undefined;
  const joined = joinDates(text, kept);
  // Russian, German and French: a day found without a year takes the narrative's (date-narrative.ts).
  if (spans && yearless) narrativeYears(text, joined, spans, yearless);
  return joined.map((f) => {
    const mention: Mention = { kind: 'date', start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.value };
    if (f.julian) mention.julian = f.julian;
    return mention;
  });
}

/** A match may end in spaces swallowed by an optional tail; the span does not. */
function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
