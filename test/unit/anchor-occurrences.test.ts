import * as assert from 'node:assert';
import { occurrencesOf } from '../../src/core/anchor/occurrences';

/** Every start of `words` in `text` by indexOf: what the index must answer exactly. */
function naive(text: string, words: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) out.push(i);
  return out;
}

/** A seeded generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('anchor: occurrences of a passage in a long text', () => {
  it('finds exactly what indexOf finds, overlapping and inside other words too, in long and short texts', () => {
    const next = random(7);
    const alphabet = ['Kirov', 'Kirovsk', 'aa', 'a', ' ', '\n', 'Zinoviev ', 'ёж', '😀', 'Passage 0001', 'of the record'];
    for (const size of [50, 20_000, 80_000]) {
      const parts: string[] = [];
      let length = 0;
      while (length < size) {
        const p = alphabet[Math.floor(next() * alphabet.length)];
        parts.push(p);
        length += p.length;
      }
      const text = parts.join('');
      for (let q = 0; q < 300; q++) {
        const start = Math.floor(next() * (text.length - 1));
        const words = text.slice(start, start + 1 + Math.floor(next() * 30));
        assert.deepStrictEqual(occurrencesOf(text, words), naive(text, words), `${size}: ${JSON.stringify(words)}`);
      }
      for (const words of ['aaaa', 'Kirov', 'Kirovsk Kirov', 'not in it at all', '😀😀', 'ёж ']) {
        assert.deepStrictEqual(occurrencesOf(text, words), naive(text, words), `${size}: ${JSON.stringify(words)}`);
      }
    }
  });

  it('answers for the text asked about, not the last one indexed', () => {
    const a = 'Kirov was here. '.repeat(2000);
    const b = 'Radek was here. '.repeat(2000);
    assert.strictEqual(occurrencesOf(a, 'Kirov').length, 2000);
    assert.deepStrictEqual(occurrencesOf(b, 'Kirov'), []);
    assert.strictEqual(occurrencesOf(a, 'Kirov was').length, 2000);
    assert.strictEqual(occurrencesOf(b, 'Radek was').length, 2000);
  });
});
