import * as assert from 'node:assert';
import { LineIndex } from '../../src/core/text/line-index';

describe('LineIndex', () => {
  const cases: Array<{ name: string; text: string; offset: number; line: number; character: number }> = [
    { name: 'first line', text: 'Leon Trotsky\n\nThe Moscow', offset: 5, line: 0, character: 5 },
    { name: 'after \\n', text: 'Leon Trotsky\n\nThe Moscow', offset: 18, line: 2, character: 4 },
    { name: 'after \\r\\n', text: 'Leon Trotsky\r\n\r\nThe Moscow', offset: 20, line: 2, character: 4 },
    { name: 'after a lone \\r', text: 'Written:\r18 December 1936.', offset: 12, line: 1, character: 3 },
    { name: 'end of text', text: 'Kirov\nZinoviev', offset: 14, line: 1, character: 8 },
    { name: 'astral characters count two units', text: '𝔊 Kirov\nSedov', offset: 3, line: 0, character: 3 },
  ];
  for (const c of cases) {
    it(`positionAt and offsetAt round-trip: ${c.name}`, () => {
      const index = new LineIndex(c.text);
      assert.deepStrictEqual(index.positionAt(c.offset), { line: c.line, character: c.character });
      assert.strictEqual(index.offsetAt(c.line, c.character), c.offset);
    });
  }

  it('counts lines on every kind of line ending', () => {
    assert.strictEqual(new LineIndex('').lineCount, 1);
    assert.strictEqual(new LineIndex('a\nb\r\nc\rd').lineCount, 4);
    assert.strictEqual(new LineIndex('a\n').lineCount, 2);
  });

  it('clamps out-of-range positions and keeps a column inside its line', () => {
    const index = new LineIndex('Stalin\r\nKirov');
    assert.deepStrictEqual(index.positionAt(-3), { line: 0, character: 0 });
    assert.deepStrictEqual(index.positionAt(99), { line: 1, character: 5 });
    assert.strictEqual(index.offsetAt(0, 40), 6, 'before the \\r\\n, not inside it');
    assert.strictEqual(index.offsetAt(7, 0), 13);
  });
});
