import * as assert from 'node:assert';
import { findDates } from '../../src/core/recognize/dates';
import { declaredLanguage, detectLanguage, paragraphLanguages } from '../../src/core/text/language';

const show = (text: string, lang?: 'auto' | 'en' | 'ru' | 'de' | 'fr'): string[] =>
  findDates(text, { lang }).map((m) => `${m.text} => ${m.value}${m.julian ? ` j:${m.julian}` : ''}`);

/** [sentence, expected "span => value" list (julian after " j:")] */
export const CASES: Array<[string, string[]]> = [
  // Russian
  ['Процесс открылся 2 марта 1938 г. в Октябрьском зале.', ['2 марта 1938 г. => 1938-03-02']],
  ['В ночь на 7 ноября 1927 года оппозиция вышла на демонстрацию.', ['7 ноября 1927 года => 1927-11-07']],
  [
    'Весной 1933 г. его арестовали, а в середине 1935 года выслали.',
    ['Весной 1933 г. => 1933-21', 'середине 1935 года => 1935-06~'],
  ],
  [
    'Это началось в начале 20-х годов и кончилось в конце 1929 года.',
    ['начале 20-х годов => 1920/1923', 'конце 1929 года => 1929-12~'],
  ],
  ['Заседания шли 2–13 марта 1938 г. без перерыва.', ['2–13 марта 1938 г. => 1938-03-02/1938-03-13']],
  ['Суд заседал с 2 по 13 марта 1938 года.', ['с 2 по 13 марта 1938 года => 1938-03-02/1938-03-13']],
  [
    'Восстание началось 24 октября (6 ноября) 1917 г. в Петрограде.',
    ['24 октября (6 ноября) 1917 г. => 1917-11-06 j:1917-10-24'],
  ],
  [
    'Власть перешла к Советам 25 октября 1917 г. по ст. ст. и это известно.',
    ['25 октября 1917 г. по ст. ст. => 1917-11-07 j:1917-10-25'],
  ],
  ['Письмо от 12 (25) октября 1917 г. не сохранилось.', ['12 (25) октября 1917 г. => 1917-10-25 j:1917-10-12']],
  ['Он писал 5 марта 1917 г. (н. ст.) из Цюриха.', ['5 марта 1917 г. (н. ст.) => 1917-03-05']],
  ['Телеграмма от 2.III.1938 и протокол от 02.03.1938 лежат в деле.', ['2.III.1938 => 1938-03-02', '02.03.1938 => 1938-03-02']],
  ['В марте 1938 г. был вынесен приговор. В 1937 году начался террор.', ['марте 1938 г. => 1938-03', '1937 году => 1937']],
  ['Это было 1 мая, а Мая ждала его дома.', ['1 мая => XXXX-05-01']],
  ['Дело было в 1936 году, а 19 августа начался процесс.', ['1936 году => 1936', '19 августа => 1936-08-19']],
  ['Ему дали 1937 рублей, и Мая ушла.', []],
  // German
  ['Der Prozess begann am 2. März 1938 in Moskau.', ['2. März 1938 => 1938-03-02']],
  ['Verhandelt wurde vom 23. bis 30. Januar 1937 im Oktobersaal.', ['vom 23. bis 30. Januar 1937 => 1937-01-23/1937-01-30']],
  [
    'Die Verhandlung dauerte vom 28. Februar bis 13. März 1938 ohne Pause.',
    ['vom 28. Februar bis 13. März 1938 => 1938-02-28/1938-03-13'],
  ],
  [
    'Mitte 1935 und Ende der 1920er Jahre war er noch in der Partei.',
    ['Mitte 1935 => 1935-06~', 'Ende der 1920er Jahre => 1927/1929'],
  ],
  ['Im Frühjahr 1933 und im Herbst 1933 war er in Berlin.', ['Frühjahr 1933 => 1933-21', 'Herbst 1933 => 1933-23']],
  ['Im März 1938 und in den dreißiger Jahren war das so.', ['März 1938 => 1938-03', 'den dreißiger Jahren => 193X']],
  ['Die Sitzung war am 23.–30. Januar, also nicht im Mai.', ['23.–30. Januar => XXXX-01-23/XXXX-01-30', 'Mai => XXXX-05']],
  ['Er kam im Jahre 1937 nach Moskau und blieb von 1931 bis 1936 dort.', ['1937 => 1937', 'von 1931 bis 1936 => 1931/1936']],
  // French
  ['Le procès s\u2019ouvrit le 2 mars 1938 à Moscou.', ['2 mars 1938 => 1938-03-02']],
  ['Le 1er mai 1937 il y eut un défilé et il est parti le 1er mai.', ['1er mai 1937 => 1937-05-01', '1er mai => 1937-05-01']],
  ['Les audiences durèrent du 2 au 13 mars 1938 dans la salle.', ['du 2 au 13 mars 1938 => 1938-03-02/1938-03-13']],
  [
    'Il fut arrêté début 1935 et jugé à l\u2019automne 1933 pour la forme.',
    ['début 1935 => 1935-01~', 'l\u2019automne 1933 => 1933-23'],
  ],
  [
    'C\u2019était à la fin des années 1920 et à la mi-1935 que cela se passa.',
    ['fin des années 1920 => 1927/1929', 'mi-1935 => 1935-06~'],
  ],
  [
    'Il est venu en mars 1938 et il est reparti en 1937 avec les années trente.',
    ['mars 1938 => 1938-03', '1937 => 1937', 'les années trente => 193X'],
  ],
  ['Il a vu Mars et il est parti le 14 juillet.', ['14 juillet => XXXX-07-14']],
  // Months without a year, governed by a word of time; the year from the context.
  [
    'Весной 1936 г. всё началось, а в марте его арестовали, и к маю всё кончилось.',
    ['Весной 1936 г. => 1936-21', 'марте => 1936-03', 'маю => 1936-05'],
  ],
  ['Im Jahre 1936 kam er, im März wurde er verhaftet.', ['1936 => 1936', 'März => 1936-03']],
  [
    'En 1936 il arriva, en mars il fut arrêté, et au mois d\u2019août jugé.',
    ['1936 => 1936', 'mars => 1936-03', 'août => 1936-08'],
  ],
  ['Мая пришла в мае, а Марта осталась дома.', ['мае => XXXX-05']],
  ['Это было в 1937г. и 5 мая 1938г. тоже.', ['1937г. => 1937', '5 мая 1938г. => 1938-05-05']],
  // Lists of days: one date per day, with the month (and year) of the last.
  [
    'Les 6, 12 et 18 décembre 1934, les journaux publièrent la nouvelle.',
    ['6 => 1934-12-06', '12 => 1934-12-12', '18 décembre 1934 => 1934-12-18'],
  ],
  ['Это было 6, 12 и 18 декабря, и все знали.', ['6 => XXXX-12-06', '12 => XXXX-12-12', '18 декабря => XXXX-12-18']],
  ['Es war am 6., 12. und 18. Dezember 1934 so.', ['6 => 1934-12-06', '12 => 1934-12-12', '18. Dezember 1934 => 1934-12-18']],
  ['Il avait 3, 4 et 5 ans le 6 mai de cette année.', ['6 mai => XXXX-05-06']],
];

describe('recognize ru/de/fr: dates', () => {
  for (const [text, expected] of CASES) {
    it(text, () => assert.deepStrictEqual(show(text), expected));
  }

  it('reads English paragraphs as before, each paragraph in its own language', () => {
    const text =
      'The trial opened in August 1936 and the verdict came on 24 August.\n\nПроцесс открылся 19 августа 1936 г. в Москве.';
    assert.deepStrictEqual(show(text), ['August 1936 => 1936-08', '24 August => 1936-08-24', '19 августа 1936 г. => 1936-08-19']);
  });

  it('a forced English setting reads no Russian dates', () => {
    assert.deepStrictEqual(show('Процесс открылся 19 августа 1936 г. в Москве.', 'en'), []);
  });

  it('French rules do not run on English prose ("mars" in an English sentence)', () => {
    assert.deepStrictEqual(show('The Mars probe left on 2 mars 1938 in the story of the book.'), []);
  });

  it('stays fast on a long Russian paragraph without dates (no backtracking)', function () {
    this.timeout(10000);
    const text = 'в начале и в середине и весной '.repeat(20000) + '2 марта 1938 г.';
    assert.deepStrictEqual(show(text).slice(-1), ['2 марта 1938 г. => 1938-03-02']);
  });
});

describe('recognize ru/de/fr: language of a paragraph', () => {
  it('detects Russian by script, German and French by function words, English by default', () => {
    assert.strictEqual(detectLanguage('Бухарин признал себя виновным.'), 'ru');
    assert.strictEqual(detectLanguage('Der Angeklagte gab zu, dass er mit den anderen sprach.'), 'de');
    assert.strictEqual(detectLanguage('L\u2019accusé reconnut que le bloc était une réalité.'), 'fr');
    assert.strictEqual(detectLanguage('The accused admitted that the bloc existed.'), 'en');
    assert.strictEqual(detectLanguage('See Le Temps, 3 March 1938.'), 'en');
    assert.strictEqual(detectLanguage('Moscow'), 'en');
  });

  it('keeps each paragraph of a mixed text in its own language', () => {
    const text = 'The accused admitted it.\n\nБухарин признал себя виновным.\n\nLe procès est une farce et il le sait.';
    assert.deepStrictEqual(paragraphLanguages(text).langs, ['en', 'ru', 'fr']);
  });

  it('a front matter lang: and a setting override the detection', () => {
    const text = '---\ntitle: Notes\nlang: de\n---\n\nThe accused admitted it.';
    assert.strictEqual(declaredLanguage(text), 'de');
    assert.deepStrictEqual(paragraphLanguages(text).langs.slice(-1), ['de']);
    assert.deepStrictEqual(paragraphLanguages(text, 'fr').langs.slice(-1), ['fr']);
    assert.strictEqual(declaredLanguage('lang: de\n\nText'), undefined);
  });
});
