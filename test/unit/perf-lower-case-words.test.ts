// lowerCaseWords (one pass over the code units, shared by discovery and namesakes) finds what the regex it replaced found.
import * as assert from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lowerCaseWords } from '../../src/core/text/lower-case-words';

const REPO = join(__dirname, '..', '..', '..');
const reference = (text: string): string[] => [...new Set(text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? [])].sort();
const found = (text: string): string[] => [...lowerCaseWords(text)].sort();

function textsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? textsUnder(join(dir, e.name)) : /\.(txt|md)$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

const PIECES = [
  'the',
  'The',
  'McDonald',
  'abc1def',
  'cafe\u0301',
  'café',
  'Straße',
  'straße',
  'ǅemal',
  'ǆ',
  'ß',
  'ﬁne',
  'ᵃ',
  'ª',
  'Троцкий',
  'сказал',
  'σας',
  '𐐨𐐩',
  '𐐀𐐨',
  '𝒶𝒷',
  '😀',
  '\ud800',
  '\udc00',
  "don't",
  'o’clock',
  '-',
  ' ',
  '\n',
  '1936',
  '_',
];
const generated = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('lower-case words of a text, one pass', () => {
  it('are the words the regex found, on the sample corpus and the evaluation texts', () => {
    const texts = [...textsUnder(join(REPO, 'samples')), ...textsUnder(join(REPO, 'eval', 'texts'))];
    assert.ok(texts.length > 10);
    for (const text of texts) assert.deepStrictEqual(found(text), reference(text));
  });

  it('are the words the regex found, on generated texts (astral letters, marks, lone surrogates)', () => {
    fc.assert(
      fc.property(generated, (text) => {
        assert.deepStrictEqual(found(text), reference(text));
      }),
      { seed: 1936, numRuns: 3000 },
    );
  });

  it('answer for the text asked about, not the one asked before', () => {
    assert.deepStrictEqual(found('the Kirov affair'), ['affair', 'the']);
    assert.deepStrictEqual(found('a trial'), ['a', 'trial']);
  });
});
