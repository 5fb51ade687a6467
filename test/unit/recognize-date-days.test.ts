import * as assert from 'node:assert';
import { findDates } from '../../src/core/recognize/dates';

const read = (text: string): string[] => findDates(text).map((d) => `${d.text} => ${d.value}`);

/** [text, expected "span => value" list] */
export const DAY_CASES: Array<[string, string[]]> = [
  // A day named alone takes the month and year of the date before it, in a chain.
  [
    'On the 28th of January, 1862, I renewed the suggestion. On the 29th I wrote fully. On the 1st of February orders came. ' +
      'On the 2nd the expedition started.',
    ['28th of January, 1862 => 1862-01-28', '29th => 1862-01-29', '1st of February => 1862-02-01', '2nd => 1862-02-02'],
  ],
  [
    'On the 15th of February, 1862, the fort held. During the night of the 15th they fled; during the 16th, after the ' +
      'surrender, more came. Fort Blakely was carried on the 9th, and the city on the morning of the 12th.',
    [
      '15th of February, 1862 => 1862-02-15',
      '15th => 1862-02-15',
      '16th => 1862-02-16',
      '9th => 1862-02-09',
      '12th => 1862-02-12',
    ],
  ],
  // A day alone in a later paragraph: the month of the date before it.
  ['In May, 1862, Pope advanced.\n\nOn the 25th he moved again.', ['May, 1862 => 1862-05', '25th => 1862-05-25']],
  // Negative: with no month before it, a day alone is worth no guess.
  ['On the 29th I wrote fully in support of the proposition.', []],
  // Negative: an ordinal that numbers a noun is no day.
  [
    'In March, 1865, the 16th corps moved, the 4th Infantry and the 13th Amendment were named, and the 2nd in command, ' +
      'who came 3rd, took the 3rd place; the 4th and 5th corps followed.',
    ['March, 1865 => 1865-03'],
  ],
  // A list of days shares the verdict of its first: days, or the numbers of a noun.
  [
    'In March, 1865, on the 4th and 5th corps moved; on the 6th, 7th and 8th they rested.',
    ['March, 1865 => 1865-03', '6th => 1865-03-06', '7th => 1865-03-07', '8th => 1865-03-08'],
  ],
  // A list of days that ends in a month: days of that month.
  ['In 1862, on the 5th and 6th of May they marched.', ['1862 => 1862', '5th => 1862-05-05', '6th of May => 1862-05-06']],
  // A month without a year is a month still: the day alone after it is of that month, of no known year.
  ['He wrote on May 5 and on the 7th he replied.', ['May 5 => XXXX-05-05', '7th => XXXX-05-07']],
  // A day alone before a later day of the same sentence with its month: that month ("the 17th and ... the 18th of December").
  [
    'Orders of the 13th of January, 1846, came. The dispatches, the former bearing date on the 17th and the latter on the ' +
      '18th of December, arrived.',
    ['13th of January, 1846 => 1846-01-13', '17th => 1846-12-17', '18th of December => 1846-12-18'],
  ],
  // The first days of a list ending in its month take the year its last day gets ("of May last" in a December message).
  [
    'Message, December 1846.\n\nAfter the victories of our arms on the 8th and 9th of May last the national honor was safe.',
    ['December 1846 => 1846-12', '8th => 1846-05-08', '9th of May => 1846-05-09'],
  ],
  // Negative: a bare ordinal after an ordinal that numbers a noun is another of those nouns ("the 7th" article).
  [
    'In March, 1824, the boundary specified by the 6th article was established, and that provided for by the 7th, it is ' +
      'hoped, will be soon.',
    ['March, 1824 => 1824-03'],
  ],
  // Negative: "the 5th" with a word after it that it may number, and no preposition of time before "the".
  ['In March, 1865, he saw the 5th regiment and the 9th battery.', ['March, 1865 => 1865-03']],
  // "the 8th instant" is still a day of the letter's month (the inst. rule), not a day alone.
  [
    'April 9, 1865.\n\nGeneral: in accordance with my letter of the 8th instant, I propose terms.',
    ['April 9, 1865 => 1865-04-09', '8th instant => 1865-04-08'],
  ],
];

export const DIARY_CASES: Array<[string, string[]]> = [
  // A diary's entries open with their day, under a month heading; the next month when the day is smaller.
  [
    'From the diary of Samuel Pepys, October 1660.\n\n5th. Office day; dined at home.\n\n6th (Lord’s day). To church.\n\n' +
      '31st Office day. Dined at home.\n\n1st. Up betimes.',
    ['October 1660 => 1660-10', '5th => 1660-10-05', '6th => 1660-10-06', '31st => 1660-10-31', '1st => 1660-11-01'],
  ],
  // A day of the next month told of the future, in an entry of 31 October: the coming one.
  [
    'From the diary, October 1660.\n\n31st Office day. I hear the Queen will be here on Friday next, November 2nd.',
    ['October 1660 => 1660-10', '31st => 1660-10-31', 'November 2nd => 1660-11-02'],
  ],
  // Negative: told of nothing to come, a later month keeps no guessed year.
  [
    'From the diary, October 1660.\n\n31st Office day. A note of November 2nd lay on the table.',
    ['October 1660 => 1660-10', '31st => 1660-10-31', 'November 2nd => XXXX-11-02'],
  ],
  // Negative: a line opening with a numbered unit is no entry; without a heading's month no entry is dated.
  ['From the diary, October 1660.\n\n1st Battalion marched out.', ['October 1660 => 1660-10']],
  ['5th. Office day; dined at home.', []],
];

export const NARRATIVE_CASES: Array<[string, string[]]> = [
  // The narrative's year (the last date told in prose) reaches a later paragraph.
  [
    'Selma fell on the 2nd of April, 1865, with a large number of prisoners and a large quantity of war material, to be ' +
      'disposed of by the victors.\n\nMacon surrendered on the 21st of April, and Taylor on the 4th of May.',
    ['2nd of April, 1865 => 1865-04-02', '21st of April => 1865-04-21', '4th of May => 1865-05-04'],
  ],
  // The narrative's year, not a later full date of the sentence: he recalled a day of 1860 on the 3rd of May 1862.
  [
    'The center and right wing of the army reached Monterey, twelve miles out, on the 1st of May, 1862, and intrenched ' +
      'there.\n\nOn the 3rd of May he recalled the 20th of June, 1860, and his ' +
      'first command.',
    ['1st of May, 1862 => 1862-05-01', '3rd of May => 1862-05-03', '20th of June, 1860 => 1860-06-20'],
  ],
  // A heading that closes with a year, bare or after a comma, gives its year to the text.
  [
    'From the Personal Memoirs of U. S. Grant, on the last campaigns of the war, 1865.\n\nCanby appeared before Mobile on the ' +
      '27th of March.',
    ['1865 => 1865', '27th of March => 1865-03-27'],
  ],
  [
    'From the Personal Memoirs of U. S. Grant, on the advance on Corinth in 1862.\n\nOn the 3rd of May he was at Seven Mile Creek.',
    ['1862 => 1862', '3rd of May => 1862-05-03'],
  ],
  // A month alone in a report dated in a long heading: the report's year.
  [
    'From the report of Lieutenant-General U. S. Grant to the Secretary of War, dated July 22, 1865 (the appendix of his ' +
      'Personal Memoirs).\n\nGeneral Canby, who had been directed in January to make preparations, moved on the 20th of March.',
    ['July 22, 1865 => 1865-07-22', 'January => 1865-01', '20th of March => 1865-03-20'],
  ],
  // Negative: a year opening a sentence in the first paragraph is no heading's year; a paragraph's bare year stays in it.
  ['In 1936 the trial began.\n\nOn 19 August the accused confessed.', ['1936 => 1936', '19 August => XXXX-08-19']],
  // Negative: ", 1865." closing a long line (no heading) is no year.
  [`${'The war went on and on, '.repeat(10)}and ended, 1865.\n\nNothing more.`, []],
];

describe('recognize: a day named alone, a diary’s entries, the narrative’s year (English)', () => {
  for (const [text, expected] of [...DAY_CASES, ...DIARY_CASES, ...NARRATIVE_CASES])
    it(text.replace(/\n+/g, ' / ').slice(0, 110), () => assert.deepStrictEqual(read(text), expected));
});
