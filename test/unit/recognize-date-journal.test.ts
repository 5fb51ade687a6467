import * as assert from 'node:assert';
import { findDates } from '../../src/core/recognize/dates';

const read = (text: string): string[] => findDates(text).map((d) => `${d.text} => ${d.value}`);

/** [text, expected "span => value" list]: a journal's entries, and the year words that go with them. */
export const JOURNAL_CASES: Array<[string, string[]]> = [
  // A journal's entries without a year carry the heading's year on, entry after entry.
  [
    'From a journal, central Chile, August 1834.\n\nAugust 26th.—We left Jajuel.\n\nAugust 27th.—After crossing many ' +
      'hills we descended.\n\nSeptember 5th.—By the middle of the day we arrived.\n\n24th.—Our course was now directed ' +
      'towards Valparaiso.',
    [
      'August 1834 => 1834-08',
      'August 26th => 1834-08-26',
      'August 27th => 1834-08-27',
      'September 5th => 1834-09-05',
      '24th => 1834-09-24',
    ],
  ],
  // December's entries, then January's: the next year.
  [
    'From a journal, December 1832.\n\nDecember 30th.—We put to sea.\n\nJanuary 2nd.—A gale.',
    ['December 1832 => 1832-12', 'December 30th => 1832-12-30', 'January 2nd => 1833-01-02'],
  ],
  // The entry's year is the paragraph's: a later month told in the past is of that year, not the year before the heading.
  [
    'From a journal, May 1836.\n\nMay 1st.—Sunday. I walked.\n\nMay 9th.—We sailed, and on the 8th of July we arrived off ' +
      'St. Helena.\n\nOn the 19th of July we reached Ascension.',
    [
      'May 1836 => 1836-05',
      'May 1st => 1836-05-01',
      'May 9th => 1836-05-09',
      '8th of July => 1836-07-08',
      '19th of July => 1836-07-19',
    ],
  ],
  // Negative: entries with no year anywhere before them stay without one.
  ['August 26th.—We left Jajuel.\n\nAugust 27th.—We descended.', ['August 26th => XXXX-08-26', 'August 27th => XXXX-08-27']],
  // A day alone in parentheses between two sentences is the next entry; not a number in parentheses inside a sentence.
  [
    'From a journal, September 1834.\n\nSeptember 19th.—We left Yaquil. (20th.) We followed this valley.',
    ['September 1834 => 1834-09', 'September 19th => 1834-09-19', '20th => 1834-09-20'],
  ],
  ['In September, 1834, the ship ranked (20th) in the list.', ['September, 1834 => 1834-09']],
  // A day in parentheses after a word of time: of the month of the date before it.
  [
    'On March 20th, 1835, we ascended. We set out early in the morning (21st), and on another occasion (25th) we rode.',
    ['March 20th, 1835 => 1835-03-20', '21st => 1835-03-21', '25th => 1835-03-25'],
  ],
  // "the last day of" a month: its last day, February's by the year.
  [
    'On August 6th, 1836, we stood out to sea. On the last day of August we anchored at Porto Praya.',
    ['August 6th, 1836 => 1836-08-06', 'last day of August => 1836-08-31'],
  ],
  ['The treaty was signed on the last day of February, 1836.', ['last day of February, 1836 => 1836-02-29']],
  // Negative: the last day of anything but a month, and "his last day of August" (no "the").
  ['In 1834 the last day of the voyage came; he spent his last day of August ashore.', ['1834 => 1834']],
  // "of the following year", "in the succeeding year": a year on from the narrative's; "of the previous year" a year back.
  [
    'On the 6th of February, 1833, we arrived.\n\nOn the last day of February in the succeeding year the Beagle anchored. ' +
      'On the 5th of March, we anchored in a cove.',
    ['6th of February, 1833 => 1833-02-06', 'last day of February => 1834-02-28', '5th of March => 1834-03-05'],
  ],
  // A year in parentheses after "the succeeding year" is that year, and no date of its own; a year elsewhere still is one.
  [
    'On the 6th of February, 1833, we arrived.\n\nOn the last day of February in the succeeding year (1834) the Beagle ' +
      'anchored, as in (1835).',
    ['6th of February, 1833 => 1833-02-06', 'last day of February => 1834-02-28', '1835 => 1835'],
  ],
  [
    'On the 2nd of May, 1862, we marched; in June of the previous year we had drilled.',
    ['2nd of May, 1862 => 1862-05-02', 'June => 1861-06'],
  ],
  // "the end of October" is a month.
  [
    'On the 24th of September, 1834, I fell ill, and was confined to my bed till the end of October.',
    ['24th of September, 1834 => 1834-09-24', 'October => 1834-10'],
  ],
  // A season of the paragraph's year only when the sentence tells of the past: not a habit told in the present ("feed").
  [
    'On June 3rd, 1835, we rode on. In the spring one humble little plant sends out a few leaves, and on these the snails ' +
      'feed.',
    ['June 3rd, 1835 => 1835-06-03'],
  ],
  ['On June 3rd, 1835, we rode on. In the spring we had seen rain.', ['June 3rd, 1835 => 1835-06-03', 'spring => 1835-21']],
  // An entry headed by the period it covers is one interval, and the next entry is within it (not the next year's).
  [
    'From a journal, April 1832.\n\nApril 4th to July 5th, 1832.—A few days after our arrival I set out.\n\nApril 8th.—Our ' +
      'party amounted to seven.',
    ['April 1832 => 1832-04', 'April 4th to July 5th, 1832 => 1832-04-04/1832-07-05', 'April 8th => 1832-04-08'],
  ],
  // Negative: "April 4th to July 5th" inside a sentence is two dates (moved from one to the other), not a period.
  [
    'In 1832 the meeting was moved from the hall April 4th to July 5th. It was held.',
    ['1832 => 1832', 'April 4th => 1832-04-04', 'July 5th => 1832-07-05'],
  ],
  // A weekday before an entry's day, or before "the 17th", is in the span; the entry's day dates what follows.
  [
    'From a journal, November 1835.\n\nNovember 15th.—At daylight, Tahiti.\n\n17th.—This day is reckoned in the ' +
      'logbook as Tuesday the 17th.\n\nSunday, 22nd.—The harbour of Papiete.',
    [
      'November 1835 => 1835-11',
      'November 15th => 1835-11-15',
      '17th => 1835-11-17',
      'Tuesday the 17th => 1835-11-17',
      'Sunday, 22nd => 1835-11-22',
    ],
  ],
  // Negative: a weekday alone is no date, and "Sunday the" before no day is left alone.
  ['In November 1835 this was our Sunday, but the Monday of Tahiti.', ['November 1835 => 1835-11']],
  // "the first of last September": the last September before the dateline.
  [
    'Tahiti, November 1835.\n\nThe sum was agreed to be paid on the first of last September.',
    ['November 1835 => 1835-11', 'first of last September => 1835-09-01'],
  ],
  // A month in parentheses after a day gives it its month; a day entry after a year-less one carries the year on.
  [
    'From a journal, January 1836.\n\nJanuary 12th, 1836.—We anchored. On the morning of the 16th (January) I set out.\n\n' +
      '30th.—The Beagle sailed. On the 5th of February, after a six days’ passage, we arrived.',
    [
      'January 1836 => 1836-01',
      'January 12th, 1836 => 1836-01-12',
      '16th => 1836-01-16',
      '30th => 1836-01-30',
      '5th of February => 1836-02-05',
    ],
  ],
  // "the months of May and June" are of the year when their sentence tells of the past; a habit in the present is none.
  [
    'In April 1832 we arrived. The climate, during the months of May and June, or the beginning of winter, was delightful.',
    ['April 1832 => 1832-04', 'May => 1832-05', 'June => 1832-06'],
  ],
  [
    'In April 1834 I was told that the condor makes no nest, but in the months of November and December lays two eggs.',
    ['April 1834 => 1834-04'],
  ],
  // In a journal's entry, a later day named by what happened on it ("the earthquake of the 20th") is past: the month
  // before; a time of the day ("the night of the 8th") and a day told as the narrative goes on are of the entry's month.
  [
    'From a journal, February 1835.\n\nMarch 4th.—We were to leave by the night of the 8th. He told me the news of ' +
      'the great earthquake of the 20th.',
    ['February 1835 => 1835-02', 'March 4th => 1835-03-04', '8th => 1835-03-08', '20th => 1835-02-20'],
  ],
  [
    'From a journal, December 1834.\n\nDecember 18th.—We stood out to sea. On the 20th we bade farewell to the south.',
    ['December 1834 => 1834-12', 'December 18th => 1834-12-18', '20th => 1834-12-20'],
  ],
  // Negative: in a narrative (no entry), "the battle of the 29th" after the 28th is the next day.
  [
    'On the 28th of January, 1862, I renewed the suggestion, and the battle of the 29th, which followed, was won.',
    ['28th of January, 1862 => 1862-01-28', '29th => 1862-01-29'],
  ],
  // A diary over the turn of the year: the book's heading "January 1665–66" (double-dated: the later year), and entries
  // with a note of the day in parentheses.
  [
    'From the diary, December 1665.\n\n31st (Lord’s day). All the morning in my chamber.\n\nJanuary 1665–66.\n\n' +
      'January 1st (New-Yeare’s Day). Called up by five.\n\n2nd. Up by candlelight.',
    [
      'December 1665 => 1665-12',
      '31st => 1665-12-31',
      'January 1665–66 => 1666-01',
      'January 1st => 1666-01-01',
      '2nd => 1666-01-02',
    ],
  ],
  ['He wrote in February 1731/2.', ['February 1731/2 => 1732-02']],
  // Negative: a month after March, or a year after 1752, is no double-dated year.
  ['The accounts ran from May 1665-66 onwards, and in January 1800-01.', ['May 1665 => 1665-05', 'January 1800 => 1800-01']],
];

describe('journal entries and relative years (English)', () => {
  for (const [text, expected] of JOURNAL_CASES)
    it(text.replace(/\n+/g, ' / ').slice(0, 110), () => assert.deepStrictEqual(read(text), expected));
});
