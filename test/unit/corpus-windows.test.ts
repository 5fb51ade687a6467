import * as assert from 'node:assert';
import { paragraphStart, paragraphEnd, chunkRanges, changedWindow } from '../../src/core/corpus/windows';

const text = [
  'Written: 18 December 1936.',
  '',
  'Despite all obstacles, truth hews out a way.',
  'The whole trial rests on confessions.',
  '',
  '',
  'Today “A” admitted a little fact.',
].join('\n');

describe('paragraph windows', () => {
  const at = (s: string) => text.indexOf(s);
  const rows: Array<[string, string, string]> = [
    // a point in the text, the paragraph's first words, the paragraph's end (text just after)
    ['truth', 'Despite', '\n\nToday'],
    ['confessions', 'Despite', '\n\nToday'],
    ['December', 'Written', '\nDespite'],
    ['admitted', 'Today', ''],
  ];
  for (const [point, first, after] of rows) {
    it(`finds the paragraph around “${point}”`, () => {
      const start = paragraphStart(text, at(point));
      const end = paragraphEnd(text, at(point));
      assert.strictEqual(text.slice(start, start + first.length), first);
      assert.strictEqual(text.slice(end, end + after.length), after);
    });
  }

  it('settles for line breaks in a text with no blank lines (one paragraph per line)', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Line ${i}: Zinoviev, Kamenev and Smirnov confessed on 19 August 1936.`);
    const unwrapped = lines.join('\n');
    const pos = unwrapped.indexOf('Line 200:') + 5;
    const start = paragraphStart(unwrapped, pos, 1000);
    const end = paragraphEnd(unwrapped, pos, 1000);
    assert.strictEqual(unwrapped.slice(start, end), lines[200] + '\n');
    assert.strictEqual(paragraphStart(unwrapped, pos), 0, 'without a limit the paragraph is the whole text');
  });

  it('keeps chunks and change windows small in a text that is one giant line', () => {
    const line = 'Zinoviev, Kamenev and Smirnov confessed on 19 August 1936. '.repeat(20000);
    const chunks = chunkRanges(line, 8192);
    assert.ok(
      chunks.every(([s, e]) => e - s <= 2 * 8192 + 100),
      'no chunk is more than twice the size',
    );
    assert.ok(chunks.length > 100);
    assert.strictEqual(chunks[chunks.length - 1][1], line.length);
    const at = line.length >> 1;
    const edited = line.slice(0, at) + 'Kirov ' + line.slice(at);
    const { from, newTo } = changedWindow(line, edited, [], { prefix: at, suffix: line.length - at });
    assert.ok(newTo - from < 40000, `window of ${newTo - from} characters`);
    assert.ok(from <= at && newTo >= at + 6);
  });

  it('chunks cover the text exactly and cut at paragraph breaks', () => {
    const big = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says that Zinoviev confessed.\nA second line.`).join(
      '\n\n',
    );
    const chunks = chunkRanges(big, 500);
    assert.ok(chunks.length > 10);
    assert.strictEqual(chunks[0][0], 0);
    assert.strictEqual(chunks[chunks.length - 1][1], big.length);
    for (let i = 1; i < chunks.length; i++) {
      assert.strictEqual(chunks[i][0], chunks[i - 1][1]);
      assert.match(big.slice(chunks[i][0], chunks[i][0] + 20), /^\n?Paragraph/, `chunk ${i} starts mid-paragraph`);
    }
  });
});
