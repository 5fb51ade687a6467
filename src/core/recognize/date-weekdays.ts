/**
 * A weekday written with its date belongs to the date's span: "Wednesday, Sept. 23", "on Sunday, Aug. 23",
 * "Tuesday 12 March 1936", "Tuesday the 17th", a journal's "Sunday, 22nd.—". Newspapers and reports date their days
 * so. The weekday is not checked against the date (the printed date is the source's, right or wrong); a weekday alone
 * ("on Thursday", "last Monday") is a relative word and no date.
 */
import type { FoundDate } from './date-ranges';

/** A weekday, then a comma or a space (or "the", before a day: "Tuesday the 17th"), right before a date. */
// prettier-ignore
const WEEKDAY_BEFORE = /(?<![\p{L}\p{N}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?[ \u00a0]+|[ \u00a0]+the[ \u00a0]+)$/u;
/** A date that starts with a month name or a day number (not "from", "the", "between"). */
const STARTS_AS_DAY = /^(?:\p{Lu}\p{Ll}+\.?[\s\u00a0]+\d|\d)/u;

/** Moves the start of each date with a day back over the weekday written before it. */
export function withWeekdays(text: string, found: FoundDate[]): void {
  for (const d of found) {
    if (!/^(?:\d{4}|XXXX)-(?:\d\d|XX)-\d\d/.test(d.value) || !STARTS_AS_DAY.test(text.slice(d.start, d.start + 12))) continue;
    const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, d.start - 16), d.start));
    if (before && (!/the[ \u00a0]+$/.test(before[0]) || /^\d/.test(text.slice(d.start, d.start + 1))))
      d.start -= before[0].length;
  }
}
