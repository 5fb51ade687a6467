// One vocabulary of kinds: the tables keyed by kind agree with each other, with package.json and with the CLI's JSON.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANNOTATION_KINDS, HIGHLIGHT_KINDS, highlightOf } from '../../src/core/kinds';
import { ENTITY_TYPES, type Mention, type MentionKind, type QuoteKind } from '../../src/core/model';
import { bratType, kindOfBratType } from '../../src/core/export/brat-types';
import { teiElement } from '../../src/core/export/tei-elements';
import { jsonLine } from '../../src/cli/json-line';
import { HIGHLIGHT_STYLES } from '../../src/editor/highlight-styles';
import { NameMatcher, recognize, type RecognizerKind } from '../../src/core/recognize/index';
import { RECOGNIZER_OF } from '../../src/core/recognize/recognizer';

const MENTION_KINDS: Record<MentionKind, true> = {
  person: true,
  place: true,
  organisation: true,
  event: true,
  work: true,
  candidate: true,
  date: true,
  quote: true,
};
const QUOTE_KINDS: Record<QuoteKind, true> = { quotation: true, confession: true, scare: true };
const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));

describe('kinds: one vocabulary', () => {
  it('every highlight kind has its on/off setting in package.json and a style, and no setting is left over', () => {
    const settings = Object.keys(manifest.contributes.configuration.properties);
    const highlightSettings = settings.filter((k: string) => k.startsWith('marginalia.highlight.')).sort();
    assert.deepStrictEqual(highlightSettings, HIGHLIGHT_KINDS.map((k) => `marginalia.highlight.${k}`).sort());
    // Its look (and so its colours, checked against package.json in highlight-styles.test.ts).
    for (const kind of HIGHLIGHT_KINDS) assert.ok(HIGHLIGHT_STYLES[kind], `a style for ${kind}`);
  });

  it('every mention gets its highlight: entity types their own, quotes by their quote kind', () => {
    const m = (kind: MentionKind, quote?: QuoteKind): Mention => ({ kind, start: 0, end: 1, text: 'x', quote });
    for (const type of ENTITY_TYPES) assert.strictEqual(highlightOf(m(type)), type);
    assert.strictEqual(highlightOf(m('candidate')), 'candidate');
    assert.strictEqual(highlightOf(m('date')), 'date');
    assert.strictEqual(highlightOf(m('quote')), 'quotation');
    assert.strictEqual(highlightOf(m('quote', 'quotation')), 'quotation');
    assert.strictEqual(highlightOf(m('quote', 'confession')), 'confession');
    assert.strictEqual(highlightOf(m('quote', 'scare')), 'scare');
    for (const kind of Object.keys(MENTION_KINDS) as MentionKind[]) {
      const h = highlightOf(m(kind));
      assert.ok(h === undefined || HIGHLIGHT_KINDS.includes(h), kind);
    }
  });

  it('annotation kinds include every entity type', () => {
    for (const type of ENTITY_TYPES) assert.ok(ANNOTATION_KINDS.includes(type), type);
  });

  it('every mention and quote kind has a brat type of its own that reads back as the kind', () => {
    const kinds = [...Object.keys(MENTION_KINDS), ...Object.keys(QUOTE_KINDS), 'note'];
    const types = kinds.map(bratType);
    assert.strictEqual(new Set(types).size, kinds.length, types.join());
    for (const kind of kinds) assert.strictEqual(kindOfBratType(bratType(kind)), kind);
  });

  it('every mention kind (a quote by its quote kind) has its own TEI element, not the generic seg', () => {
    const item = (kind: string, quote?: QuoteKind) => ({ source: 'mention' as const, kind, text: 'x', start: 0, end: 1, quote });
    for (const kind of Object.keys(MENTION_KINDS)) assert.notStrictEqual(teiElement(item(kind), new Map()).name, 'seg', kind);
    for (const quote of Object.keys(QUOTE_KINDS) as QuoteKind[])
      assert.notStrictEqual(teiElement(item('quote', quote), new Map()).name, 'seg', quote);
    assert.strictEqual(teiElement(item('note'), new Map()).name, 'seg');
  });

  it("the CLI's hand-written JSON line writes every field a mention has, as JSON.stringify would (a new field must be decided here)", () => {
    // Every field of Mention, and whether `scan --format json` writes it: the compiler asks about a new one.
    const written: Record<keyof Mention, boolean> = {
      kind: true,
      start: true,
      end: true,
      text: true,
      entity: true,
      value: true,
      julian: true,
      quote: true,
      speaker: true,
      reason: false,
      guess: false,
    };
    const full: Required<Mention> = {
      kind: 'quote',
      start: 3,
      end: 20,
      text: 'He said "x\\y"\n',
      entity: 'kirov',
      value: '1934-12-01',
      julian: '1934-11-18',
      quote: 'confession',
      speaker: 'zinoviev',
      reason: 'not linked',
      guess: 'person',
    };
    const expected: Record<string, unknown> = { file: 'a "b".txt' };
    for (const key of Object.keys(written) as (keyof Mention)[]) if (written[key]) expected[key] = full[key];
    assert.strictEqual(jsonLine('a "b".txt', full), JSON.stringify(expected) + '\n');
  });

  it('each recognizer finds only the mention kinds RECOGNIZER_OF gives it, and together they find them all', () => {
    const text =
      'On 1 December 1934 Sergei Kirov was shot at the Smolny Institute by Leonid Nikolaev. Zinoviev confessed: “I am guilty of the murder.”\n';
    const names = new NameMatcher([
      { id: 'kirov', type: 'person', name: 'Sergei Kirov', aliases: ['Kirov'] },
      { id: 'zinoviev', type: 'person', name: 'Grigory Zinoviev', aliases: ['Zinoviev'] },
    ]);
    const all = recognize(text, names);
    const ran = new Set<MentionKind>();
    for (const recognizer of ['name', 'candidate', 'date', 'quote'] as RecognizerKind[]) {
      const found = recognize(text, names, { kinds: [recognizer] });
      for (const m of found) {
        assert.strictEqual(RECOGNIZER_OF[m.kind], recognizer, `${m.kind} ${m.text}`);
        ran.add(m.kind);
      }
    }
    assert.deepStrictEqual([...ran].sort(), [...new Set(all.map((m) => m.kind))].sort());
    assert.ok(
      ['person', 'date', 'quote', 'candidate'].every((k) => ran.has(k as MentionKind)),
      [...ran].join(),
    );
  });
});
