import * as assert from 'node:assert';
import type { Entity } from '../../src/core/model';
import { NameMatcher } from '../../src/core/recognize/name-matcher';
import { findQuotes } from '../../src/core/recognize/quotes';

const person = (id: string, name: string): Entity => ({ id, type: 'person', name, aliases: [] });
const NAMES = new NameMatcher([
  person('goltzman', 'Goltzman'),
  person('reingold', 'Reingold'),
  person('zinoviev', 'Zinoviev'),
  person('lenin', 'Lenin'),
  person('stalin', 'Stalin'),
  person('ciliga', 'Ciliga'),
  person('vyshinsky', 'Vyshinsky'),
]);

/** [text, expected "quote text | kind | speaker" list] */
const CASES: Array<[string, string[]]> = [
  ['The Moscow “Confessions”', ['“Confessions” | scare']],
  ['with the characteristics of a “crime,” whether carried out or not', ['“crime,” | scare']],
  ['It is false that “all 16 accused” have admitted their crime.', ['“all 16 accused” | scare']],
  [
    'about whom Lenin warned in 1922: “This cook will prepare only peppery dishes.”',
    ['“This cook will prepare only peppery dishes.” | quotation | lenin'],
  ],
  [
    'Goltzman testified: “I met Sedov at the Hotel Bristol in Copenhagen.”',
    ['“I met Sedov at the Hotel Bristol in Copenhagen.” | confession | goltzman'],
  ],
  ['“I was the organiser of the centre,” said Reingold.', ['“I was the organiser of the centre,” | quotation | reingold']],
  ['“I admit all of it,” Reingold said to the court.', ['“I admit all of it,” | quotation | reingold']],
  [
    'Zinoviev confessed everything. “I am guilty of the murder of Kirov before the party.”',
    ['“I am guilty of the murder of Kirov before the party.” | confession | zinoviev'],
  ],
  [
    'The correspondent of the paper to which the dishonest Goltzman belongs, wrote: “The report is widely current here.”',
    ['“The report is widely current here.” | quotation'],
  ],
  [
    'Ciliga, a Yugoslav revolutionary who spent years in prison, testifies: “I saw a sailor who was told he would be shot.”',
    ['“I saw a sailor who was told he would be shot.” | confession | ciliga'],
  ],
  [
    'According to Zinoviev, “the centre had decided on terror long before.”',
    ['“the centre had decided on terror long before.” | quotation | zinoviev'],
  ],
  ['Vyshinsky asked: "Did you confess?" and the court went on.', ['"Did you confess?" | quotation | vyshinsky']],
  [
    'Er nannte es „eine ungeheuerliche Fälschung der Geschichte“ und schwieg.',
    ['„eine ungeheuerliche Fälschung der Geschichte“ | quotation'],
  ],
  [
    'Il parla de «la plus grande falsification de l’histoire» devant nous.',
    ['«la plus grande falsification de l’histoire» | quotation'],
  ],
  ['Sie sagte: »Das ist eine Lüge, nichts weiter.«', ['»Das ist eine Lüge, nichts weiter.« | quotation']],
  [
    'Er schrieb: „Er sagte ‚nie wieder‘ und ging fort aus Moskau.“',
    ['„Er sagte ‚nie wieder‘ und ging fort aus Moskau.“ | quotation', '‚nie wieder‘ | scare'],
  ],
  [
    'He wrote: “They told me: ‘Since you are a worker we don’t want to shoot you.’ Then they left.”',
    [
      '“They told me: ‘Since you are a worker we don’t want to shoot you.’ Then they left.” | quotation',
      '‘Since you are a worker we don’t want to shoot you.’ | quotation',
    ],
  ],
  ['(alleged plots of the type: “To hell with Stalin! “) But why', ['“To hell with Stalin! “ | quotation']],
  ['And now it’s “C’s” turn again.', ['“C’s” | scare']],
  // Typewritten prose: one straight mark for quotes and apostrophes; a small letter after it may still open a quotation.
  [
    'The witness testified: "Smirnov told me in 1932 that \'terror is the only way out.\'"',
    ['"Smirnov told me in 1932 that \'terror is the only way out.\'" | confession', "'terror is the only way out.' | confession"],
  ],
  // Short words someone says are a quotation, not a scare quote (issue: short quoted speech attributed to a speaker).
  [
    "'We shall see,' said Reingold, 'whether the Party forgives us.'",
    ["'We shall see,' | quotation | reingold", "'whether the Party forgives us.' | quotation | reingold"],
  ],
  ["Rock 'n' roll, 'twas said, kept 'em dancing till 3 o'clock; the workers' state fell.", []],
  [
    "'Top dat dam slappin' ob de boat,' he said; 'it was a sellin' trick.'",
    ["'Top dat dam slappin' ob de boat,' | quotation", "'it was a sellin' trick.' | quotation"],
  ],
  [
    '‘’Twas a cold night,’ she recalled, ‘and the guards were drunk.’',
    ['‘’Twas a cold night,’ | quotation', '‘and the guards were drunk.’ | quotation'],
  ],
  // Apostrophes are not quotation marks.
  ['We don’t wish you ill; it is Stalin’s word, the Bolsheviks’ creed, in the ’30s.', []],
  ["We don't wish you ill; it is Stalin's word, the Bolsheviks' creed, in the '30s.", []],
  ['an unclosed “mark runs on\n\nbut “stops” at the paragraph', ['“stops” | scare']],
  // A quotation of several paragraphs run together: each reopens, only the last closes (State of the Union, 1946).
  [
    'President Roosevelt said: "This new year of 1945 can be the greatest year of achievement in human history. "1945 can see the final ending of the Nazi-Fascist reign of terror in Europe. "Most important of all-1945 can and must see the substantial beginning of the organization of world peace." All those hopes were fulfilled.',
    // Each quoted paragraph is its own quotation (the newspaper convention), with the same kind.
    [
      '"This new year of 1945 can be the greatest year of achievement in human history. | quotation',
      '"1945 can see the final ending of the Nazi-Fascist reign of terror in Europe. | quotation',
      '"Most important of all-1945 can and must see the substantial beginning of the organization of world peace." | quotation',
    ],
  ],
  [
    'Il parla de « la plus grande falsification de l’histoire » devant nous.',
    ['« la plus grande falsification de l’histoire » | quotation'],
  ],
  ['He called it ‘the workers’ state’ and left the hall.', ['‘the workers’ state’ | scare']],
  [
    'They sang ‘the Internationale’ while the workers’ delegates ‘stood up’.',
    ['‘the Internationale’ | scare', '‘stood up’ | scare'],
  ],
  [
    'It is not "Can any of us imagine better?" but "Can we all do better?" Object whatsoever is possible.',
    ['"Can any of us imagine better?" | quotation', '"Can we all do better?" | quotation'],
  ],
];

describe('findQuotes', () => {
  for (const [text, expected] of CASES) {
    it(`${text.replace(/\n/g, '\\n')}`, () => {
      const got = findQuotes(text, NAMES).map((q) => [q.text, q.quote, q.speaker].filter(Boolean).join(' | '));
      assert.deepStrictEqual(got, expected);
    });
  }

  it('a quotation running over paragraphs that each reopen it: one quotation per paragraph, same kind and speaker', () => {
    const text =
      'Ciliga testifies:\n\n“I saw a sailor who was told he would be shot.\n\n“He was led into the courtyard and brought back.”\n\nThen it ended.';
    const got = findQuotes(text, NAMES);
    assert.deepStrictEqual(
      got.map((q) => [q.text, q.quote, q.speaker]),
      [
        ['“I saw a sailor who was told he would be shot.', 'confession', 'ciliga'],
        ['“He was led into the courtyard and brought back.”', 'confession', 'ciliga'],
      ],
    );
  });

  it('paragraphs of a quotation run together on one line are split at each reopening mark, with the same speaker', () => {
    const text = 'Lenin wrote: “The state is a machine. “It must be broken. “Then it withers.” He was sure.';
    assert.deepStrictEqual(
      findQuotes(text, NAMES).map((q) => [q.text, q.quote, q.speaker]),
      [
        ['“The state is a machine.', 'quotation', 'lenin'],
        ['“It must be broken.', 'quotation', 'lenin'],
        ['“Then it withers.”', 'quotation', 'lenin'],
      ],
    );
  });

  it('negative: an unclosed quotation whose next paragraph does not reopen it is dropped, parts and all', () => {
    assert.deepStrictEqual(findQuotes('Lenin called it “a machine.\n\nIt must be broken.', NAMES), []);
    assert.deepStrictEqual(findQuotes('Lenin: “The state.\n\n“A machine.\n\nIt must be broken.', NAMES), []);
  });

  it('an unclosed quotation introduced by a colon runs to the end of its paragraph (its closing mark was lost)', () => {
    const q = findQuotes('Lenin wrote: “The state is a machine.\n\nIt must be broken.', NAMES);
    assert.deepStrictEqual(
      q.map((m) => [m.text, m.quote]),
      [['“The state is a machine.', 'quotation']],
    );
    const last = findQuotes('Je leur ai dit : « Si vous voulez du pain, prenez en !', NAMES);
    assert.deepStrictEqual(
      last.map((m) => m.text),
      ['« Si vous voulez du pain, prenez en !'],
    );
  });

  it('spans include the marks and offsets are true', () => {
    const text = 'Today “A” admitted a little “fact.”';
    for (const q of findQuotes(text, NAMES)) assert.strictEqual(text.slice(q.start, q.end), q.text);
  });
});

describe('findQuotes: short quoted speech', () => {
  const kinds = (text: string): string[] => findQuotes(text, NAMES).map((q) => `${q.text} | ${q.quote}`);
  it('is a quotation when a verb of saying gives it a speaker', () => {
    assert.deepStrictEqual(kinds('Asked whether he knew Sedov, he answered, “No, sir” and sat down.'), ['“No, sir” | quotation']);
    assert.deepStrictEqual(kinds('The senator promised to “cut the tax” within a year.'), ['“cut the tax” | quotation']);
    assert.deepStrictEqual(kinds('“Never,” he said, and left.'), ['“Never,” | quotation']);
    assert.deepStrictEqual(kinds('Stalin replied: “Certainly not.”'), ['“Certainly not.” | quotation']);
  });
  it('negative: short words named, not said, stay scare quotes', () => {
    assert.deepStrictEqual(kinds('They are words like “justice,” “equality,” and “love.” We need them.'), [
      '“justice,” | scare',
      '“equality,” | scare',
      '“love.” | scare',
    ]);
    assert.deepStrictEqual(kinds('the so-called “confessions” were read out'), ['“confessions” | scare']);
    assert.deepStrictEqual(kinds('He called it a “crime,” and the word stuck.'), ['“crime,” | scare']);
  });
  it('is a quotation when reported after "said that", with a word of a clause in it', () => {
    assert.deepStrictEqual(kinds('He said that his orders were to see that I “did not oversleep” the train.'), [
      '“did not oversleep” | quotation',
    ]);
    // Negative: a noun held at a distance inside reported speech; a clause with no verb of saying.
    assert.deepStrictEqual(kinds('He said that the “reforms” failed.'), ['“reforms” | scare']);
    assert.deepStrictEqual(kinds('The order was that they “did not stop” at all.'), ['“did not stop” | scare']);
  });
  it('is a scare quote after an article, also with the full stop inside the marks', () => {
    assert.deepStrictEqual(kinds('The village got a taste of the “Jack Johnsons.” The spot was near.'), [
      '“Jack Johnsons.” | scare',
    ]);
    // Negative: a sentence said, or a clause after the article, is no name.
    assert.deepStrictEqual(kinds('He said, “The end.” Then he left.'), ['“The end.” | quotation']);
    assert.deepStrictEqual(kinds('It was the “I will not go.” of a tired man.'), ['“I will not go.” | quotation']);
  });
});

describe('findQuotes: a single mark inside a double one', () => {
  const texts = (text: string): string[] => findQuotes(text, NAMES).map((q) => q.text);
  it('opens a quotation right after the double mark', () => {
    assert.deepStrictEqual(texts(`"'A brisk day,' remarks he. 'Not so bad,' replies the officer."`), [
      `"'A brisk day,' remarks he. 'Not so bad,' replies the officer."`,
      `'A brisk day,'`,
      `'Not so bad,'`,
    ]);
  });
  it("negative: an elision right after the mark is the word's", () => {
    assert.deepStrictEqual(texts(`"'Tis a pity," he said.`), [`"'Tis a pity,"`]);
    assert.deepStrictEqual(texts('‘’Twas brillig,’ he said.'), ['‘’Twas brillig,’']);
  });
});
