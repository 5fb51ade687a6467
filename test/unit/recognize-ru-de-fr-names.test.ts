import * as assert from 'node:assert';
import type { Entity } from '../../src/core/model';
import { NameMatcher } from '../../src/core/recognize/name-matcher';
import { caseForms } from '../../src/core/recognize/name-declension';
import { recognize } from '../../src/core/recognize/index';

const person = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'person', name, aliases });
const REGISTRY: Entity[] = [
  person('bukharin', 'Николай Иванович Бухарин', ['Бухарин', 'Н. И. Бухарин', 'Bucharin', 'Boukharine']),
  person('radek', 'Карл Радек', ['Радек']),
  person('rykov', 'Алексей Иванович Рыков', ['Рыков']),
  person('yagoda', 'Генрих Ягода', ['Ягода', 'Jagoda']),
  person('krestinsky', 'Николай Крестинский', ['Крестинский']),
  person('krupskaya', 'Надежда Константиновна Крупская', ['Крупская']),
  person('trotsky', 'Лев Троцкий', ['Троцкий']),
  person('kirov', 'Сергей Миронович Киров', ['Киров']),
  person('zinoviev', 'Григорий Зиновьев', ['Зиновьев']),
  person('fyodorov', 'Фёдоров'),
  person('kameneva', 'Ольга Каменева', ['Каменева']),
];

const show = (text: string, registry = REGISTRY): string[] =>
  new NameMatcher(registry).match(text).map((m) => `${m.text}=${m.entity}`);

/** [sentence, expected "text=entity" list] */
const CASES: Array<[string, string[]]> = [
  [
    'Бухарин, Бухарина, Бухарину, Бухариным, о Бухарине.',
    ['Бухарин=bukharin', 'Бухарина=bukharin', 'Бухарину=bukharin', 'Бухариным=bukharin', 'Бухарине=bukharin'],
  ],
  ['Радек и Радека, с Радеком, о Радеке.', ['Радек=radek', 'Радека=radek', 'Радеком=radek', 'Радеке=radek']],
  ['показания Рыкова против Рыкову', ['Рыкова=rykov', 'Рыкову=rykov']],
  ['допрос Ягоды, с Ягодой, но ягода в лесу', ['Ягоды=yagoda', 'Ягодой=yagoda']],
  ['слова Крестинского и с Крестинским', ['Крестинского=krestinsky', 'Крестинским=krestinsky']],
  ['письмо Крупской к Крупскую', ['Крупской=krupskaya', 'Крупскую=krupskaya']],
  ['статья Льва Троцкого о Троцком', ['Льва Троцкого=trotsky', 'Троцком=trotsky']],
  ['речь Николая Ивановича Бухарина и Н. И. Бухарина', ['Николая Ивановича Бухарина=bukharin', 'Н. И. Бухарина=bukharin']],
  ['убийство Сергея Мироновича Кирова и Кирова', ['Сергея Мироновича Кирова=kirov', 'Кирова=kirov']],
  ['о Григории Зиновьеве и Зиновьеву', ['Григории Зиновьеве=zinoviev', 'Зиновьеву=zinoviev']],
  ['Федорова и Фёдорову', ['Федорова=fyodorov', 'Фёдорову=fyodorov']],
  ['с Каменевой, о Каменеве', ['Каменевой=kameneva']],
  ['Bucharin, Boukharine, Jagoda', ['Bucharin=bukharin', 'Boukharine=bukharin', 'Jagoda=yagoda']],
  // Not names: common nouns and other words that share a beginning.
  ['бухарин, Бухарины? Радекович, Киро, Кировск, Кирово', []],
];

describe('recognize ru/de/fr: Russian names through declension', () => {
  for (const [text, expected] of CASES) {
    it(text, () => assert.deepStrictEqual(show(text), expected));
  }

  it('a woman registered as written wins over the genitive of a man (Рыкова), which links to him otherwise', () => {
    const withHer = REGISTRY.concat(person('rykova', 'Нина Рыкова', ['Рыкова']));
    assert.deepStrictEqual(show('Рыкова пришла, Рыковым сказано.', withHer), ['Рыкова=rykova', 'Рыковым=rykov']);
    assert.deepStrictEqual(show('Рыкова пришла.'), ['Рыкова=rykov']);
  });

  it('declines each kind of ending', () => {
    assert.deepStrictEqual(caseForms('Бухарин'), [
      ['Бухарина'],
      ['Бухарину'],
      ['Бухарина'],
      ['Бухариным', 'Бухарином'],
      ['Бухарине'],
    ]);
    assert.deepStrictEqual(caseForms('Крестинский'), [
      ['Крестинского'],
      ['Крестинскому'],
      ['Крестинского'],
      ['Крестинским'],
      ['Крестинском'],
    ]);
    assert.deepStrictEqual(caseForms('Каменева'), [['Каменевой'], ['Каменевой'], ['Каменеву'], ['Каменевой'], ['Каменевой']]);
    assert.deepStrictEqual(caseForms('Григорий')?.[0], ['Григория']);
    assert.deepStrictEqual(caseForms('Николай')?.[3], ['Николаем']);
    assert.strictEqual(caseForms('Шеболдаево'), undefined);
    assert.strictEqual(caseForms('Черных'), undefined);
    assert.strictEqual(caseForms('Trotsky'), undefined);
  });
});

describe('recognize ru/de/fr: a capitalised word opening a Russian sentence is no other given name', () => {
  it('links «Убийство Кирова» and still leaves «Иван Киров» (another given name) unlinked', () => {
    const kirov = [person('kirov', 'Сергей Миронович Киров', ['Киров'])];
    const names = new NameMatcher(kirov);
    const linked = (text: string): string[] => recognize(text, names, { kinds: ['name'] }).map((m) => `${m.text}=${m.entity}`);
    assert.deepStrictEqual(linked('Убийство Кирова потрясло всех. После убийства Кирова начался террор.'), [
      'Кирова=kirov',
      'Кирова=kirov',
    ]);
    assert.deepStrictEqual(linked('Об этом писал и Иван Киров, его однофамилец.'), []);
  });
});

describe('recognize ru/de/fr: a declined given name of the entity is its own, not another', () => {
  it('links «Сергея Кирова» when the registry knows Сергей Киров only by «Сергей Миронович Киров» and «Киров»', () => {
    const names = new NameMatcher([person('kirov', 'Сергей Миронович Киров', ['Киров'])]);
    const linked = recognize('В Смольном убили Сергея Кирова.', names, { kinds: ['name'] }).map((m) => `${m.text}=${m.entity}`);
    assert.deepStrictEqual(linked, ['Кирова=kirov']);
  });
});

describe('recognize ru/de/fr: a patronymic abbreviated to its initial and case ending', () => {
  const tolstoy = person('tolstoy', 'Лев Николаевич Толстой', ['Л. Н.', 'Толстой']);
  const krupskaya: Entity = { ...person('krupskaya', 'Надежда Константиновна Крупская', ['Н. К.']), gender: 'female' };
  it('matches «Л. Н-ч», «Л. Н-ча», «Л. Н-чу», «Л. Н-чем» for the alias «Л. Н.», and a woman’s «Н. К-вна»', () => {
    assert.deepStrictEqual(show('Л. Н-ч сказал; у Л. Н-ча; к Л. Н-чу; с Л. Н-чем.', [tolstoy]), [
      'Л. Н-ч=tolstoy',
      'Л. Н-ча=tolstoy',
      'Л. Н-чу=tolstoy',
      'Л. Н-чем=tolstoy',
    ]);
    assert.deepStrictEqual(show('Н. К-вна пришла к Н. К-вне.', [krupskaya]), ['Н. К-вна=krupskaya', 'Н. К-вне=krupskaya']);
  });
  it('negative: other initials, other endings, a man’s ending for a woman', () => {
    assert.deepStrictEqual(show('Л. М-чу, Л. Н-ву, Л. Н-вна', [tolstoy]), []);
    assert.deepStrictEqual(show('Н. К-чу', [krupskaya]), []);
  });
});
