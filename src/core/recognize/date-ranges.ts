/**
 * The second pass over dates: ranges ("from 1931 to the middle of 1936",
 * "between 1932 and 1934", "18 December 1936 – 3 January 1937") become one
 * EDTF interval, lists of years ("in 1929, 1930 and 1931") are extended, and
 * a day without a year ("on 18 December") takes the year of the nearest date
 * before it in the same paragraph, else of the next date in the same sentence
 * when that one is later in its year ("adjourned 4th May, resumed 11th May
 * 1936"), else of a dateline alone on its line a few paragraphs up (a letter's
 * "Mount Vernon, June 1st 1785.") when its month is not later, or XXXX when
 * there is none (a paragraph
 * before, in real prose, is as often about another year as about this one).
 */
import { Paragraphs } from '../text/paragraphs';
import { COUNTED, MAX_YEAR, MIN_YEAR, edtf, julianToGregorian, validDay } from './date-parts';
import { seasonYear } from './date-seasons';

export interface FoundDate {
  start: number;
  end: number;
  value: string;
  julian?: string;
  /** A bare year found by its context: a list of years may follow it. */
  bareYear?: boolean;
  /** For a day or a month without a year. */
  month?: number;
  /** A month without a day ("in March"): filled with a year like a day. */
  monthOnly?: boolean;
  day?: number;
  /** For a range of days without a year ("1st–3rd May"): the last day. */
  day2?: number;
  /**
   * For a range of days without a year over two months ("from the first of January to the 30th of September"): the last day's
   * month.
   */
  month2?: number;
  /** For "the 3d inst." (0), "the 28th ult." (-1), "the 1st prox." (1): the month relative to the date before it. */
  shift?: number;
  /** For a day without a year marked O.S.: Julian, to convert when the year is known. */
  oldStyle?: boolean;
  /** For a season without a year ("last spring", "in the winter"): its EDTF code, 21-24 (date-seasons.ts). */
  season?: number;
  /** For a season without a year: "last", "next" or "this" before it, counted from the dateline; else the paragraph's year. */
  seasonWord?: 'last' | 'next' | 'this';
  /** For "Jan. 1, '37": the year without its century, which the other years of the text give. */
  yy?: number;
  /** A day without a month ("on the 29th", date-days.ts): month and year from the date before it, else dropped. */
  dayOnly?: boolean;
  /** A diary entry's day opening its paragraph ("5th. Office day"): its month from the heading or the entry before. */
  entry?: boolean;
  /** "the first of last September": "last" or "next" inside the date, counted from the dateline like "September last". */
  relative?: 'last' | 'next';
  /** A year in parentheses that glosses "the succeeding year" before it ("(1834)"): part of that date, dropped. */
  gloss?: boolean;
  /** "the last day of February": the month's last day, 28 or 29 once the year is known. */
  lastDay?: boolean;
  /**
   * A day of a list ending in its month ("the 8th and 9th of May last"), or a month of a list ending in its year
   * ("September and October 1914"): the year of the date after it.
   */
  sameAsNext?: boolean;
}

// prettier-ignore
const LIST_NEXT =
  /(?:,[\s\u00a0]*|[\s\u00a0]+and[\s\u00a0]+|[\s\u00a0]+or[\s\u00a0]+|,[\s\u00a0]+and[\s\u00a0]+|,[\s\u00a0]+or[\s\u00a0]+)(\d{4})(?![\p{L}\p{N}])/uy;
const RANGE_OPEN = /(?:^|[^\p{L}])([Ff]rom|[Bb]etween)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:years?[\s\u00a0]+)?$/u;
const RANGE_TO = /^,?[\s\u00a0]+(to|until|till|through|and)[\s\u00a0]+(?:the[\s\u00a0]+)?$/;
const RANGE_TO_YEAR = /[\s\u00a0]+(to|until|till|through|and)[\s\u00a0]+(\d{4})(?![\p{L}\p{N}])/uy;
const DASH_ONLY = /^[\s\u00a0]*[\u2013\u2014][\s\u00a0]*$|^[\s\u00a0]+-[\s\u00a0]+$/;

const yearOf = (v: string): number => (/^\d{4}/.test(v) ? Number(v.slice(0, 4)) : 0);
const isInterval = (v: string): boolean => v.includes('/');

/** Joins ranges, extends year lists and fills years, on dates sorted and not overlapping. */
export function joinDates(text: string, dates: FoundDate[]): FoundDate[] {
  const listed = extendLists(text, dates);
  const out: FoundDate[] = [];
  for (let i = 0; i < listed.length; i++) {
    const a = listed[i];
    const joined = joinRange(text, a, listed[i + 1]);
    if (joined) {
      out.push(joined.date);
      if (joined.usedNext) i++;
    } else {
      out.push(a);
    }
  }
  // Centuries first: "Jan. 1, '65" must be 1865 before a day after it takes its year from it.
  const dated = fillCenturies(out);
  fillYears(text, dated);
  // "the 8th and 9th of May last": the first days of the list take the year the last one got; so do the first months of
  // "September and October 1914", each before the next.
  for (let i = dated.length - 2; i >= 0; i--) {
    const d = dated[i];
    const y = yearOf(dated[i + 1].value);
    const nextMonth = Number(dated[i + 1].value.slice(5, 7));
    if (d.sameAsNext && y && d.month && (d.monthOnly ? nextMonth > d.month : d.month === nextMonth)) d.value = withYear(d, y);
  }
  // A season whose year nothing gave is dropped (date-seasons.ts), and so is a day whose month nothing gave (date-days.ts).
  return fillMonths(dated).filter(
    (d) => !((d.season && d.value.startsWith('XXXX')) || (d.dayOnly && d.value.startsWith('XXXX-XX')) || d.gloss),
  );
}

function extendLists(text: string, dates: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    out.push(d);
    if (!d.bareYear) continue;
    let end = d.end;
    for (;;) {
      LIST_NEXT.lastIndex = end;
      const m = LIST_NEXT.exec(text);
      if (!m) break;
      const y = Number(m[1]);
      const start = end + m[0].length - 4;
      // "in 1812 and 1200 horses": a count, not the next year of the list.
      if (y < MIN_YEAR || y > MAX_YEAR || Math.abs(y - yearOf(d.value)) > 150 || COUNTED.test(text.slice(start + 4, start + 28)))
        break;
      if (dates[i + 1] && dates[i + 1].start < start + 4) break;
      out.push({ start, end: start + 4, value: edtf(y), bareYear: true });
      end = start + 4;
    }
  }
  return out;
}

function joinRange(text: string, a: FoundDate, b: FoundDate | undefined): { date: FoundDate; usedNext: boolean } | null {
  if (isInterval(a.value)) return null;
  const open = RANGE_OPEN.exec(text.slice(Math.max(0, a.start - 24), a.start));
  const start = open ? a.start - open[0].length + open[0].indexOf(open[1]) : a.start;
  const between = b ? text.slice(a.end, b.start) : '';
  let end: FoundDate | undefined;
  let usedNext = false;
  if (b && !isInterval(b.value) && DASH_ONLY.test(between)) {
    end = b;
    usedNext = true;
  } else if (b && !isInterval(b.value) && headsEntry(text, a, b, between)) {
    end = b;
    usedNext = true;
  } else if (open) {
    const to = RANGE_TO.exec(between);
    const word = open[1].toLowerCase() === 'between' ? 'and' : 'to|until|till|through';
    if (b && to && new RegExp(`^(?:${word})$`).test(to[1]) && !isInterval(b.value)) {
      end = b;
      usedNext = true;
    } else {
      RANGE_TO_YEAR.lastIndex = a.end;
      const m = RANGE_TO_YEAR.exec(text);
      if (m && new RegExp(`^(?:${word})$`).test(m[1]) && (!b || b.start >= a.end + m[0].length)) {
        end = { start: a.end + m[0].length - 4, end: a.end + m[0].length, value: m[2] };
      }
    }
  }
  if (!end) return null;
  let from = a.value;
  const ya = yearOf(a.value);
  const yb = yearOf(end.value);
  // "from the first of January to the 30th of September": two days without a year, filled together later.
  if (
    !ya &&
    !yb &&
    a.month &&
    a.day &&
    !a.day2 &&
    end.month &&
    end.day &&
    !end.day2 &&
    !a.shift &&
    !end.shift &&
    a.month !== end.month
  ) {
    return {
      date: {
        start: open ? start : a.start,
        end: end.end,
        value: `${a.value}/${end.value}`,
        month: a.month,
        day: a.day,
        month2: end.month,
        day2: end.day,
      },
      usedNext,
    };
  }
  // "18 November to 3 December 1936": the first day takes the year of the second.
  if (!ya && yb && a.month && a.day) from = edtf(yb, a.month, a.day);
  else if (!ya && yb && a.monthOnly && a.month && /^\d{4}-\d{2}$/.test(end.value)) from = edtf(yb, a.month);
  else if (!ya || !yb || ya > yb) return null;
  if (
    from.replace(/~/g, '') >= end.value.replace(/~/g, '') &&
    from.slice(0, 4) === end.value.slice(0, 4) &&
    from.length === end.value.length
  )
    return null;
  return { date: { start: open ? start : a.start, end: end.end, value: `${from}/${end.value}` }, usedNext };
}

/** A journal's entry headed by the period it covers, without "from": "April 4th to July 5th, 1832.—A few days after". */
function headsEntry(text: string, a: FoundDate, b: FoundDate, between: string): boolean {
  return (
    /(?:^|\n)[ \t\u00a0]*$/.test(text.slice(Math.max(0, a.start - 40), a.start)) &&
    /^[\s\u00a0]+(?:to|till|until)[\s\u00a0]+$/.test(between) &&
    ENTRY_AFTER.test(text.slice(b.end, b.end + 4))
  );
}

/** Characters back to look for the full date (a letter's dateline) that "inst." and "ult." count from. */
const RELATIVE_REACH = 1500;

/** Gives "the 3d inst." the month of the nearest full date before it, shifted; drops it without one. */
function fillMonths(dates: FoundDate[]): FoundDate[] {
  // The last date so far with a year and month: the nearest one before each date, found in one pass.
  let last: { end: number; months: number } | undefined;
  return dates.filter((d) => {
    let keep = true;
    if (d.shift !== undefined && d.day !== undefined) {
      keep = false;
      if (last && d.start - last.end < RELATIVE_REACH) {
        const months = last.months + d.shift;
        const y = Math.floor(months / 12);
        const mo = (months % 12) + 1;
        if (validDay(y, mo, d.day)) {
          d.value = edtf(y, mo, d.day);
          keep = true;
        }
      }
    }
    // A season (1932-23) is no month to count from.
    const m = /^(\d{4})-(0\d|1[0-2])/.exec(d.value.split('/').pop() ?? '');
    if (m) last = { end: d.end, months: Number(m[1]) * 12 + Number(m[2]) - 1 };
    return keep;
  });
}

/**
 * Gives "April 3, '65" the century that puts it nearest the closest four-digit year (before it, else after); drops it without
 * one.
 */
function fillCenturies(dates: FoundDate[]): FoundDate[] {
  if (!dates.some((d) => d.yy !== undefined)) return dates;
  // The nearest four-digit year before and after each date, in two passes (the values read here do not change below).
  const before: number[] = [];
  const after: number[] = [];
  const own = (d: FoundDate): number => (d.yy === undefined ? yearOf(d.value) : 0);
  for (let i = 0, y = 0; i < dates.length; i++) {
    before.push(y);
    y = own(dates[i]) || y;
  }
  for (let i = dates.length - 1, y = 0; i >= 0; i--) {
    after[i] = y;
    y = own(dates[i]) || y;
  }
  const near = (i: number): number => before[i] || after[i];
  return dates.filter((d, i) => {
    if (d.yy === undefined) return true;
    const ref = near(i);
    if (!ref) return false;
    const y = [-100, 0, 100]
      .map((c) => Math.floor(ref / 100) * 100 + c + (d.yy ?? 0))
      .sort((a, b) => Math.abs(a - ref) - Math.abs(b - ref))[0];
    const [, m, day] = d.value.split('-').map(Number);
    if (!validDay(y, m, day)) return false;
    d.value = edtf(y, m, day);
    return true;
  });
}

/** Paragraphs back to look for a letter's dateline, and the longest a dateline paragraph is. */
const DATELINE_REACH = 3;
const DATELINE_LENGTH = 100;

/**
 * The year of a letter's or diary's dateline ("Mount Vernon, June 1st 1785." alone on its line) a few paragraphs
 * before a date, when that date's month is not after the dateline's (a letter looks back: "your letter of the 9th of
 * February"; a later month may be of the year before or after); else 0. `prev` is the last date before the date's
 * paragraph, in paragraph `q`.
 */
function datelineYear(paragraphs: Paragraphs, prev: FoundDate | undefined, q: number, p: number, month: number): number {
  if (!prev || q < p - DATELINE_REACH || paragraphs.ends[q] - paragraphs.starts[q] > DATELINE_LENGTH) return 0;
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(prev.value);
  return m && Number(m[2]) >= month ? Number(m[1]) : 0;
}

/** Characters back a narrative date reaches (for the year of a day or month, or the month of a day alone): about a page. */
const NARRATIVE_REACH = 4000;
/** The longest a heading (the text's first paragraph) is whose closing year, even bare ("... on Corinth in 1862."), counts. */
const HEADING_LENGTH = 200;

/** A date with a year and month, where it ends; `day` when it has one. */
interface Anchor {
  y: number;
  m: number;
  day: number;
  end: number;
}

/**
 * Gives each day without a year the year of the context (see the top of this file), in one pass: the year of the
 * nearest dated date before it in its paragraph and the last date before its paragraph are carried along, so that a
 * paragraph of a thousand year-less days is not searched back a thousand times. Then, in order: the paragraph's year;
 * the narrative's (the last date with a year told in running prose before it, or a heading's year), which a later date
 * of the same sentence does not override; a later date of the sentence; a dateline's. A day alone ("on the 29th") takes
 * the month and year of the nearest date before it; a diary entry's day ("5th. Office day") those of the heading or entry
 * before it.
 */
function fillYears(text: string, dates: FoundDate[]): void {
  if (!dates.some((d) => d.value.startsWith('XXXX') && ((d.month && (d.day || d.monthOnly)) || d.season || d.dayOnly))) return;
  const paragraphs = new Paragraphs(text);
  // Years taken from a dateline are a guess for their own date only: they are not passed on within the paragraph.
  let paragraph = -2;
  let paragraphYear = 0;
  let prev: FoundDate | undefined;
  let prevParagraph = -1;
  // The date of the last dateline or heading so far ("December 1848" above a message), which "last" and "next" count from.
  let dateline: { y: number; m: number } | undefined;
  // The last year told in running prose (not a guess, not a dateline), or a heading's: the narrative's year.
  let narrative: { y: number; end: number } | undefined;
  // The year of the heading that dates the whole text (a newspaper's issue, a dispatch): the last resort, however far.
  let headingYear = 0;
  // The last date with a month (any), and the last one that heads a paragraph (a dateline, a heading, a diary's entry).
  let month: Anchor | undefined;
  let entryMonth: Anchor | undefined;
  // The day the text is written on: the last journal entry's or dateline's (not a narrated date that opens a paragraph).
  let writtenOn: Anchor | undefined;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const p = paragraphs.indexAt(d.start);
    if (p !== paragraph) {
      if (i > 0) {
        prev = dates[i - 1];
        prevParagraph = paragraph;
      }
      paragraph = p;
      paragraphYear = 0;
    }
    const short = p >= 0 && paragraphs.ends[p] - paragraphs.starts[p] <= DATELINE_LENGTH;
    const opens = OPENS.test(text.slice(p >= 0 ? paragraphs.starts[p] : 0, d.start));
    let guessed = false;
    if (d.dayOnly && d.day && d.value.startsWith('XXXX')) {
      // A diary entry: the heading's or the last entry's month, the next one when the day is smaller ("31st", then "1st.").
      // "on the 17th and the latter on the 18th of December": a later day of the same sentence, with its month, gives it.
      const after = dates[i + 1];
      const narrativeYear = narrative && d.start - narrative.end <= NARRATIVE_REACH ? narrative.y : 0;
      const later = after && !d.entry && /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/.exec(after.value);
      const sameSentence = after && !/[!?;]|\.[\s\u00a0]+\p{Lu}|\n/u.test(text.slice(d.end, after.start));
      const from =
        later && sameSentence && after.start - d.end <= 80 && +later[3] > d.day
          ? { y: Number(later[1]) || narrativeYear || (month?.y ?? 0), m: +later[2], day: 0, end: d.end }
          : d.entry
            ? entryMonth
            : month;
      if (from && d.start - from.end <= NARRATIVE_REACH) {
        const next = d.entry && d.day < from.day;
        // "the great earthquake of the 20th" in the entry of March 4th: a later day named by what happened on it is past, of
        // the month before.
        const back =
          !d.entry &&
          !!writtenOn?.day &&
          from.m === writtenOn.m &&
          from.y === writtenOn.y &&
          d.day > writtenOn.day &&
          pastThing(text, d);
        const y = next && from.m === 12 && from.y ? from.y + 1 : back && from.m === 1 && from.y ? from.y - 1 : from.y;
        const m = next ? (from.m % 12) + 1 : back ? ((from.m + 10) % 12) + 1 : from.m;
        if (validDay(y, m, d.day)) d.value = edtf(y, m, d.day);
      }
      // A journal's entry ("24th.—", "Sunday, 22nd.—") dated from the entry before it is the narrative's day from there on.
      guessed = !(d.entry && from === entryMonth && from?.y);
    } else if (d.season && d.value.startsWith('XXXX')) {
      // "last spring" from the dateline; "in the spring", "the spring of that year" from the paragraph, when the sentence
      // tells of the past: "In the spring one humble little plant sends out a few leaves" is every spring's.
      const y = d.seasonWord
        ? dateline
          ? seasonYear(d.season, dateline, d.seasonWord)
          : 0
        : PAST.test(sentenceOf(text, d))
          ? paragraphYear
          : 0;
      if (y) d.value = `${edtf(y)}-${d.season}`;
    } else if (d.value.startsWith('XXXX') && d.month && (d.day || d.monthOnly)) {
      // "the 1st of July last", "in March last", "next June": the last or next such month from the dateline, before any other
      // year.
      const relative = dateline && (d.relative ?? relativeWord(text, d));
      if (dateline && relative) d.value = withYear(d, relativeYear(dateline, d.month, relative));
      // A journal's entry dated without a year ("August 27th.—We left", "June 29th—"): the year of the entry or dateline
      // before it, the next one when its month comes earlier (December's entries, then January's). Not a guess: it is the
      // narrative's year from there on.
      if (d.value.startsWith('XXXX') && d.day && entryMonth?.y && journalEntry(text, paragraphs, p, d))
        d.value = withYear(d, d.month < entryMonth.m ? entryMonth.y + 1 : entryMonth.y);
      // "A note of November 2nd" in the entry of 31 October 1660: a later day named by a thing of it is past, not of the
      // entry's year; the paragraph's and the narrative's year are not its.
      const past =
        !!writtenOn?.y &&
        !!writtenOn.day &&
        !!d.day &&
        (d.month > writtenOn.m || (d.month === writtenOn.m && d.day > writtenOn.day)) &&
        d.start - writtenOn.end <= NARRATIVE_REACH &&
        pastThing(text, d);
      if (paragraphYear && !past && d.value.startsWith('XXXX')) d.value = withYear(d, paragraphYear);
      // The narrative's year, before a later date of the sentence ("On the 3rd of May ... in 1861 he had ..." is 1862's).
      if (d.value.startsWith('XXXX') && !past && narrative && d.start - narrative.end <= NARRATIVE_REACH) {
        d.value = withYear(d, narrative.y);
        guessed = true;
      }
      const next = dates[i + 1];
      if (
        d.value.startsWith('XXXX') &&
        next &&
        !/[!?]|\.[\s\u00a0]+\p{Lu}|\n[\s\u00a0]*\n/u.test(text.slice(d.end, next.start))
      ) {
        const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(next.value);
        if (m && Number(m[2]) >= d.month) d.value = withYear(d, +m[1]);
      }
      if (d.value.startsWith('XXXX')) {
        const y = datelineYear(paragraphs, prev, prevParagraph, p, d.month);
        if (y) {
          d.value = withYear(d, y);
          guessed = true;
        }
      }
      // "in September", told in the past in a message dated January 1946: the last September before the heading, 1945.
      // Not a date that opens its paragraph ("February 3 we left.", "On 18 November"): a diary's next entry comes after its
      // dateline.
      if (d.value.startsWith('XXXX') && dateline && d.month > dateline.m && !opens && toldInThePast(text, d)) {
        d.value = withYear(d, dateline.y - 1);
        guessed = true;
      }
      // "will be here on Friday next, November 2nd" in a diary's entry of 31 October: a day of the next month or two after
      // the entry's (or a dateline's) day, told of the future, is the coming one.
      const ahead = entryMonth ? (d.month - entryMonth.m + 12) % 12 : 0;
      if (
        d.value.startsWith('XXXX') &&
        entryMonth?.day &&
        ahead >= 1 &&
        ahead <= 2 &&
        !opens &&
        FUTURE.test(sentenceOf(text, d))
      ) {
        d.value = withYear(d, entryMonth.m + ahead > 12 ? entryMonth.y + 1 : entryMonth.y);
        guessed = true;
      }
      // A dispatch's "[Made Public Sept. 29.]" pages below its heading: the heading's year, when nothing nearer gave one.
      if (d.value.startsWith('XXXX') && headingYear) {
        d.value = withYear(d, headingYear);
        guessed = true;
      }
      // "June of the following year", "the last day of February in the succeeding year": one year on from the year the
      // context gave (or back, for "the previous year"); the narrative moves with it.
      // "in the succeeding year (1834)": the year in parentheses is the phrase's, and no date of its own.
      const shift = YEAR_AFTER.exec(text.slice(d.end, d.end + 48));
      const gloss = shift?.[2] ? dates[i + 1] : undefined;
      if (gloss && gloss.bareYear && gloss.start === d.end + shift![0].length - 5 && gloss.value === shift![2]) {
        d.value = withYear(d, Number(shift![2]));
        gloss.gloss = true;
        guessed = false;
      } else if (shift && !d.value.startsWith('XXXX')) {
        d.value = withYear(d, yearOf(d.value) + (/^p/.test(shift[1]) ? -1 : 1));
        guessed = false;
      }
      const y = yearOf(d.value);
      if (d.oldStyle && d.day && y && !d.day2 && validDay(y, d.month, d.day, true)) {
        d.julian = d.value;
        d.value = edtf(...julianToGregorian(y, d.month, d.day));
      }
    }
    const last = d.value.split('/').pop() ?? '';
    if (!guessed) paragraphYear = yearOf(last) || paragraphYear;
    const own = /^(\d{4})-(0\d|1[0-2])(?:-\d{2})?$/.exec(d.value);
    // A dateline in quotation marks dates the document quoted ("Mont St. Guibert, Aug. 20, 1914."), not the text.
    if (own && !guessed && short && !QUOTED.test(text.slice(paragraphs.starts[p], d.start)))
      dateline = { y: +own[1], m: +own[2] };
    // A heading's year, even bare, is the narrative's (a dateline's month is not: it dates the writing, see above); in running
    // prose, a date with a month that is no guess.
    const heading =
      p === 0 &&
      paragraphs.ends[0] - paragraphs.starts[0] <= HEADING_LENGTH &&
      !(short && own) &&
      /^[\s\u00a0]*[.)]?[\s\u00a0]*$/.test(text.slice(d.end, paragraphs.ends[0]));
    if (yearOf(last) && !guessed && (heading || (!short && /^\d{4}-\d\d/.test(last))))
      narrative = { y: yearOf(last), end: d.end };
    if (yearOf(last) && !guessed && heading) headingYear = yearOf(last);
    // (A month without a year is a month still: "on May 5 ... on the 7th" is XXXX-05-07.)
    const dated = /^(\d{4}|XXXX)-(0\d|1[0-2])(?:-(\d{2}))?$/.exec(last);
    if (dated) {
      const anchor = { y: Number(dated[1]) || 0, m: +dated[2], day: Number(dated[3] ?? 0), end: d.end };
      month = anchor;
      // An entry headed by a period ("April 4th to July 5th, 1832.—"): the next entry ("April 8th.—") is within it.
      const first = isInterval(d.value) && /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(d.value.split('/')[0]);
      if (short || opens || d.entry)
        entryMonth = first ? { y: +first[1], m: +first[2], day: Number(first[3] ?? 0), end: d.end } : anchor;
      if (short || d.entry || journalEntry(text, paragraphs, p, d)) writtenOn = entryMonth;
    }
  }
}

/**
 * After a journal entry's date: a full stop or a dash, then the entry ("August 27th.—After", "June 29th—We", "5th. Office"),
 * or a note of the day in parentheses ("January 1st (New-Yeare's Day).").
 */
const ENTRY_AFTER = /^(?:\.?[\s\u00a0]*[\u2014\u2013]|\.[\s\u00a0]+\p{Lu}|[\s\u00a0]+\(\p{Lu})/u;

/** Whether a date opens its paragraph as a journal's entry: nothing before it, a full stop or dash after it. */
function journalEntry(text: string, paragraphs: Paragraphs, p: number, d: FoundDate): boolean {
  return (
    p >= 0 && /^[\s\u00a0]*$/.test(text.slice(paragraphs.starts[p], d.start)) && ENTRY_AFTER.test(text.slice(d.end, d.end + 4))
  );
}

/** A year counted from the context's, after a date: "of the following year", "in the succeeding year", "of the previous year". */
// prettier-ignore
const YEAR_AFTER =
  /^[\s\u00a0]+(?:of|in)[\s\u00a0]+the[\s\u00a0]+(following|succeeding|next|ensuing|previous|preceding)[\s\u00a0]+year(?![\p{L}])(?:[\s\u00a0]*\((\d{4})\))?/u;

/**
 * A thing named by its day, right before it: "the great earthquake of the 20th", "the shock of the 20th", "a note of November
 * 2nd"; not a time of the day ("the night of the 8th", "the evening of the 7th"), which tells of the day itself.
 */
// prettier-ignore
const THING_OF =
  /(?<![\p{L}])(?!(?:night|morning|evening|afternoon|day|noon|midnight|middle|end|beginning|close|course|dawn|dusk|months?|week)[\s\u00a0])\p{Ll}{3,}[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$/u;

/** Whether a date names a thing of its day ("the earthquake of the 20th"): see THING_OF. */
function pastThing(text: string, d: FoundDate): boolean {
  return THING_OF.test(text.slice(Math.max(0, d.start - 40), d.start));
}

/** A paragraph opening with a quotation mark. */
const QUOTED = /^[\s\u00a0]*["\u201c\u201e\u00ab'\u2018]/;
/** What may stand before a date that opens its paragraph: a word or two ("On", "On the"). */
const OPENS = /^[\s\u00a0]*(?:\p{L}+[\s\u00a0]+){0,2}$/u;
/** Words of a sentence told of the future, or as a wish or condition: its month after the heading's may be of the same year. */
// prettier-ignore
const NOT_PAST =
  /(?<![\p{L}])(?:will|shall|would|should|could|may|might|must|can|going[\s\u00a0]+to|is[\s\u00a0]+to|are[\s\u00a0]+to|expect(?:s|ed)?|plan(?:s|ned)?|hope[sd]?|propose[sd]?|intend(?:s|ed)?|until|ll)(?![\p{L}])/u;
/**
 * A verb in the past: a regular past tense in small letters (not a word in -eed: "feed", "need", "proceed"), or a common
 * irregular one.
 */
// prettier-ignore
const PAST =
  /(?<![\p{L}])(?:was|were|had|did|\p{Ll}{2,}(?<!e)ed|met|came|went|took|began|held|made|gave|saw|left|sent|brought|fell|rose|won|lost|fought|sat|spoke|wrote|paid|sold|bought|built|found|kept|led|set|struck|told|thought|became|broke|chose|drew|drove|flew|grew|knew|ran|rode|stood|swore|threw|wore)(?![\p{L}])/u;

/** Words of a sentence told of the future. */
// prettier-ignore
const FUTURE = /(?<![\p{L}])(?:will|shall|ll|going[\s\u00a0]+to|is[\s\u00a0]+to|are[\s\u00a0]+to|next|expect(?:s|ed)?|intend(?:s|ed)?|propose[sd]?)(?![\p{L}])/u;

/** The sentence (or clause, to a semicolon) a date stands in. */
function sentenceOf(text: string, d: FoundDate): string {
  const head = text.slice(Math.max(0, d.start - 300), d.start);
  const tail = text.slice(d.end, d.end + 300);
  const from = Math.max(head.search(/[.!?;][^.!?;]*$/) + 1, head.lastIndexOf('\n') + 1, 0);
  const to = tail.search(/[.!?;\n]/);
  return head.slice(from) + ' ' + (to < 0 ? tail : tail.slice(0, to));
}

/**
 * Whether the sentence around [start, end) tells of the past ("the climate, during the months of May and June, was"): its
 * predicate after the words, or, with none after them, the whole sentence.
 */
export function pastSentence(text: string, start: number, end: number): boolean {
  // The predicate after the words ("... lays two large white eggs", in a sentence begun "I was told that") when there is one.
  const tail = text.slice(end, end + 300);
  const stop = tail.search(/[.!?;\n]/);
  const rest = stop < 0 ? tail : tail.slice(0, stop);
  // (" and December" of a list is no predicate.)
  const words = rest.replace(/(?:and|or)[\s\u00a0]+\p{Lu}\p{Ll}+/gu, '');
  return PAST.test(/\p{Ll}{2}/u.test(words) ? rest : sentenceOf(text, { start, end, value: '' }));
}

/** Whether the sentence of a date tells of the past, and of nothing to come ("they met in September", not "they will meet"). */
function toldInThePast(text: string, d: FoundDate): boolean {
  const sentence = sentenceOf(text, d);
  return PAST.test(sentence) && !NOT_PAST.test(sentence);
}

const LAST_NEXT_AFTER = /^[\s\u00a0]+(last|next|ult(?:imo)?|prox(?:imo)?)(?![\p{L}])/u;
const LAST_NEXT_BEFORE = /(?:^|[^\p{L}])([Ll]ast|[Nn]ext)[\s\u00a0]+$/u;

/** "last" or "next" when the word governs the date ("the 1st of July last", "next June"); else undefined. */
function relativeWord(text: string, d: FoundDate): 'last' | 'next' | undefined {
  const word = (LAST_NEXT_AFTER.exec(text.slice(d.end, d.end + 12)) ??
    LAST_NEXT_BEFORE.exec(text.slice(Math.max(0, d.start - 8), d.start)))?.[1];
  if (!word) return undefined;
  return /^[Ll]|^ult/.test(word) ? 'last' : 'next';
}

/**
 * The year of the last (or next) `month` counted from the dateline's month: "July last" in December 1848 is 1848, "May next"
 * 1849.
 */
function relativeYear(dateline: { y: number; m: number }, month: number, word: 'last' | 'next'): number {
  if (word === 'last') return month <= dateline.m ? dateline.y : dateline.y - 1;
  return month > dateline.m ? dateline.y : dateline.y + 1;
}

/** A day (or range of days) without a year, given year y. */
export function withYear(d: FoundDate, y: number): string {
  const { month = 0, day = 0 } = d;
  // "the May-June term": two months of one year (the second of the next when it comes first: "the December-January term").
  if (!day && d.month2) return `${edtf(y, month)}/${edtf(d.month2 < month ? y + 1 : y, d.month2)}`;
  if (!day) return edtf(y, month);
  if (d.lastDay) return edtf(y, month, validDay(y, month, day + 1) ? day + 1 : day);
  // Over two months: the second is of the next year when it comes before the first ("from 1 December to 6 January").
  if (d.month2 && d.day2) return `${edtf(y, month, day)}/${edtf(d.month2 < month ? y + 1 : y, d.month2, d.day2)}`;
  return d.day2 ? `${edtf(y, month, day)}/${edtf(y, month, d.day2)}` : edtf(y, month, day);
}
