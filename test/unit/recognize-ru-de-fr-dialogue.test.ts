import * as assert from 'node:assert';
import type { Entity } from '../../src/core/model';
import { NameMatcher, recognize } from '../../src/core/recognize/index';

const person = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'person', name, aliases });
const REGISTRY: Entity[] = [
  person('bukharin', 'Николай Иванович Бухарин', ['Бухарин']),
  person('radek', 'Карл Радек', ['Радек']),
  person('lenin', 'Владимир Ленин', ['Lenin', 'Ленин']),
  person('luxemburg', 'Rosa Luxemburg', ['Luxemburg']),
  person('marx', 'Karl Marx', ['Marx']),
  person('liebknecht', 'Karl Liebknecht', ['Liebknecht']),
  { id: 'berlin', type: 'place', name: 'Berlin', aliases: [] },
];
const matcher = new NameMatcher(REGISTRY);
const quotes = (text: string): string[] =>
  recognize(text, matcher)
    .filter((m) => m.kind === 'quote')
    .map((m) => `${m.text} => ${m.quote}${m.speaker ? ` by ${m.speaker}` : ''}`);
const names = (text: string): string[] =>
  recognize(text, matcher)
    .filter((m) => m.entity)
    .map((m) => `${m.text} => ${m.entity}`);

describe('recognize ru: dialogue by the dash', () => {
  it("makes each spoken part a quotation, with the speaker of the author's words between the dashes", () => {
    const text =
      'Допрос продолжался долго.\n— Я не знал об этом, — сказал Бухарин, — и узнал только на суде.\n— Нет, — ответил Радек. — Я ничего не подписывал.';
    assert.deepStrictEqual(quotes(text), [
      'Я не знал об этом, => quotation by bukharin',
      'и узнал только на суде. => quotation by bukharin',
      'Нет, => quotation by radek',
      'Я ничего не подписывал. => quotation by radek',
    ]);
  });

  it('classes a part as a confession by the verb between the dashes', () => {
    assert.deepStrictEqual(quotes('Суд слушал его молча.\n— Да, я виновен, — признался Бухарин.'), [
      'Да, я виновен, => confession by bukharin',
    ]);
  });

  it('takes the speaker in the nominative, not the one he speaks to («сказал Радеку Бухарин»)', () => {
    assert.deepStrictEqual(quotes('Они встретились в коридоре суда.\n— Прощайте, — сказал Радеку Бухарин.'), [
      'Прощайте, => quotation by bukharin',
    ]);
  });

  it('reads a line without an aside as one spoken part, and a dash inside a sentence as no aside', () => {
    assert.deepStrictEqual(quotes('Он помолчал и продолжил.\n— Москва — столица, и мы все это знаем.'), [
      'Москва — столица, и мы все это знаем. => quotation',
    ]);
  });

  it('finds no dialogue in a dash that does not open a line, nor in English paragraphs', () => {
    assert.deepStrictEqual(quotes('Процесс шёл три дня — и все молчали, как будто так и надо было.'), []);
    assert.deepStrictEqual(quotes('The trial went on for days.\n— No, said the witness, and the judge was silent.'), []);
  });
});

describe('recognize de: genitives of registry names in Latin letters', () => {
  it("links «Lenins», «Rosa Luxemburgs», «Marx'» in German paragraphs", () => {
    const text =
      "Das war der erste Schritt Lenins nach der Revolution, und die Schriften Rosa Luxemburgs wurden in Berlin nicht gelesen, auch Marx' Briefe nicht.";
    assert.deepStrictEqual(names(text), ['Lenins => lenin', 'Rosa Luxemburgs => luxemburg', 'Berlin => berlin', 'Marx => marx']);
  });

  it('does not strip an -s from other words, nor in English paragraphs', () => {
    assert.deepStrictEqual(
      names('Die Leninisten und die Marxisten waren sich nicht einig über die Frage, und die Partei schwieg.'),
      [],
    );
    assert.deepStrictEqual(names('The Lenins of this world were not many, and the party was silent about it.'), []);
  });

  it('keeps a salutation from reading as another given name («Lieber Liebknecht!»)', () => {
    assert.deepStrictEqual(
      names('Lieber Liebknecht!\n\nIch habe Deinen Brief erhalten und werde Dir bald antworten, wenn ich Zeit habe.'),
      ['Liebknecht => liebknecht'],
    );
  });
});
