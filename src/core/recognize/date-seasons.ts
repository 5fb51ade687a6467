/**
 * A season named without a year: "last spring", "next summer", "this
 * autumn" (counted from the heading or dateline above, as "last December"
 * is), "in the spring", "during the winter", "the summer of that year"
 * (the year of the paragraph). Values as EDTF seasons (21 spring .. 24
 * winter; a winter is of the year its December is in, as "the winter of
 * 1917-18" is 1917-24). A season whose year nothing gives is dropped: a
 * year-less season is worth no mark.
 *
 * The span is the season word, as it is the month word for "last December".
 * "Fall" counts only after last / next / this or before "of that year" ("the
 * fall of Rome" is not a season), and a season needs one of these words of
 * time ("a spring of water" is none).
 */
import { SEASONS } from './date-parts';

/** The fields of date-ranges.ts's FoundDate that a season sets (not imported: date-ranges.ts imports seasonYear from here). */
interface SeasonDate {
  start: number;
  end: number;
  value: string;
  season?: number;
  seasonWord?: 'last' | 'next' | 'this';
}

const SEASON_WORD = /(?<![\p{L}\p{N}])([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?![\p{L}\p{N}'’-])/gu;
/** "last", "next", "this", "past", "coming" right before: counted from the dateline. */
const RELATIVE_BEFORE = /(?:^|[^\p{L}])(?:([Ll]ast|[Pp]ast)|([Nn]ext|[Cc]oming)|([Tt]his))[\s\u00a0]+$/u;
/** A preposition of time and "the" before: the year of the paragraph. */
// prettier-ignore
const IN_THE_BEFORE =
  /(?:^|[^\p{L}])(?:[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough(?:out)?|[Bb]efore|[Aa]fter|[Ee]arly[\s\u00a0]+in|[Ll]ate[\s\u00a0]+in)[\s\u00a0]+the[\s\u00a0]+(?:(?:early|late)[\s\u00a0]+)?$/u;
/** "of that year", "of the same year" after. */
const OF_THAT_YEAR = /^[\s\u00a0]+of[\s\u00a0]+(?:that|the[\s\u00a0]+same)[\s\u00a0]+year(?![\p{L}])/u;

/** The first and last month of each season code; a winter runs from December into the next year's February. */
const FIRST_MONTH: Record<number, number> = { 21: 3, 22: 6, 23: 9, 24: 12 };
const LAST_MONTH: Record<number, number> = { 21: 5, 22: 8, 23: 11, 24: 14 };

/** Seasons without a year, governed by a word of time; pushed with value XXXX-SS until the context gives a year. */
export function seasonsWithoutYear(text: string, found: SeasonDate[]): void {
  SEASON_WORD.lastIndex = 0;
  for (let m = SEASON_WORD.exec(text); m; m = SEASON_WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const relative = RELATIVE_BEFORE.exec(before);
    const ofThatYear = OF_THAT_YEAR.test(text.slice(end, end + 24));
    const fall = /^[Ff]/.test(m[1]);
    if (!relative && !ofThatYear && (fall || !IN_THE_BEFORE.test(before))) continue;
    const season = SEASONS[m[1].toLowerCase()];
    const word = relative ? (relative[1] ? 'last' : relative[2] ? 'next' : 'this') : undefined;
    found.push({ start, end, value: `XXXX-${season}`, season, seasonWord: word });
  }
}

/**
 * The year of "last", "next" or "this" season counted from a dateline's year and month: the latest season over
 * before the dateline's month, the first to begin after it, or the one of the dateline's year (a January's winter
 * is the one begun the December before).
 */
export function seasonYear(season: number, dateline: { y: number; m: number }, word: 'last' | 'next' | 'this'): number {
  const at = dateline.y * 12 + dateline.m;
  if (word === 'this') return season === 24 && dateline.m <= 2 ? dateline.y - 1 : dateline.y;
  if (word === 'last') {
    let y = dateline.y;
    while (y * 12 + LAST_MONTH[season] >= at) y--;
    return y;
  }
  let y = dateline.y - 1;
  while (y * 12 + FIRST_MONTH[season] <= at) y++;
  return y;
}
