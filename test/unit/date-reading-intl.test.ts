import * as assert from 'node:assert';
import { readEdtfIn } from '../../src/core/corpus/date-reading-intl';
import { describeMention } from '../../src/core/corpus/describe';
import { languageOfSpan, paragraphLanguages } from '../../src/core/text/language';

/** The language a hover reads a date in: its paragraph's (src/editor/hover.ts). */
const languageAt = (text: string, offset: number) => languageOfSpan(paragraphLanguages(text), offset) ?? 'en';

describe("date reading in the text's language", () => {
  it('reads days, months, years, seasons, decades, centuries and intervals in Russian, German and French', () => {
    assert.strictEqual(readEdtfIn('1936-12-18', 'ru'), '18 декабря 1936 г., пятница');
    assert.strictEqual(readEdtfIn('1936-12-18', 'de'), 'Freitag, 18. Dezember 1936');
    assert.strictEqual(readEdtfIn('1937-05-01', 'fr'), 'samedi 1er mai 1937');
    assert.strictEqual(readEdtfIn('1938-03', 'ru'), 'март 1938 г.');
    assert.strictEqual(readEdtfIn('1933-21', 'de'), 'Frühjahr 1933');
    assert.strictEqual(readEdtfIn('193X', 'fr'), 'années 1930');
    assert.strictEqual(readEdtfIn('19XX', 'ru'), 'XX век');
    assert.strictEqual(readEdtfIn('1935-06~', 'de'), 'etwa Juni 1935');
    assert.strictEqual(readEdtfIn('1938-03-02/1938-03-13', 'ru'), 'с 2 марта 1938 г., среда по 13 марта 1938 г., воскресенье');
    assert.strictEqual(readEdtfIn('1936-12-18', 'en'), '18 December 1936, a Friday');
    assert.strictEqual(readEdtfIn('not a date', 'fr'), 'not a date');
  });

  it('gives the hover of a date in a Russian paragraph its Russian reading, then the English one', () => {
    const text = 'An English note on the trial.\n\nПроцесс открылся 2 марта 1938 г. в Москве, и все это помнят.';
    const at = text.indexOf('2 марта');
    assert.strictEqual(languageAt(text, at), 'ru');
    assert.strictEqual(languageAt(text, 3), 'en');
    const [part] = describeMention(
      { kind: 'date', start: at, end: at + 15, text: '2 марта 1938 г.', value: '1938-03-02' },
      { julianBefore: '1918-02-14', lang: languageAt(text, at) },
    );
    assert.ok(part.markdown.replace(/\\/g, '').includes('2 марта 1938 г., среда (2 March 1938, a Wednesday)'), part.markdown);
    const [en] = describeMention(
      { kind: 'date', start: 0, end: 4, text: '1938', value: '1938-03-02' },
      { julianBefore: '1918-02-14' },
    );
    assert.doesNotMatch(en.markdown, /марта/);
  });
});
