/**
 * Where dates can be: every date form has a number in it, so instead of
 * running each date pattern over the whole text, the text is scanned once for
 * digit runs that can be part of a date (a year between MIN_YEAR and
 * MAX_YEAR; a day or month number next to a month name or a / . separator;
 * ’30s; a number next to an era, A.D. 800)
 * and the patterns run only in small windows around those. A window starts
 * and ends at whitespace, so the patterns' word-boundary look-arounds see
 * the same thing in the window as in the whole text.
 */
import { MAX_YEAR, MIN_YEAR } from './date-parts';

/** Characters of context kept on each side of a trigger: longer than any date phrase around its number. */
const MARGIN = 32;
/** How much further a window edge moves to reach whitespace. */
const EDGE = 32;
const DIGITS = /[0-9]+/g;
/** A month name (or abbreviation) somewhere near a small number; without one in a window, month patterns need not run. */
export const MONTH_NEAR = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/;
/** "inst.", "ult.", "prox." after a day number. */
const RELATIVE_NEAR = /^(?:st|nd|rd|th|d)?[\s\u00a0]+(?:inst|ult|prox)/;
/** An era next to a number of any size: A.D. 800, 44 B.C. */
export const ERA_NEAR = /A\.\s?D\.|B\.\s?C\.|C\.\s?E\.|(?<![A-Za-z])(?:AD|BCE?|CE)(?![A-Za-z])/;

/** Sorted, disjoint [start, end) windows of the text that may hold dates. */
export function dateWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!trigger(text, start, end)) continue;
    const from = Math.max(0, start - MARGIN);
    const to = Math.min(text.length, end + MARGIN);
    const last = out[out.length - 1];
    if (last && from <= last[1]) {
      last[1] = Math.max(last[1], toSpace(text, to));
    } else {
      out.push([fromSpace(text, from, last ? last[1] : 0), toSpace(text, to)]);
    }
  }
  return out;
}

function trigger(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len === 4) {
    const y = Number(text.slice(start, end));
    return y >= MIN_YEAR && y <= MAX_YEAR;
  }
  if (len > 4) return false;
  if (ERA_NEAR.test(text.slice(Math.max(0, start - 6), Math.min(text.length, end + 6)))) return true;
  if (len > 2) return false;
  const next = text.charCodeAt(end);
  // 18.12.1936, 12/18/1936, 12/25 October: separators of numeric and dual dates.
  if ((next === 46 || next === 47) && text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57) return true;
  // ’30s, '30s.
  const prev = text.charCodeAt(start - 1);
  if ((prev === 39 || prev === 0x2019 || prev === 0x2018) && next === 115) return true;
  // the 3d inst., the 28th ult.
  if (RELATIVE_NEAR.test(text.slice(end, end + 12))) return true;
  return MONTH_NEAR.test(text.slice(Math.max(0, start - 16), Math.min(text.length, end + 20)));
}

/** The window start moved back to just after whitespace (not before `floor`, the end of the window before). */
function fromSpace(text: string, from: number, floor: number): number {
  for (let i = from; i > Math.max(floor, from - EDGE); i--) if (isBlank(text.charCodeAt(i - 1))) return i;
  return Math.max(floor, from - EDGE) === floor ? floor : from;
}

/** The window end moved forward to whitespace. */
function toSpace(text: string, to: number): number {
  for (let i = to; i < Math.min(text.length, to + EDGE); i++) if (isBlank(text.charCodeAt(i))) return i;
  return Math.min(text.length, to + EDGE) === text.length ? text.length : to;
}

const isBlank = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
