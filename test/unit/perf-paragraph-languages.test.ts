// paragraphLanguages fills paragraphs too short to tell in one linear pass, as the formulation it replaced (which looked
// over the rest of the text again for each such paragraph) did.
import * as assert from 'node:assert';
import fc from 'fast-check';
import { paragraphLanguages, type Language } from '../../src/core/text/language';

/** Paragraphs whose language the detector tells, and ones too short to tell (undefined). */
const PARAGRAPHS: Array<[string, Language | undefined]> = [
  ['The trial of the accused was held in the hall of the court.', 'en'],
  ['Der Angeklagte wurde in die Halle des Gerichts geführt, und er sprach nicht.', 'de'],
  ["Le procès de l'accusé était dans la salle du tribunal et il ne parlait pas.", 'fr'],
  ['Подсудимый был доставлен в зал суда.', 'ru'],
  ['Moscow, 1936.', undefined],
  ['IV.', undefined],
];

/** The fill as it was: the next paragraph that tells, else (when none after tells) the one before, else English. */
function reference(found: Array<Language | undefined>): Language[] {
  const langs: Language[] = new Array<Language>(found.length);
  let next: Language | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    next = found[i] ?? next;
    langs[i] = found[i] ?? next ?? 'en';
  }
  let before: Language | undefined;
  for (let i = 0; i < found.length; i++) {
    if (found[i]) before = found[i];
    else if (before && !found.slice(i + 1).some(Boolean)) langs[i] = before;
  }
  return langs;
}

const langsOf = (picked: number[]): Language[] => paragraphLanguages(picked.map((p) => PARAGRAPHS[p][0]).join('\n\n')).langs;

describe('paragraph languages, short paragraphs filled in one pass', () => {
  it('gives a trailing short paragraph the language before it, a leading one the language after it', () => {
    assert.deepStrictEqual(langsOf([4, 1, 5]), ['de', 'de', 'de']);
    assert.deepStrictEqual(langsOf([2, 4, 1, 4, 5]), ['fr', 'de', 'de', 'de', 'de']);
    assert.deepStrictEqual(langsOf([4, 5]), ['en', 'en']);
    assert.deepStrictEqual(langsOf([3]), ['ru']);
  });

  it('answers as the formulation it replaced on generated sequences of paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: PARAGRAPHS.length - 1 }), { minLength: 1, maxLength: 12 }), (picked) => {
        assert.deepStrictEqual(langsOf(picked), reference(picked.map((p) => PARAGRAPHS[p][1])));
      }),
      { seed: 1905, numRuns: 500 },
    );
  });
});
