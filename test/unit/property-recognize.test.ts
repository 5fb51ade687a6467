// Recognizers under random input: never throw, never loop, spans inside the text and in order.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { NameMatcher, recognize } from '../../src/core/recognize/index';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import type { Mention } from '../../src/core/model';

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'moscow-trials');
const { entities } = parseRegistry(readFileSync(join(SAMPLE, 'entities.yaml'), 'utf8'), 'entities.yaml');
const names = new NameMatcher(entities);
const essay = readFileSync(join(SAMPLE, 'trotsky-1936-moscow-confessions.txt'), 'utf8');

/** Pieces that wake every recognizer up: names, dates, quote marks of several languages, and the characters between. */
const PIECES = [
  'Kirov',
  'Zinoviev',
  'Radek',
  'Trotsky',
  'Smirnov',
  'I. N. Smirnov',
  'G.P.U.',
  'Stalin’s',
  'Goltzman',
  'Hotel Bristol',
  'Copenhagen',
  'December',
  '1 December 1934',
  '18 December 1936',
  '5/12/1936',
  '1936-08-19',
  'Nov. 1932',
  '1917',
  '(O.S.)',
  '[N.S.]',
  'in the 1920s',
  '–',
  '-',
  '“',
  '”',
  '„',
  '«',
  '»',
  '‹',
  '›',
  '"',
  "'",
  '‘',
  '’',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '.',
  ',',
  ';',
  ':',
  '?',
  '!',
  '…',
  'confessed',
  'admitted',
  'said',
  'he',
  'the',
  'A',
  'I',
  'É',
  'e\u0301',
  'Ж',
  'Троцкий',
  '😀',
  '\u0000',
  '\ud800',
  '\udc00',
  '\ufeff',
];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((xs) => xs.join('')),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  // A slice of the real essay with random damage: cut anywhere, even inside a surrogate pair or a quotation.
  fc.tuple(fc.nat(essay.length), fc.nat(3000), fc.string({ maxLength: 20 }), fc.nat(3000)).map(([at, len, insert, cut]) => {
    const slice = essay.slice(at, at + len);
    return slice.slice(0, cut) + insert + slice.slice(cut + 1);
  }),
);

/** Every way a mention list can be wrong, as messages; empty when it is right. */
function violations(text: string, mentions: Mention[]): string[] {
  const out: string[] = [];
  mentions.forEach((m, i) => {
    if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= text.length)) {
      out.push(`#${i} ${m.kind} [${m.start}, ${m.end}) is not inside the text (length ${text.length})`);
    } else if (m.text !== text.slice(m.start, m.end)) {
      out.push(`#${i} ${m.kind} text ${JSON.stringify(m.text)} is not the text at [${m.start}, ${m.end})`);
    }
    const prev = mentions[i - 1];
    if (prev && (prev.start > m.start || (prev.start === m.start && prev.end < m.end))) out.push(`#${i} is out of order`);
  });
  return out;
}

describe('property: recognizers under random input', () => {
  it('never throw; spans are inside the text, match it, and come sorted', function () {
    this.timeout(60_000);
    for (const dayFirst of [true, false]) {
      fc.assert(
        fc.property(texts, (text) => {
          assert.deepStrictEqual(violations(text, recognize(text, names, { dayFirst })), []);
        }),
        { seed: 1936, numRuns: 400 },
      );
    }
  });

  it('each recognizer alone keeps the same promises', function () {
    this.timeout(60_000);
    for (const kind of ['name', 'candidate', 'date', 'quote'] as const) {
      fc.assert(
        fc.property(texts, (text) => {
          assert.deepStrictEqual(violations(text, recognize(text, names, { kinds: [kind] })), []);
        }),
        { seed: 1937, numRuns: 150 },
      );
    }
  });

  it('finishes on a 5 MB single line, and on 400,000 nested quote marks', function () {
    // A gross bound only: a quadratic scan of 5 MB would take hours, not seconds.
    this.timeout(60_000);
    const line = essay.replace(/\s+/g, ' ');
    const long = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    assert.deepStrictEqual(violations(long, recognize(long, names)).slice(0, 3), []);
    const quotes = '“'.repeat(200_000) + '”'.repeat(200_000);
    assert.deepStrictEqual(violations(quotes, recognize(quotes, names)).slice(0, 3), []);
  });
});
