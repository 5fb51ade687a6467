import * as assert from 'node:assert';
import type { Entity, Mention } from '../../src/core/model';
import { describeMention, escapeMarkdown } from '../../src/core/corpus/describe';
import { deriveEntityId } from '../../src/core/corpus/entity-id';
import { entityAtRegistryLine, entityByName } from '../../src/core/corpus/registry-lookup';
import { outlineOf } from '../../src/core/corpus/outline';

const kirov: Entity = {
  id: 'kirov',
  type: 'person',
  name: 'Sergei Kirov',
  aliases: ['Kirov'],
  born: '1886-03-27',
  died: '1934-12-01',
  note: 'Leningrad party chief; his murder opened the purges. <script>alert(1)</script>',
  links: { wikidata: 'Q186148' },
  source: { file: 'entities.yaml', line: 2 },
};
const zinoviev: Entity = {
  id: 'zinoviev',
  type: 'person',
  name: 'Grigory Zinoviev',
  aliases: ['Zinoviev'],
  source: { file: 'entities.yaml', line: 11 },
};
const ctx = { julianBefore: '1918-02-14' };
const m = (over: Partial<Mention>): Mention => ({ kind: 'person', start: 0, end: 5, text: 'Kirov', ...over });

describe('describeMention', () => {
  it('shows the entity card, its note untrusted, its links and the mention count', () => {
    const parts = describeMention(m({ entity: 'kirov' }), { ...ctx, entity: kirov, count: { mentions: 3, texts: 2 } });
    assert.ok(parts.every((p) => p.trust === 'untrusted'));
    const md = parts.map((p) => p.markdown).join('\n\n');
    assert.match(md, /\*\*Sergei Kirov\*\* · person · 27 March 1886 – 1 December 1934/);
    assert.match(md, /\[Wikidata Q186148\]\(https:\/\/www\.wikidata\.org\/wiki\/Q186148\)/);
    assert.match(md, /3 mentions in 2 texts/);
    assert.match(md, /Leningrad party chief; his murder opened the purges\./, 'the note is shown');
    assert.doesNotMatch(md, /(^|[^\\])<script>/, 'HTML in a note is escaped, never passed on as HTML');
  });

  it('offers to add a candidate, trusting only that part, with no note text in it', () => {
    const parts = describeMention(m({ kind: 'candidate', text: 'Smirnov' }), ctx);
    assert.strictEqual(parts.length, 1);
    assert.strictEqual(parts[0].trust, 'addToRegistry');
    assert.match(parts[0].markdown, /not in the registry/);
    const link = /\(command:marginalia\.addToRegistry\?([^)]+)\)/.exec(parts[0].markdown);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(link![1])), [{ name: 'Smirnov' }]);
  });

  it('says why an unlinked namesake of a registry entity is not linked, outside the trusted part', () => {
    const parts = describeMention(m({ kind: 'candidate', text: 'Samuel Adams', reason: 'not linked: another given name' }), ctx);
    assert.strictEqual(parts.length, 2);
    assert.strictEqual(parts[1].trust, 'untrusted');
    assert.strictEqual(parts[1].markdown, 'Not linked: another given name\\.');
    assert.doesNotMatch(parts[0].markdown, /another given name/);
    assert.strictEqual(
      describeMention(m({ kind: 'candidate', text: 'Smirnov' }), ctx).length,
      1,
      'a plain candidate has no reason line',
    );
  });

  it('keeps annotation notes out of the trusted candidate part', () => {
    const parts = describeMention(m({ kind: 'candidate', text: 'Smirnov' }), {
      ...ctx,
      annotations: [{ kind: 'note', note: '[x](command:evil)' }],
    });
    assert.deepStrictEqual(
      parts.map((p) => p.trust),
      ['addToRegistry', 'untrusted'],
    );
    assert.ok(!parts[0].markdown.includes('evil'));
  });

  it('reads a date and gives the Julian date of a pre-1918 day', () => {
    const [essayDate] = describeMention(m({ kind: 'date', text: '18 December 1936', value: '1936-12-18' }), ctx);
    assert.match(essayDate.markdown, /`1936-12-18`/);
    assert.match(essayDate.markdown, /18 December 1936, a Friday/);
    assert.doesNotMatch(essayDate.markdown, /Julian/);
    const [october] = describeMention(
      m({ kind: 'date', text: '25 October 1917', value: '1917-11-07', julian: '1917-10-25' }),
      ctx,
    );
    assert.match(october.markdown, /7 November 1917, a Wednesday/);
    assert.match(october.markdown, /Julian calendar \(Old Style\): 25 October 1917/);
  });

  it('names a quotation’s kind and speaker, and lists the passage’s annotations', () => {
    const quote = m({ kind: 'quote', quote: 'confession', text: '“I murdered Kirov”', speaker: 'zinoviev' });
    const parts = describeMention(quote, {
      ...ctx,
      speaker: zinoviev,
      annotations: [{ kind: 'confession', note: 'Contradicts the 1935 trial.', tags: ['contradiction'] }],
    });
    assert.match(parts[0].markdown, /\*\*Confession \(quoted\)\*\* · speaker: Grigory Zinoviev/);
    assert.match(parts[1].markdown, /- \*\*confession\*\* \(contradiction\): Contradicts the 1935 trial\./);
  });
});

describe('registry helpers', () => {
  it('derives unique ids from names', () => {
    assert.strictEqual(deriveEntityId('Ivan Smirnov', new Set()), 'ivan-smirnov');
    assert.strictEqual(deriveEntityId('Pjatakov', new Set(['pjatakov', 'pjatakov-2'])), 'pjatakov-3');
    assert.strictEqual(deriveEntityId('Lev Sedov-Trotsky', new Set()), 'lev-sedov-trotsky');
    assert.strictEqual(deriveEntityId('Ёжов Nikolai Yezhov', new Set()), 'nikolai-yezhov');
  });

  it('finds the entity of a registry line and by name', () => {
    const all = [kirov, zinoviev];
    assert.strictEqual(entityAtRegistryLine(all, 'entities.yaml', 5)?.id, 'kirov');
    assert.strictEqual(entityAtRegistryLine(all, 'entities.yaml', 12)?.id, 'zinoviev');
    assert.strictEqual(entityAtRegistryLine(all, 'entities.yaml', 0), undefined);
    assert.strictEqual(entityByName(all, 'zinoviev')?.id, 'zinoviev');
    assert.strictEqual(entityByName(all, 'Sergei Kirov')?.id, 'kirov');
  });

  it('escapes Markdown in names', () => assert.strictEqual(escapeMarkdown('[A](b)'), '\\[A\\]\\(b\\)'));
});

describe('outlineOf', () => {
  const text = 'Written: 18 December 1936.\n\nToday “A” admitted a little fact. Zinoviev: “I murdered Kirov.”\n';
  const q = (s: string, quote: 'scare' | 'confession'): Mention => ({
    kind: 'quote',
    quote,
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
    text: s,
  });
  it('lists confessions, quotations and dated passages, not scare quotes', () => {
    const date: Mention = { kind: 'date', start: 9, end: 25, text: '18 December 1936', value: '1936-12-18' };
    const items = outlineOf(text, [date, q('“A”', 'scare'), q('“I murdered Kirov.”', 'confession')]);
    assert.deepStrictEqual(
      items.map((i) => [i.kind, i.label, i.detail]),
      [
        ['date', '18 December 1936', '18 December 1936, a Friday'],
        ['confession', '“I murdered Kirov.”', 'confession'],
      ],
    );
    assert.strictEqual(text.slice(items[0].start, items[0].end), 'Written: 18 December 1936.');
  });
});
