import * as assert from 'node:assert';
import { findDates } from '../../src/core/recognize/dates';

const show = (text: string, lang?: 'auto' | 'en' | 'ru' | 'de' | 'fr'): string[] =>
  findDates(text, { lang }).map((m) => `${m.text} => ${m.value}${m.julian ? ` j:${m.julian}` : ''}`);

describe('recognize ru/de/fr: the narrative year for a day or month without one', () => {
  it('takes the year of a heading paragraphs above (Russian, German, French)', () => {
    const ru =
      'Дневник, 3 января 1912.\n\nУтром приехали гости.\n\nВечером говорили о письме, которое пришло 29 декабря и 2 января.';
    assert.deepStrictEqual(show(ru), ['3 января 1912 => 1912-01-03', '29 декабря => 1912-12-29', '2 января => 1912-01-02']);
    const de =
      'Friedrich an Wilhelm, Hamburg, 4. Mai 1862.\n\nLieber Freund!\n\nDein Brief kam gestern.\n\nDie Sendung vom 20. April ist noch nicht da.';
    assert.deepStrictEqual(show(de), ['4. Mai 1862 => 1862-05-04', '20. April => 1862-04-20']);
    const fr =
      "Jean à Pierre, Lyon, 9 mars 1848.\n\nMon cher ami,\n\nLes nouvelles sont mauvaises.\n\nJ'ai reçu ta lettre du 2 mars et celle du 4 mars.";
    assert.deepStrictEqual(show(fr), ['9 mars 1848 => 1848-03-09', '2 mars => 1848-03-02', '4 mars => 1848-03-04']);
  });

  it('keeps the narrative year past a bare earlier year, a look back; a later bare year moves it on', () => {
    const fr =
      'Audience du 14 mai 1872.\n\nD. Avez-vous servi ? — R. Oui, en 1859, et avant 1848 mon père.\n\nLe témoin : Le 2 avril, il est venu chez moi.';
    assert.deepStrictEqual(show(fr), ['14 mai 1872 => 1872-05-14', '1859 => 1859', '1848 => 1848', '2 avril => 1872-04-02']);
    const de = 'Bericht, 3. März 1890.\n\nSchon im Jahre 1871 war er dort.\n\nAm 5. Februar kam er zurück.';
    assert.deepStrictEqual(show(de), ['3. März 1890 => 1890-03-03', '1871 => 1871', '5. Februar => 1890-02-05']);
    const later = 'Записки, 3 мая 1905 г.\n\nВ 1906 году он уехал за границу. 4 марта он вернулся.';
    assert.deepStrictEqual(show(later), ['3 мая 1905 г. => 1905-05-03', '1906 году => 1906', '4 марта => 1906-03-04']);
  });

  it('keeps the narrative year past the date of a law or decree, which names it', () => {
    const fr = 'Audience du 2 juin 1872.\n\nCrimes prévus par la loi du 24 mai 1834.\n\nLe 18 mars, elle était à Montmartre.';
    assert.deepStrictEqual(show(fr), ['2 juin 1872 => 1872-06-02', '24 mai 1834 => 1834-05-24', '18 mars => 1872-03-18']);
    const ru = 'Заседание 3 мая 1907 г.\n\nНа основании указа от 9 ноября 1906 г. дело пересмотрено. 4 марта он вернулся.';
    assert.deepStrictEqual(show(ru), ['3 мая 1907 г. => 1907-05-03', '9 ноября 1906 г. => 1906-11-09', '4 марта => 1907-03-04']);
    // Negative: a date after a narrative noun that is no law moves the narrative.
    const moved = 'Audience du 2 juin 1872.\n\nLa lettre du 24 mai 1871 fut lue. Le 18 mars, elle était à Montmartre.';
    assert.deepStrictEqual(show(moved), ['2 juin 1872 => 1872-06-02', '24 mai 1871 => 1871-05-24', '18 mars => 1871-03-18']);
  });

  it('keeps the narrative year when the same paragraph gives a later full date after the day', () => {
    const text = 'Записки, 5 мая 1905 г.\n\nСобрание было назначено на 12 мая, а отложено до 3 июня 1906 г.';
    assert.deepStrictEqual(show(text), ['5 мая 1905 г. => 1905-05-05', '12 мая => 1905-05-12', '3 июня 1906 г. => 1906-06-03']);
  });

  it("counts «прошлого года», «vorigen Jahres», «l'année dernière» a year back without moving the narrative", () => {
    assert.deepStrictEqual(show('Статья, 1931 г.\n\nВ мае прошлого года его выслали, а 4 марта он вернулся.'), [
      '1931 г. => 1931',
      'мае => 1930-05',
      '4 марта => 1931-03-04',
    ]);
    assert.deepStrictEqual(show('Bericht aus Wien, 2. Juni 1930.\n\nIm März vorigen Jahres begann es, am 1. Mai endete es.'), [
      '2. Juni 1930 => 1930-06-02',
      'März => 1929-03',
      '1. Mai => 1930-05-01',
    ]);
    assert.deepStrictEqual(show("Lettre de Paris, 10 juin 1880.\n\nEn mars de l'année dernière il partit; le 2 mai il revint."), [
      '10 juin 1880 => 1880-06-10',
      'mars => 1879-03',
      '2 mai => 1880-05-02',
    ]);
  });

  it("reads a bare «dernier» / «prochain» as the last or next such month from the narrative's", () => {
    assert.deepStrictEqual(
      show('Lettre, 10 juin 1880.\n\nEn mars dernier il est parti pour la ville. En septembre dernier aussi, avec les enfants.'),
      ['10 juin 1880 => 1880-06-10', 'mars => 1880-03', 'septembre => 1879-09'],
    );
  });

  it('leaves English paragraphs as they were (no narrative year there)', () => {
    // The English rules alone decide (read with the language forced to English: the same answer).
    const text = 'Diary, 3 January 1912.\n\nGuests came.\n\nWe spoke of the letter of the 29th of December.';
    assert.deepStrictEqual(show(text), show(text, 'en'));
    assert.ok(show(text).includes('3 January 1912 => 1912-01-03'));
  });

  it('reads a day of this, last or next month: «du 5 Ct», «le 28 écoulé», «5 с. м.», «am 5. d. M.», and lists of them', () => {
    assert.deepStrictEqual(show('Paris, 8 août 1870.\n\nJe vous confirme mes lettres du 3 et 5 Ct et celle du 28 écoulé.'), [
      '8 août 1870 => 1870-08-08',
      '3 => 1870-08-03',
      '5 Ct => 1870-08-05',
      '28 écoulé => 1870-07-28',
    ]);
    assert.deepStrictEqual(show('Москва, 10 мая 1913 г.\n\nВаше письмо от 5 с. м. получено, а от 28 п. м. пропало.'), [
      '10 мая 1913 г. => 1913-05-10',
      '5 с. м. => 1913-05-05',
      '28 п. м. => 1913-04-28',
    ]);
    assert.deepStrictEqual(show('Berlin, 10. Mai 1913.\n\nIhr Schreiben vom 5. d. M. und das vom 28. v. M. liegen vor.'), [
      '10. Mai 1913 => 1913-05-10',
      '5. d. M. => 1913-05-05',
      '28. v. M. => 1913-04-28',
    ]);
  });

  it('drops a day of «this month» with no date before it, and reads no «Ct» without a day', () => {
    assert.deepStrictEqual(show('Je vous confirme ma lettre du 5 Ct. Le Ct est un mot.', 'fr'), []);
  });

  it('reads a year closing a short heading, not one closing a long sentence', () => {
    assert.deepStrictEqual(show('A. Auteur, Le livre rouge, 1936.\n\nTout commence ici, dans la ville et dans les champs.'), [
      '1936 => 1936',
    ]);
    assert.deepStrictEqual(
      show(
        'Il y avait là, dit-on, des hommes venus de Pologne, de Lettonie, de Finlande et de Roumanie, et leur nombre, selon les journaux, dépassait, 1936.',
        'fr',
      ),
      [],
    );
  });
});
