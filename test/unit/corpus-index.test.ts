import * as assert from 'node:assert';
import type { Mention } from '../../src/core/model';
import { CorpusIndex, compareEdtf, type Scan } from '../../src/core/corpus/corpus-index';
import { changedWindow } from '../../src/core/corpus/windows';

// A small stand-in for the recognizers, so these tests pin the index and not the recognizers:
// two registry names, a candidate, day-month-year dates and “curly” quotations.
const NAMES: Record<string, string> = { Zinoviev: 'zinoviev', Kamenev: 'kamenev', Kirov: 'kirov' };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const scan: Scan = (text) => {
  const out: Mention[] = [];
  for (const m of text.matchAll(/\b(Zinoviev|Kamenev|Kirov|Smirnov)\b/g)) {
    const entity = NAMES[m[1]];
    out.push({
      kind: entity ? 'person' : 'candidate',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      ...(entity ? { entity } : {}),
    });
  }
  for (const m of text.matchAll(
    /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g,
  )) {
    const value = `${m[3]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  for (const m of text.matchAll(/“[^”]*”/g))
    out.push({ kind: 'quote', quote: 'quotation', start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
};

const ESSAY = 'file:///corpus/essay.txt';
const NOTES = 'file:///corpus/notes/kirov.md';
const essay = [
  'Written: 18 December 1936.',
  '',
  'Zinoviev and Kamenev confessed that they had organised the murder of Kirov.',
  '',
  'Today Zinoviev says: “I murdered Kirov”, and Smirnov says nothing.',
].join('\n');
const notes = 'Kirov was shot on 1 December 1934 in the Smolny. Zinoviev was arrested on 16 December 1934.';

const strip = (ms: readonly Mention[]) => ms.map((m) => `${m.kind}:${m.start}-${m.end}:${m.text}`);
/** Each entity's mentions in one text, as mentionsOf and countOf give them. */
const byEntity = (index: CorpusIndex, uri: string) =>
  ['zinoviev', 'kamenev', 'kirov'].map((id) => [
    id,
    strip(
      index
        .mentionsOf(id)
        .filter((l) => l.uri === uri)
        .map((l) => l.mention),
    ),
    index.countOf(id).mentions -
      strip(
        index
          .mentionsOf(id)
          .filter((l) => l.uri !== uri)
          .map((l) => l.mention),
      ).length,
  ]);

describe('CorpusIndex', () => {
  let index: CorpusIndex;
  beforeEach(() => {
    // wholeScanBelow 0: every edit goes through the paragraph-window path, which is what these tests pin.
    index = new CorpusIndex(scan, { wholeScanBelow: 0 });
    index.update(NOTES, notes);
    index.update(ESSAY, essay);
  });

  it('lists an entity’s mentions in corpus order: URI order, then offset', () => {
    const kirov = index.mentionsOf('kirov').map((l) => `${l.uri.split('/').pop()}@${l.mention.start}`);
    assert.deepStrictEqual(kirov, [
      `essay.txt@${essay.indexOf('Kirov')}`,
      `essay.txt@${essay.lastIndexOf('Kirov')}`,
      'kirov.md@0',
    ]);
    assert.deepStrictEqual(index.countOf('kirov'), { mentions: 3, texts: 2 });
    assert.deepStrictEqual(index.countOf('nobody'), { mentions: 0, texts: 0 });
  });

  it('finds the innermost mention at an offset: the name inside a quotation', () => {
    const inQuote = essay.indexOf('Kirov”');
    assert.strictEqual(index.mentionAt(ESSAY, inQuote + 2)?.entity, 'kirov');
    assert.strictEqual(index.mentionAt(ESSAY, essay.indexOf('murdered'))?.kind, 'quote');
    assert.strictEqual(index.mentionAt(ESSAY, essay.indexOf('confessed')), undefined);
  });

  it('orders dates chronologically across texts', () => {
    assert.deepStrictEqual(
      index.dates().map((l) => l.mention.value),
      ['1934-12-01', '1934-12-16', '1936-12-18'],
    );
    assert.ok(
      compareEdtf('1936', '1936-12') < 0 &&
        compareEdtf('-0044-03-15', '0012') < 0 &&
        compareEdtf('193X', '1936') < 0 &&
        compareEdtf('193X', '1929') > 0 &&
        compareEdtf('1937', '1936-12-31') > 0,
    );
  });

  it('forgets a removed text and follows a renamed one', () => {
    index.remove(NOTES);
    assert.deepStrictEqual(index.countOf('kirov'), { mentions: 2, texts: 1 });
    index.rename(ESSAY, 'file:///corpus/z-essay.txt');
    assert.deepStrictEqual(index.uris(), ['file:///corpus/z-essay.txt']);
    assert.strictEqual(index.mentionsOf('zinoviev')[0].uri, 'file:///corpus/z-essay.txt');
  });

  it('re-resolves names when the scanner changes', async () => {
    index.setScanner((text) => scan(text).filter((m) => m.entity !== 'kamenev'));
    await index.rescanStale(async () => {});
    assert.deepStrictEqual(index.countOf('kamenev'), { mentions: 0, texts: 0 });
    assert.strictEqual(index.countOf('kirov').mentions, 3);
  });

  it('notifies listeners with the changed URI', () => {
    const seen: Array<string | undefined> = [];
    index.onDidChange((uri) => seen.push(uri));
    index.update(NOTES, notes + ' Kamenev too.');
    index.remove(ESSAY);
    assert.deepStrictEqual(seen, [NOTES, ESSAY]);
  });

  // Each edit is applied incrementally; the result must equal scanning the new text from scratch.
  const edits: Array<[string, (t: string) => string]> = [
    ['types a letter inside a name', (t) => t.replace('Kamenev', 'Kamenevv')],
    ['adds a new paragraph with a date', (t) => t.replace('\n\nToday', '\n\nOn 24 August 1936 Kamenev was shot.\n\nToday')],
    ['deletes a paragraph break, joining two paragraphs', (t) => t.replace('Kirov.\n\nToday', 'Kirov. Today')],
    ['opens a quotation that swallows the next name', (t) => t.replace('Today Zinoviev', 'Today “Zinoviev')],
    ['deletes everything', () => ''],
    ['inserts at the very start', (t) => 'Kirov. ' + t],
  ];
  for (const [what, edit] of edits) {
    it(`updates incrementally when the user ${what}`, () => {
      const next = edit(essay);
      index.update(ESSAY, next);
      const fresh = new CorpusIndex(scan);
      fresh.update(ESSAY, next);
      assert.deepStrictEqual(strip(index.mentionsIn(ESSAY)), strip(fresh.mentionsIn(ESSAY)));
      assert.deepStrictEqual(byEntity(index, ESSAY), byEntity(fresh, ESSAY));
    });
  }

  it('keeps mentionsIn and mentionsOf equal to a fresh scan through a series of edits to one text', () => {
    const paragraphs = [
      'Zinoviev met Kirov on 1 December 1934.',
      'Kamenev said: “Kirov was our enemy.”',
      'Smirnov said nothing; Zinoviev and Kamenev spoke.',
    ];
    let text = Array.from({ length: 12 }, (_, i) => paragraphs[i % 3]).join('\n\n');
    index.update(ESSAY, text);
    let seed = 1936;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const inserts = [' Kirov', 'Kamenev ', '\n\nZinoviev.', ' 19 August 1936', '“', 'x'];
    for (let step = 0; step < 40; step++) {
      const at = random(text.length + 1);
      const before = text;
      // Insert a name, a date, a paragraph or a letter, or delete a few characters.
      text =
        step % 3 === 2
          ? text.slice(0, at) + text.slice(at + 1 + random(12))
          : text.slice(0, at) + inserts[random(inserts.length)] + text.slice(at);
      const prefix = Math.min(at, before.length, text.length);
      let suffix = 0;
      while (
        suffix < Math.min(before.length, text.length) - prefix &&
        before[before.length - 1 - suffix] === text[text.length - 1 - suffix]
      )
        suffix++;
      index.update(ESSAY, text, step % 2 ? { prefix, suffix } : undefined);
      const fresh = new CorpusIndex(scan);
      fresh.update(ESSAY, text);
      assert.deepStrictEqual(strip(index.mentionsIn(ESSAY)), strip(fresh.mentionsIn(ESSAY)), `step ${step}`);
      assert.deepStrictEqual(byEntity(index, ESSAY), byEntity(fresh, ESSAY), `step ${step}`);
    }
  });

  it('scans small texts whole, so text-wide recognizer rules stay exact', () => {
    let calls: string[] = [];
    const spy = new CorpusIndex((text) => {
      calls.push(text);
      return scan(text);
    });
    spy.update(ESSAY, essay);
    calls = [];
    spy.update(ESSAY, essay.replace('murder of', 'murder, they said, of'));
    assert.deepStrictEqual(
      calls.map((t) => t.length),
      [essay.length + ', they said,'.length],
    );
  });

  it('re-scans only the paragraphs around a change', () => {
    const before = essay;
    const after = essay.replace('murder of', 'murder, they said, of');
    const { from, oldTo, newTo } = changedWindow(before, after);
    // The changed paragraph and the one before it (a quotation's introduction may sit there), not the last one.
    assert.strictEqual(
      before.slice(from, oldTo),
      'Written: 18 December 1936.\n\nZinoviev and Kamenev confessed that they had organised the murder of Kirov.\n',
    );
    assert.strictEqual(
      after.slice(from, newTo),
      'Written: 18 December 1936.\n\nZinoviev and Kamenev confessed that they had organised the murder, they said, of Kirov.\n',
    );
  });

  it('re-scans a few paragraphs of a 1 MB text, not the text, with or without a change hint', function () {
    this.timeout(20000);
    const paragraph =
      'Zinoviev and Kamenev confessed on 19 August 1936 that they had plotted against Kirov. “We are guilty.”\n\n';
    const big = paragraph.repeat((1024 * 1024) / paragraph.length);
    const scanned: number[] = [];
    const spy = new CorpusIndex((text) => {
      scanned.push(text.length);
      return scan(text);
    });
    spy.update(ESSAY, big);
    const at = big.length >> 1;
    const typed = big.slice(0, at) + 'Kirov ' + big.slice(at);
    scanned.length = 0;
    spy.update(ESSAY, typed);
    spy.update(ESSAY, typed + 'Smirnov.', { prefix: typed.length, suffix: 0 });
    assert.ok(scanned.length === 2 && scanned.every((n) => n < 4 * paragraph.length), `scanned ${scanned.join(', ')} characters`);
    const fresh = new CorpusIndex(scan);
    fresh.update(ESSAY, typed + 'Smirnov.');
    assert.strictEqual(spy.mentionsIn(ESSAY).length, fresh.mentionsIn(ESSAY).length);
    assert.deepStrictEqual(strip(spy.mentionsIn(ESSAY).slice(-40)), strip(fresh.mentionsIn(ESSAY).slice(-40)));
  });

  // How fast this is, is the benchmark's business (bench/), never a test's.
  it('answers mentionsOf for 10,000 mentions in corpus order', () => {
    const big = new CorpusIndex(scan);
    for (let i = 99; i >= 0; i--) big.update(`file:///corpus/t${String(i).padStart(3, '0')}.txt`, 'Kirov was here. '.repeat(100));
    const all = big.mentionsOf('kirov');
    assert.strictEqual(all.length, 10000);
    assert.strictEqual(all[0].uri, 'file:///corpus/t000.txt');
    assert.strictEqual(all[9999].uri, 'file:///corpus/t099.txt');
  });
});
