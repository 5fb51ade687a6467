import * as assert from 'node:assert';
import { findDates } from '../../src/core/recognize/dates';

/** [sentence, expected "span => value" list (julian after " j:"), options] */
export const CASES: Array<[string, string[], { dayFirst?: boolean; julianBefore?: string }?]> = [
  ['Written: 18 December 1936.', ['18 December 1936 => 1936-12-18']],
  ['18th December, 1936', ['18th December, 1936 => 1936-12-18']],
  ['Washington, December 18, 1936, to the Secretary of State.', ['December 18, 1936 => 1936-12-18']],
  ['The verdict was published in Pravda, Dec. 18, 1936.', ['Dec. 18, 1936 => 1936-12-18']],
  ['on the 24th of August, 1936, the sentence was carried out', ['24th of August, 1936 => 1936-08-24']],
  ['The trial opened in August 1936 in the October Hall.', ['August 1936 => 1936-08']],
  ['First Published: The Red Flag [London], March-April 1937.', ['March-April 1937 => 1937-03/1937-04']],
  ['the trial of 19–24 August 1936', ['19–24 August 1936 => 1936-08-19/1936-08-24']],
  ['even I. N. Smirnov, one of the most sincere of men, in 1929 drew up several texts', ['1929 => 1929']],
  ['has not been in existence since 1917.', ['1917 => 1917']],
  ['about whom Lenin warned in 1922:', ['1922 => 1922']],
  ['the great purges of the 1930s', ['the 1930s => 193X']],
  ['In the middle of 1936, the leaders of this strange tendency', ['the middle of 1936 => 1936-06~']],
  ['especially since the beginning of 1929.', ['the beginning of 1929 => 1929-01~']],
  ['Sedov went to Copenhagen in the autumn of 1932.', ['the autumn of 1932 => 1932-23']],
  ['Trotsky had been in Turkey since early 1929.', ['early 1929 => 1929-01/1929-04']],
  ['mid-1936 and c. 1930', ['mid-1936 => 1936-06~', 'c. 1930 => 1930~']],
  ['from 1931 to the middle of 1936. Where?', ['from 1931 to the middle of 1936 => 1931/1936-06~']],
  ['the terror of 1931–1936', ['1931–1936 => 1931/1936']],
  ['between 1932 and 1934 the Opposition', ['between 1932 and 1934 => 1932/1934']],
  ['in 1929, 1930 and 1931 he recanted', ['1929 => 1929', '1930 => 1930', '1931 => 1931']],
  ['from 18 November to 3 December 1932', ['from 18 November to 3 December 1932 => 1932-11-18/1932-12-03']],
  ['the order of 18.12.1936 and the note of 1936-12-18', ['18.12.1936 => 1936-12-18', '1936-12-18 => 1936-12-18']],
  ['dated 12/18/1936', ['12/18/1936 => 1936-12-18']],
  ['dated 03/04/1936', ['03/04/1936 => 1936-03-04']],
  ['dated 03/04/1936', ['03/04/1936 => 1936-04-03'], { dayFirst: true }],
  ['dated 18/12/1936', ['18/12/1936 => 1936-12-18']],
  ['on 25 October (7 November) 1917 the Bolsheviks took power', ['25 October (7 November) 1917 => 1917-11-07 j:1917-10-25']],
  ['October 25 (November 7), 1917', ['October 25 (November 7), 1917 => 1917-11-07 j:1917-10-25']],
  ['the rising of 12/25 October 1917', ['12/25 October 1917 => 1917-10-25 j:1917-10-12']],
  ['the abdication on 2 March 1917 O.S.', ['2 March 1917 O.S. => 1917-03-15 j:1917-03-02']],
  ['on 7 November 1917 (N.S.)', ['7 November 1917 (N.S.) => 1917-11-07']],
  ['not a dual date: 25 October (1 November) 1917', ['25 October => XXXX-10-25', '1 November => XXXX-11-01']],
  ['The meeting took place on 18 December.', ['18 December => XXXX-12-18']],
  ['In 1936 the trial began. On 19 August the accused confessed.', ['1936 => 1936', '19 August => 1936-08-19']],
  ['In 1936 the trial began.\n\nOn 19 August the accused confessed.', ['1936 => 1936', '19 August => XXXX-08-19']],
  // "may" the verb is never a month; "in May" is one, of the year the sentence gives (issue: months without a year).
  ['May 1936 was quiet; they may come in May.', ['May 1936 => 1936-05', 'May => 1936-05']],
  // Ranges of days, decades, eras, header years (the held-out gaps).
  ['the trial held from 19 to 24 August 1936 in Moscow', ['from 19 to 24 August 1936 => 1936-08-19/1936-08-24']],
  ['between 19 and 24 August 1936', ['between 19 and 24 August 1936 => 1936-08-19/1936-08-24']],
  ['on 19 and 24 August 1936 the court sat', ['24 August 1936 => 1936-08-24']],
  [
    '18–20 December 1936 and December 18–20, 1936',
    ['18–20 December 1936 => 1936-12-18/1936-12-20', 'December 18–20, 1936 => 1936-12-18/1936-12-20'],
  ],
  ['from December 18 to 20, 1936', ['from December 18 to 20, 1936 => 1936-12-18/1936-12-20']],
  ['In 1937 the congress met on the 1st–3rd May.', ['1937 => 1937', '1st–3rd May => 1937-05-01/1937-05-03']],
  ['Sept. 1936 and Sept 1936', ['Sept. 1936 => 1936-09', 'Sept 1936 => 1936-09']],
  ['on the 18th of December, 1936', ['18th of December, 1936 => 1936-12-18']],
  ['in the year 1936 alone', ['1936 => 1936']],
  ['the harvest of 1936–37 and the war of 1917-18', ['1936–37 => 1936/1937', '1917-18 => 1917/1918']],
  ['the winter of 1917-18 was hard', ['the winter of 1917-18 => 1917-24']],
  ['the fiscal year 1936/37 closed with a surplus', ['1936/37 => 1936/1937']],
  ['Trotsky wrote of the twenties; in their twenties they joined the Party.', ['the twenties => 192X']],
  ['in the early thirties the purges began', ['the early thirties => 1930/1933']],
  ["the great depression of the ’30s and the '20s", ['the ’30s => 193X', "the '20s => 192X"]],
  [
    'the late 1920s, the early 1930s and the mid-1930s',
    ['the late 1920s => 1927/1929', 'the early 1930s => 1930/1933', 'the mid-1930s => 1934/1936'],
  ],
  [
    'since A.D. 1066 and 1066 AD, Caesar died in 44 B.C., Charlemagne crowned in A.D. 800',
    ['A.D. 1066 => 1066', '1066 AD => 1066', '44 B.C. => -0043', 'A.D. 800 => 0800'],
  ],
  ['c. 1930, circa 1930, ca. 1930', ['c. 1930 => 1930~', 'circa 1930 => 1930~', 'ca. 1930 => 1930~']],
  ['the spring of 1917 brought revolution', ['the spring of 1917 => 1917-21']],
  ['Public Domain: Leon Trotsky Internet Archive 2008; This work is completely free.', ['2008 => 2008']],
  // From the State of the Union addresses.
  ['the Treasury on the 1st day of July, 1862, of $13,043,546.81', ['1st day of July, 1862 => 1862-07-01']],
  ['and higher than in any year prior to 1943. We can look to the future', ['1943 => 1943']],
  ['Agricultural production goals for 1946 call for somewhat greater', ['1946 => 1946']],
  ['to take the place of the 1937 Sugar Act which expires', ['1937 => 1937']],
  ['Included in the 1947 budget is an expenditure', ['1947 => 1947']],
  ['THE FEDERAL PROGRAM FOR THE FISCAL YEAR 1947 SUMMARY', ['1947 => 1947']],
  ['The current fiscal year, 1946, is a year of transition.', ['1946 => 1946']],
  ['during the fiscal years 1946 and 1947. Consequently', ['1946 => 1946', '1947 => 1947']],
  [
    'upon their commerce in the years 1808, 1809, 1810, and 1811.',
    ['1808 => 1808', '1809 => 1809', '1810 => 1810', '1811 => 1811'],
  ],
  [
    'From the 1st July, 1861, to the 30th September, 1862, the entire cash receipts',
    ['From the 1st July, 1861, to the 30th September, 1862 => 1861-07-01/1862-09-30'],
  ],
  ['the claims upon France between the years 1800 and 1817 has been', ['between the years 1800 and 1817 => 1800/1817']],
  // Letters of the 18th and 19th centuries (held-out eval).
  [
    'Boston, Feb. 11, 1731/2. Sir, I received yours of the 3d inst. by the post.',
    ['Feb. 11, 1731/2 => 1732-02-11', '3d inst. => 1732-02-03'],
  ],
  [
    'Annapolis, April the 5th, 1781.\n\nGentlemen, your letter of the 28th ult. is before me.',
    ['April the 5th, 1781 => 1781-04-05', '28th ult. => 1781-03-28'],
  ],
  [
    'New York, December 30, 1788. I shall sail on the 2d proximo.',
    ['December 30, 1788 => 1788-12-30', '2d proximo => 1789-01-02'],
  ],
  ['I received yours of the 3d inst. by the post.', []],
  [
    'Paid the bill of 20 Aug. 1750/1 and the note of 20 March 1750/1.',
    ['20 Aug. 1750 => 1750-08-20', '20 March 1750/1 => 1751-03-20'],
  ],
  [
    'In the year of our Lord 1781, the 19th of October, Cornwallis surrendered.',
    ['1781 => 1781', '19th of October => 1781-10-19'],
  ],
  ["Jan. 1, '37. Snow all day; Father went to town, as in 1936.", ["Jan. 1, '37 => 1937-01-01", '1936 => 1936']],
  [
    "Camp near Petersburg, Dec. 24, 1864. We shall be home by April 3, '65.",
    ['Dec. 24, 1864 => 1864-12-24', "April 3, '65 => 1865-04-03"],
  ],
  ["Richmond, Va., April 3, '65. The city is in flames.", []],
  ['In 1936-7 the purge reached the Army.', ['1936-7 => 1936/1937']],
  ['The Tsar abdicated on March 2/15, 1917.', ['March 2/15, 1917 => 1917-03-15 j:1917-03-02']],
  ['Done this sixteenth day of December, A.D. 1851, at Nantucket.', ['sixteenth day of December, A.D. 1851 => 1851-12-16']],
  [
    'Signed this Twenty-first day of March, in the Year of our Lord 1781.',
    ['Twenty-first day of March, in the Year of our Lord 1781 => 1781-03-21'],
  ],
  [
    'In 1776 they signed it on the fourth of July; by the thirtieth of August the army had fled.',
    ['1776 => 1776', 'fourth of July => 1776-07-04', 'thirtieth of August => 1776-08-30'],
  ],
  ['First of all, the Fourth of Julys of his youth; the thirtieth of February 1900.', ['February 1900 => 1900-02']],
  ['Between the 1st and 3rd of May, 1937, Barcelona fought.', ['Between the 1st and 3rd of May, 1937 => 1937-05-01/1937-05-03']],
  ['Court adjourned 4th May, resumed 11th May 1936.', ['4th May => 1936-05-04', '11th May 1936 => 1936-05-11']],
  ['Court adjourned 4th May. Resumed 11th May 1936.', ['4th May => XXXX-05-04', '11th May 1936 => 1936-05-11']],
  ['The army lost 1500 men in 1812 and 1200 horses by 1813.', ['1812 => 1812', '1813 => 1813']],
  [
    'the reforms of the nineteenth century and the early 20th century',
    ['the nineteenth century => 18XX', 'the early 20th century => 1900/1933'],
  ],
  ['mid-eighteenth century Russia, not the 5th century B.C.', ['mid-eighteenth century => 1734/1766']],
  ['as compared to 1833, and antecedently to 1794', ['1833 => 1833', '1794 => 1794']],
  ['Leningrad, 1934–1935. From the diary of Lyubov Shaporina.', ['1934–1935 => 1934/1935']],
  [
    'your obedient servant, G. Washington. Novr 5th 1787. Wednesday 27th Feby 1793.',
    ['Novr 5th 1787 => 1787-11-05', 'Wednesday 27th Feby 1793 => 1793-02-27'],
  ],
  [
    "Jan’y 3d 1780. Snow. Decr 1776 was cold, Feb'y 1777 colder.",
    ['Jan’y 3d 1780 => 1780-01-03', 'Decr 1776 => 1776-12', "Feb'y 1777 => 1777-02"],
  ],
  ['He was arrested on the night of 16/17 February 1937.', ['16/17 February 1937 => 1937-02-16/1937-02-17']],
  ['Sentence was carried out 15.III.1938; den 3. XI. 1917.', ['15.III.1938 => 1938-03-15', '3. XI. 1917 => 1917-11-03']],
  [
    'Napoleon entered Moscow on 14 September 1812 (2 September O.S.).',
    ['14 September 1812 => 1812-09-14', '2 September O.S. => 1812-09-14 j:1812-09-02'],
  ],
  ['(on 7 November 1917 N.S.)', ['7 November 1917 N.S. => 1917-11-07']],
  // A letter's dateline gives its year to the days in the letter that are not in a later month; a later month told in
  // the past is of the year before ("that of the 20th of December" came to hand: December 1784).
  [
    'Mount Vernon, June 1st 1785.\n\nMy dear Marquis,\n\nYour letter of the 9th of February came to hand, and that of the 20th of December.',
    ['June 1st 1785 => 1785-06-01', '9th of February => 1785-02-09', '20th of December => 1784-12-20'],
  ],
  [
    'Mount Vernon, June 1st 1785.\n\nMy dear Marquis,\n\nYour letter of the 20th of December will come to hand.',
    ['June 1st 1785 => 1785-06-01', '20th of December => XXXX-12-20'],
  ],
  // A weekday written with its date is in the span (not checked against it); a weekday alone is no date.
  [
    'On Sunday, Aug. 23, 1914, they sailed; Wednesday, Sept. 23, was fine, and on Thursday the rain came.',
    ['Sunday, Aug. 23, 1914 => 1914-08-23', 'Wednesday, Sept. 23 => 1914-09-23'],
  ],
  ['Tuesday 12 March 1936 was cold.', ['Tuesday 12 March 1936 => 1936-03-12']],
  ['On Monday the court sat; last Friday, in December 1936, it rose.', ['December 1936 => 1936-12']],
  // A newspaper's heading dates the whole text: a dateline pages below it takes its year. A dateline in quotation marks
  // dates the document quoted, not the text: the days after it are not counted back from it.
  [
    `From The New York Times Current History of the European War, January 23, 1915: letters of September 1914.\n\n${'The lull went on. '.repeat(260)}\n\n[Made Public Sept. 29.]`,
    ['January 23, 1915 => 1915-01-23', 'September 1914 => 1914-09', 'Sept. 29 => 1914-09-29'],
  ],
  [
    'From The New York Times Current History of the European War, January 23, 1915: letters of September 1914.\n\n"Mont St. Guibert, Aug. 20, 1914.\n\n"Corps Order."\n\nOn Thursday, Sept. 21, the weather was fine.',
    [
      'January 23, 1915 => 1915-01-23',
      'September 1914 => 1914-09',
      'Aug. 20, 1914 => 1914-08-20',
      'Thursday, Sept. 21 => 1914-09-21',
    ],
  ],
  // Negative: a dateline not in marks is the text's own (a letter of August 1914 tells of the September before).
  [
    'Mont St. Guibert, Aug. 20, 1914.\n\nWe saw him in September, when the harvest was in.',
    ['Aug. 20, 1914 => 1914-08-20', 'September => 1913-09'],
  ],
  // Academic prose.
  [
    'By the late 1920s and into the 1930s–40s, the regime hardened; the 1890s-1910s too.',
    ['the late 1920s => 1927/1929', 'the 1930s–40s => 1930/1949', 'the 1890s-1910s => 1890/1919'],
  ],
  ['The manuscript dates from c.1930 and the copy from ca 1935.', ['c.1930 => 1930~', 'ca 1935 => 1935~']],
  ['On May Day 1937 the parade went on; at Easter 1916 the Rising began.', ['1937 => 1937', '1916 => 1916']],
  [
    'As Getty argues (1985, p. 12) and Conquest (1968: 44), the 1905 one differs.',
    ['1985 => 1985', '1968 => 1968', '1905 => 1905'],
  ],
  ['1937 was the worst year. Then it came. 1938 saw the end.', ['1937 => 1937', '1938 => 1938']],
  ['1949: the People’s Republic is proclaimed. Born: 1879. Died: 1940.', ['1949 => 1949', '1879 => 1879', '1940 => 1940']],
  ['Chapter 3\n\n1937.\n\nThe year of the Terror.', ['1937 => 1937']],
  // Not dates.
  ['the 2000 delegates and the 1500 men', []],
  ['the treasury paid $1936 and 1,936 dollars at 10:30 in room 1936', []],
  ['He was paid 1936 roubles for it.', []],
  ['It is false that all 16 accused have admitted their crime.', []],
  ['see page 1917 of the record', []],
  ['Order No. 1932 of the G.P.U.', []],
  ['in 1936 roubles', []],
  ['for a century; the Century Magazine', []],
  ['He sold the land in 1500 lots; the ship went down in 1200 fathoms. Since 1500 delegates attended, the hall was full.', []],
  ['pp. 1931-1936', []],
  ['pp. 12, 1931-1936', []],
  ['He counted:\n1500\nmen; page\n1937\nof the report; 1500 men died; f. 17, op. 3, d. 1937', []],
  ['Census - Population 1790 - 3,929,827 - 1800 - 5,308,483', []],
  ['a Decrease 1787 and a Decree 1787', []],
  ['they march on and they may confess', []],
  ['Enemy No. 1 of the Stalinist clique', []],
];

describe('findDates', () => {
  for (const [sentence, expected, options] of CASES) {
    it(`${sentence} -> ${expected.join('; ') || 'nothing'}${options?.dayFirst ? ' (day first)' : ''}`, () => {
      const got = findDates(sentence, options).map((d) => `${d.text} => ${d.value}${d.julian ? ` j:${d.julian}` : ''}`);
      assert.deepStrictEqual(got, expected);
    });
  }

  it('reports offsets into the text', () => {
    const text = 'Public Domain: 2008. Written: 18 December 1936.';
    assert.deepStrictEqual(
      findDates(text).map((d) => text.slice(d.start, d.end)),
      ['2008', '18 December 1936'],
    );
  });
});
