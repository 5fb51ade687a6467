/**
 * EDTF values as spans of time, for the claim rules. Parsing and validation
 * are the `edtf` package's; what is decided here is only how a value counts:
 *
 * - a value counts as the whole period it names: `1932-11` is every day of
 *   November 1932, `193X` every day of the 1930s, `1932-11-XX` every day of
 *   that month, an interval everything from its start to its end, a set
 *   (`[1932-11,1933]`) everything from its first to its last member;
 * - `~` (approximate) and `?` (uncertain) neither widen nor narrow a value:
 *   it still counts as the period it names, and the message says that it is
 *   approximate or uncertain so that the historian can weigh it;
 * - an open (`..`) or unknown (empty) end of an interval is unbounded, so it
 *   never makes a contradiction on its own.
 *
 * EDTF is Gregorian: a Julian (Old Style) date is compared by its Gregorian
 * value, which is what Marginalia's date recognizer stores in `value`.
 */
import edtf from 'edtf';
import { isValidGregorian } from '../corpus/calendar';

/** The time a value can mean, in milliseconds since 1970 (proleptic Gregorian, UTC). */
export interface Span {
  min: number;
  max: number;
  /** The value is marked approximate (`~`), uncertain (`?`) or both (`%`) somewhere. */
  qualified: boolean;
}

/** The span of an EDTF value, or the parser's reason why it is not one. */
export function parseSpan(value: string): Span | { error: string } {
  const text = value.trim();
  if (text === '') return { error: 'empty date' };
  // The parser rolls a day the Gregorian calendar lacks (a Julian leap day such as 1900-02-29) into the next.
  for (const [day, y, m, d] of text.matchAll(/(-?\d{4})-(\d{2})-(\d{2})/g)) {
    if (!isValidGregorian({ year: Number(y), month: Number(m), day: Number(d) })) {
      return {
        error:
          `${day} is not a day of the Gregorian calendar — ` +
          'EDTF dates are Gregorian: give an Old Style date by its New Style day',
      };
    }
  }
  let parsed;
  try {
    parsed = edtf(text);
  } catch (e) {
    return { error: firstLine((e as Error).message) };
  }
  let { min, max } = parsed;
  // The library counts an unknown interval end (`/1917`) from 1970; unknown is as unbounded as open.
  if (parsed.type === 'Interval') {
    if (parsed.lower === null || parsed.lower === undefined) min = -Infinity;
    if (parsed.upper === null || parsed.upper === undefined) max = Infinity;
  }
  if (Number.isNaN(min) || Number.isNaN(max)) return { error: 'not a date the calendar has' };
  return { min, max, qualified: /[~?%]/.test(text) };
}

/** True when the two spans share at least one moment. */
export function overlaps(a: Span, b: Span): boolean {
  return a.min <= b.max && b.min <= a.max;
}

function firstLine(message: string): string {
  const line = message.split('\n').find((l) => l.trim() !== '') ?? message;
  return line.replace(/^Syntax error at line 1 /, 'syntax error at ').trim();
}
