/**
 * A day named by its number alone, without a month: "On the 29th I wrote",
 * "the night of the 15th", "During the 16th, after the surrender", and a
 * diary's entry that opens with its day ("5th. Office day", "2nd (Lord's
 * day).", under a month heading; or, inside a journal's paragraph, "(20th.)"
 * between two sentences), and a day in parentheses after a word of time
 * ("in the morning (21st)"). The month and year come later from the
 * context (date-ranges.ts): a day in running prose takes the month of the
 * nearest date before it, a diary entry the month of the heading or entry
 * before it (the next month when its day is smaller: "31st" then "1st.").
 * With no month before it, it is dropped.
 *
 * An ordinal is a day only where a word of time governs it: "the" before it,
 * after a preposition ("on", "of", "by", "until", "during"...), or with
 * nothing after it but punctuation ("on the 9th, the very day"); and what
 * follows is not a noun it numbers ("the 16th corps", "the 4th Infantry",
 * "the 3rd place", "the 2nd in command"). Found over the whole text by one
 * scan for ordinal numbers, like the months of date-months.ts.
 */
import type { FoundDate } from './date-ranges';
import { MONTH_SRC, edtf, monthNumber, validDay } from './date-parts';

const ORDINAL = /(?<![\p{L}\p{N},.])(\d{1,2})(?:st|nd|rd|th|d)(?![\p{L}\p{N}])/gu;
/** "the" before the ordinal, itself after a preposition of time: "on the", "the night of the", "During the". */
// prettier-ignore
const GOVERNED =
  /(?:^|[^\p{L}])(?:[Oo]n|[Uu]pon|of|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom|to|[Aa]bout|[Tt]owards?)[\s\u00a0]+the[\s\u00a0]+$/u;
/** "the" alone before the ordinal: a day only when nothing but punctuation follows ("on the 9th, the very day" aside). */
const THE = /(?:^|[^\p{L}])[Tt]he[\s\u00a0]+$/u;
/** What may follow a governed day: punctuation, or a word that starts a clause ("he", "the", "when"...). */
// prettier-ignore
const CLAUSE =
  /^(?:[\s\u00a0]*(?:[,.;:!?)\u2014]|$)|[\s\u00a0]+(?:he|she|it|they|we|I|you|the|a|an|and|but|when|while|at|with|without|after|before|his|her|its|their|our|my|this|that|there|was|were|had|did)(?![\p{L}\p{N}])|[\s\u00a0]+\p{Lu})/u;
/** Only punctuation after the ordinal. */
const PUNCTUATION = /^[\s\u00a0]*(?:[,.;:!?)\u2014]|$)/u;
/** Capitalised nouns an ordinal numbers: not days ("the 4th Infantry", "the 13th Amendment"). */
// prettier-ignore
const NUMBERED =
  /^[\s\u00a0]+(?:Corps|Regiment|Infantry|Cavalry|Artillery|Division|Brigade|Battalion|Battery|Company|Army|Fleet|Squadron|Amendment|Article|Section|Chapter|Volume|Book|Part|Street|Avenue|Ward|District|Precinct|Congress|Parliament|Century|Dynasty|Earl|Duke|Baron|Marquess|Lord|Viscount|Edition|Psalm|Symphony)(?![\p{L}])/u;
/** "and the 5th" / ", 6th" after the ordinal: a list, judged by what follows its last ordinal. */
const LIST_NEXT =
  /^(?:,[\s\u00a0]*|[\s\u00a0]+(?:and|or)[\s\u00a0]+)(?:the[\s\u00a0]+)?\d{1,2}(?:st|nd|rd|th|d)(?![\p{L}\p{N}])/u;
/** A month in parentheses after a day: "On the morning of the 16th (January) I set out". */
const ADDED_MONTH = new RegExp(`^[\\s\\u00a0]*\\((${MONTH_SRC})\\)`, 'u');
/** A month right after a list of days: "the 5th and 6th of May". */
const LIST_MONTH = new RegExp(`^[\\s\\u00a0]+(?:of[\\s\\u00a0]+)?(${MONTH_SRC})(?![\\p{L}])`, 'u');
/** An ordinal numbering a noun ("the 6th article"), not a month ("the 6th of May"): a bare ordinal after it numbers the same. */
const NOUN_BEFORE = /\d(?:st|nd|rd|th|d)[\s\u00a0]+(?!of[\s\u00a0]|and[\s\u00a0]|or[\s\u00a0]|inst|ult|prox)\p{Ll}/u;
/** The words of time that make a day whatever ordinals came before: "on the", "during the", "the night of the". */
// prettier-ignore
const STRONG = /(?:^|[^\p{L}])(?:[Oo]n|[Uu]pon|[Dd]uring|(?:night|morning|evening|afternoon|day)[\s\u00a0]+of)[\s\u00a0]+the[\s\u00a0]+$/u;
/** How far back such an ordinal is looked for. */
const ELLIPSIS_REACH = 150;
/** How many ordinals of a list are looked through for the word after the last. */
const LIST_REACH = 8;
/** A diary entry opening with its day: "5th.", "2nd (Lord's day).", "31st Office day." at the start of a paragraph. */
const ENTRY = /^[\s\u00a0]*(?:\.|\(|[\s\u00a0]+\p{Lu})/u;
const LINE_START = /(?:^|\n)[ \t\u00a0]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t\u00a0]+)?$/;
/** A journal's next entry inside a paragraph, its day alone in parentheses after a sentence: "not irrigated. (20th.) We". */
const INLINE_BEFORE = /[.!?][\s\u00a0]+\($/;
const INLINE_AFTER = /^\.?\)/;
/** A word of time, then an opening parenthesis, before a day alone: "in the morning (21st)", "On another occasion (25th)". */
const TIME_ASIDE = /(?:^|[^\p{L}])(?:morning|evening|night|afternoon|day|occasion|time)[\s\u00a0]*\($/u;

/** Days without a month; pushed with value XXXX-XX-DD and `dayOnly` (and `entry` for a diary's entry) until a month is given. */
export function daysWithoutMonth(text: string, found: FoundDate[]): void {
  // The end of the last list of ordinals looked through ("on the 5th, the 6th and the 7th"), and whether it was of days.
  let listEnd = -1;
  let listDays = false;
  // The month a list of days ends in ("the 5th and 6th of May"), else 0.
  let listMonth = 0;
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(text); m; m = ORDINAL.exec(text)) {
    const day = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    const inList = start < listEnd;
    if (!validDay(2000, 1, day) || (inList && !listDays)) continue;
    if (inList && listMonth) {
      if (validDay(2000, listMonth, day))
        found.push({ start, end, value: edtf(0, listMonth, day), month: listMonth, day, sameAsNext: true });
      continue;
    }
    const before = text.slice(Math.max(0, start - 40), start);
    const entry =
      (LINE_START.test(before) && ENTRY.test(text.slice(end, end + 4)) && !NUMBERED.test(text.slice(end, end + 24))) ||
      (INLINE_BEFORE.test(before) && INLINE_AFTER.test(text.slice(end, end + 3)));
    // "in the morning (21st), and", "On another occasion (25th) under": a day in parentheses after a word of time.
    const aside = !entry && TIME_ASIDE.test(before) && /^\)/.test(text.slice(end, end + 1));
    if (!entry && !inList && !aside) {
      const governed = GOVERNED.test(before);
      if (!governed && !THE.test(before)) continue;
      // "the 16th (January)": the month the writer adds in parentheses.
      const added = ADDED_MONTH.exec(text.slice(end, end + 16));
      if (added && validDay(2000, monthNumber(added[1]), day)) {
        const month = monthNumber(added[1]);
        found.push({ start, end, value: edtf(0, month, day), month, day });
        continue;
      }
      // "the boundary specified by the 6th article ... that provided for by the 7th": an ordinal of the nouns just before.
      // ("On the 27th", "the night of the 11th" are days whatever came before.)
      if (!STRONG.test(before) && NOUN_BEFORE.test(text.slice(Math.max(0, start - ELLIPSIS_REACH), start))) continue;
      // The word after the last ordinal of a list decides for the list ("the 4th and 5th corps").
      // (At most LIST_REACH ordinals on: a text of "the 1st, the 2nd, ..." stays linear.)
      let after = end;
      for (let n = 0, l = LIST_NEXT.exec(text.slice(after, after + 24)); l && n < LIST_REACH; n++) {
        after += l[0].length;
        l = LIST_NEXT.exec(text.slice(after, after + 24));
      }
      const tail = text.slice(after, after + 24);
      // "on the 5th and 6th of May": the days of a list that ends in a month are days of that month (the last one is the
      // rule of dates.ts).
      const month = after > end ? LIST_MONTH.exec(tail) : null;
      if (month) {
        listEnd = after;
        listDays = true;
        listMonth = monthNumber(month[1]);
      }
      if (!month) listMonth = 0;
      if (month) {
        found.push({ start, end, value: edtf(0, listMonth, day), month: listMonth, day, sameAsNext: true });
        continue;
      }
      listEnd = after;
      listDays = !NUMBERED.test(tail) && (governed ? CLAUSE : PUNCTUATION).test(tail);
      if (!listDays) continue;
    }
    // "the 8th instant" is the rule of dates.ts for inst., ult. and prox.
    if (/^[\s\u00a0]+(?:inst|ult|prox)/.test(text.slice(end, end + 8))) continue;
    found.push({ start, end, value: `XXXX-XX-${String(day).padStart(2, '0')}`, day, dayOnly: true, entry });
  }
}
