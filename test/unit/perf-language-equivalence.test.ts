// The one-pass language detector (text/language.ts) answers as the regex version it replaced, on real and generated texts.
import * as assert from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { detectLanguage, type Language } from '../../src/core/text/language';
import { Paragraphs } from '../../src/core/text/paragraphs';

const REPO = join(__dirname, '..', '..', '..');

/** The detector as it was before it was made one pass (the reference: a regex per word, a lower-cased string per word). */
const FUNCTION_WORDS: Record<'en' | 'de' | 'fr', Set<string>> = {
  en: new Set(
    'the and of to is was that for with as on by it he his which were had have this from are not been but they'.split(' '),
  ),
  de: new Set(
    'der die das und ist war nicht mit von zu den dem des ein eine einen auf für sich auch als wurde sind nach bei aus über vor wie noch oder am im vom zum zur dass daß er es ich wir ihr sie hat'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les et est une des du dans pour que qui pas sur au aux avec ce il elle se sont était ont par mais ne cette leur été où'.split(
      ' ',
    ),
  ),
};
function referenceDetect(text: string): Language {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (cyrillic >= 3 && cyrillic > latin) return 'ru';
  const counts = { en: 0, de: 0, fr: 0 };
  const word = /[\p{L}'\u2019]+/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[0].toLowerCase().replace(/['\u2019].*$/, '');
    for (const lang of ['en', 'de', 'fr'] as const) if (FUNCTION_WORDS[lang].has(w)) counts[lang]++;
    if (/^(?:l|d|qu|n|s|j)$/.test(w) && /['\u2019]/.test(m[0])) counts.fr++;
    if (/[äöüß]/.test(w)) counts.de++;
    else if (/[éèêçàùâîôû]/.test(w)) counts.fr++;
  }
  const best = counts.de > counts.fr ? 'de' : 'fr';
  return counts[best] >= 2 && counts[best] > counts.en ? best : 'en';
}

function textsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? textsUnder(join(dir, e.name)) : /\.(txt|md)$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

/** Words of the four languages in every case, elisions, accents, apostrophes, astral letters and lone surrogates. */
const PIECES = [
  'the',
  'The',
  'THE',
  'and',
  'which',
  'der',
  'Die',
  'DAS',
  'für',
  'Für',
  'FÜR',
  'über',
  'daß',
  'DASS',
  'des',
  'Des',
  'le',
  'La',
  'été',
  'Été',
  'était',
  'où',
  'Où',
  "l'",
  'L’',
  "qu'il",
  'Qu’',
  "d'un",
  "n'est",
  "s'il",
  "j'ai",
  "'tis",
  '’',
  "'",
  "l''",
  'ẞ',
  'straße',
  'Ärger',
  'café',
  'ÇA',
  'İl',
  'ΣΑΣ',
  'Ωσ',
  'Троцкий',
  'в',
  'марте',
  '𐐀𐐨',
  '😀',
  '\ud800',
  '\udc00',
  'e\u0301t\u0301e\u0301',
  'K',
  '\u212a',
  ' ',
  ' ',
  '\n',
  '-',
  '.',
  '1936',
];
const generated = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((xs) => xs.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((xs) => xs.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('language detection, one pass', () => {
  it('reads every paragraph of the sample corpus and the evaluation texts as the regex version did', () => {
    const texts = [...textsUnder(join(REPO, 'samples')), ...textsUnder(join(REPO, 'eval', 'texts'))];
    let seen = 0;
    const langs = new Set<Language>();
    for (const text of texts) {
      const paragraphs = new Paragraphs(text);
      paragraphs.starts.forEach((s, i) => {
        const p = text.slice(s, paragraphs.ends[i]);
        const expected = referenceDetect(p);
        langs.add(expected);
        assert.strictEqual(detectLanguage(p), expected, p.slice(0, 200));
        seen++;
      });
    }
    assert.ok(seen > 100, `${seen} paragraphs`);
    // The comparison covers every answer, not English alone.
    assert.deepStrictEqual([...langs].sort(), ['de', 'en', 'fr', 'ru']);
  });

  it('answers as the regex version on generated texts of the four languages', () => {
    fc.assert(
      fc.property(generated, (text) => {
        assert.strictEqual(detectLanguage(text), referenceDetect(text));
      }),
      { seed: 1917, numRuns: 3000 },
    );
  });
});
