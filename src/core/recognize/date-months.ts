/**
 * A month named without a year ("in March", "by June", "last December",
 * "the month of September", "in May last", "June of that year", and the
 * months of a list: "in July, August and September"). The year comes later
 * from the context (date-ranges.ts), else it stays XXXX.
 *
 * A capitalised month word is a month only when a word of time governs it:
 * a preposition or determiner before it ("the end of October" too), or
 * "last", "next", "of that year" after it. "May" the verb ("May I ask"), "March" the name or verb and
 * "August" the adjective ("an August assembly") have none of these.
 * Two months joined by a dash ("the May-June term") are one interval of the
 * context's year (XXXX-05/XXXX-06 without one). A month listed before a month
 * with its year ("September and October 1914", "May, June, and July, 1892")
 * is governed by the list, and takes that year (date-ranges.ts).
 * "the months of May and June" are months in a sentence told in the past,
 * not in a habit told in the present.
 * "the last day of February" is a day: the month's last (the 29th of a leap
 * year's February, once the year is known; "the last day of August, 1836"
 * has its own), the span without "the".
 * Month names have no digit, so they are found over the whole text by one
 * scan for the twelve names, like the ordinal-word days in dates.ts.
 */
import { pastSentence, type FoundDate } from './date-ranges';
import { edtf, monthNumber, validDay } from './date-parts';

const MONTH_WORD =
  /(?<![\p{L}\p{N}])(January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}\p{N}'’-])/gu;
/** Words before a month that make it a time: prepositions and determiners of time. */
// prettier-ignore
const BEFORE =
  /(?:^|[^\p{L}])(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd|[Ss]ince|[Bb]etween|month[\s\u00a0]+of|[Ee]arly[\s\u00a0]+in|[Ll]ate[\s\u00a0]+in|[Tt]o|[Tt]ill|[Oo]n[\s\u00a0]+or[\s\u00a0]+before|[Dd]ated|(?:end|beginning|middle|close|start)[\s\u00a0]+of)[\s\u00a0]+$/u;
/** Words after a month that make it a time: "May last", "June next", "June of that year", "June of the same year". */
// prettier-ignore
const AFTER =
  /^[\s\u00a0]+(?:last|next|ult(?:imo)?\.?|of[\s\u00a0]+(?:that|the[\s\u00a0]+same|this|the[\s\u00a0]+following|the[\s\u00a0]+previous)[\s\u00a0]+year)(?![\p{L}])/u;
/**
 * "the months of May and June": months of a year when the sentence tells of the past ("the climate, during the months of
 * May and June, was delightful"); a habit told in the present ("in the months of November and December lays two eggs") is
 * of no year.
 */
const MONTHS_OF = /(?:^|[^\p{L}])months[\s\u00a0]+of[\s\u00a0]+$/u;
/** Between two months of a list: ", ", " and ", ", and ", " or ", " to ". */
const JOIN = /^(?:,[\s\u00a0]*(?:and[\s\u00a0]+|or[\s\u00a0]+)?|[\s\u00a0]+(?:and|or)[\s\u00a0]+)$/;

const NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const JOIN_SRC = '(?:,[\\s\\u00a0]*(?:and[\\s\\u00a0]+|or[\\s\\u00a0]+)?|[\\s\\u00a0]+(?:and|or)[\\s\\u00a0]+)';
/** After a month: more months of a list, the last with its year ("and October 1914", ", June, and July, 1892"). */
const LISTED_TO_YEAR = new RegExp(
  `^(?:${JOIN_SRC}(?:${NAMES})(?![\\p{L}]))*?${JOIN_SRC}(?:${NAMES}),?[\\s\\u00a0]+\\d{4}(?![\\p{L}\\p{N}])`,
  'u',
);
/** Two months joined by a dash: "the May-June term", "the July–August session" (one interval). */
const PAIR = new RegExp(`(?<![\\p{L}\\p{N}])(${NAMES})[-\\u2013](${NAMES})(?![\\p{L}\\p{N}'’-])`, 'gu');

/** "the last day of August", with its year or not. */
// prettier-ignore
const LAST_DAY = new RegExp(
  `(?<=(?<![\\p{L}])[Tt]he[\\s\\u00a0]+)last[\\s\\u00a0]+day[\\s\\u00a0]+of[\\s\\u00a0]+(${NAMES})(?:,?[\\s\\u00a0]+(\\d{4}))?(?![\\p{L}\\p{N}])`,
  'gu',
);
/** The days of each month, February's of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Months without a year, governed by a word of time; pushed onto `found` with value XXXX-MM until a year is given. */
export function monthsWithoutYear(text: string, found: FoundDate[]): void {
  LAST_DAY.lastIndex = 0;
  for (let m = LAST_DAY.exec(text); m; m = LAST_DAY.exec(text)) {
    const month = monthNumber(m[1]);
    const y = Number(m[2] ?? 0);
    const day = MONTH_DAYS[month - 1];
    const end = m.index + m[0].length;
    if (y) found.push({ start: m.index, end, value: edtf(y, month, validDay(y, month, day + 1) ? day + 1 : day) });
    else found.push({ start: m.index, end, value: edtf(0, month, day), month, day, lastDay: true });
  }
  // A pair of months needs no other word of time: two months joined are a time (the year comes from the context).
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const month = monthNumber(m[1]);
    const month2 = monthNumber(m[2]);
    if (month2 === month) continue;
    const value = `${edtf(0, month)}/${edtf(0, month2)}`;
    found.push({ start: m.index, end: m.index + m[0].length, value, month, month2, monthOnly: true });
  }
  let lastEnd = -1;
  MONTH_WORD.lastIndex = 0;
  for (let m = MONTH_WORD.exec(text); m; m = MONTH_WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const listed = lastEnd >= 0 && start - lastEnd <= 7 && JOIN.test(text.slice(lastEnd, start));
    const toYear = LISTED_TO_YEAR.test(text.slice(end, end + 120));
    const governed =
      listed ||
      toYear ||
      BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
      AFTER.test(text.slice(end, end + 32)) ||
      (MONTHS_OF.test(text.slice(Math.max(0, start - 24), start)) && pastSentence(text, start, end));
    if (!governed) continue;
    const month = monthNumber(m[1]);
    found.push({ start, end, value: edtf(0, month), month, monthOnly: true, ...(toYear ? { sameAsNext: true } : {}) });
    lastEnd = end;
  }
}
