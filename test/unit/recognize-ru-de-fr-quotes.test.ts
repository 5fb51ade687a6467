import * as assert from 'node:assert';
import type { Entity } from '../../src/core/model';
import { NameMatcher } from '../../src/core/recognize/name-matcher';
import { findQuotes } from '../../src/core/recognize/quotes';

const person = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'person', name, aliases });
const NAMES = new NameMatcher([
  person('bukharin', 'Николай Бухарин', ['Бухарин', 'Bucharin', 'Boukharine']),
  person('radek', 'Карл Радек', ['Радек', 'Radek']),
  person('vyshinsky', 'Андрей Вышинский', ['Вышинский', 'Wyschinski', 'Vychinski']),
]);

const show = (text: string): string[] =>
  findQuotes(text, NAMES.match(text)).map((m) => `${m.text} ${m.quote}${m.speaker ? ` ${m.speaker}` : ''}`);

/** [sentence, expected "quotation kind speaker" list] */
const CASES: Array<[string, string[]]> = [
  [
    'Бухарин признал: «Я признаю себя виновным в измене родине». Потом был перерыв.',
    ['«Я признаю себя виновным в измене родине» confession bukharin'],
  ],
  ['«Я был одним из руководителей блока», — признался Бухарин.', ['«Я был одним из руководителей блока» confession bukharin']],
  [
    '«Никакого блока не было и не могло быть», — сказал Бухарин Радеку.',
    ['«Никакого блока не было и не могло быть» quotation bukharin'],
  ],
  ['По словам Вышинского, «все подсудимые полностью изобличены».', ['«все подсудимые полностью изобличены» quotation vyshinsky']],
  ['Это была «ошибка», не больше.', ['«ошибка» scare']],
  [
    'Bucharin gab zu: „Ich bekenne mich schuldig, an der Verschwörung teilgenommen zu haben.“ Dann schwieg er.',
    ['„Ich bekenne mich schuldig, an der Verschwörung teilgenommen zu haben.“ confession bukharin'],
  ],
  [
    '„Das ist der ‚Block‘, den wir alle meinten“, sagte Radek in seiner Rede.',
    ['„Das ist der ‚Block‘, den wir alle meinten“ quotation radek', '‚Block‘ scare'],
  ],
  [
    'Radek erklärte: „Wir haben das nie geleugnet, niemals und nirgends‟ vor Gericht.',
    ['„Wir haben das nie geleugnet, niemals und nirgends‟ confession radek'],
  ],
  [
    'Boukharine reconnut : « Je me reconnais coupable de trahison envers la patrie. » Puis il se tut.',
    ['« Je me reconnais coupable de trahison envers la patrie. » confession bukharin'],
  ],
  [
    '« Le bloc existait bien, et nous en étions les chefs », dit Radek devant le tribunal.',
    ['« Le bloc existait bien, et nous en étions les chefs » quotation radek'],
  ],
  [
    'Selon Vychinski, « les accusés sont tous des traîtres à la patrie ».',
    ['« les accusés sont tous des traîtres à la patrie » quotation vyshinsky'],
  ],
  // Not a confession: the verb is inside the quotation, or a noun that looks like a verb.
  [
    'Radek schrieb: „Er gestand alles, was man wollte, und mehr.“',
    ['„Er gestand alles, was man wollte, und mehr.“ quotation radek'],
  ],
  [
    'Seine Bekannte las laut: „Der Prozess ist eine Farce und ein Betrug.“',
    ['„Der Prozess ist eine Farce und ein Betrug.“ quotation'],
  ],
];

describe('recognize ru/de/fr: quotations', () => {
  for (const [text, expected] of CASES) {
    it(text, () => assert.deepStrictEqual(show(text), expected));
  }
});
