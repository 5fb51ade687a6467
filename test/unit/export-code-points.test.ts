import * as assert from 'node:assert';
import { CodePointIndex } from '../../src/core/export/code-points';

describe('CodePointIndex', () => {
  const cases: Array<{ text: string; utf16: number; codePoint: number }> = [
    { text: 'Kirov was killed', utf16: 6, codePoint: 6 },
    { text: '🕯 Stalin', utf16: 3, codePoint: 2 },
    { text: '🕯 Stalin', utf16: 9, codePoint: 8 },
    { text: '𝔊oltzman 𝔅ristol', utf16: 10, codePoint: 9 },
    { text: '𝔊oltzman 𝔅ristol', utf16: 12, codePoint: 10 },
    { text: 'Kirov 🕯', utf16: 8, codePoint: 7 },
  ];
  for (const { text, utf16, codePoint } of cases) {
    it(`${JSON.stringify(text)}: UTF-16 ${utf16} <-> code point ${codePoint}`, () => {
      const index = new CodePointIndex(text);
      assert.strictEqual(index.toCodePoint(utf16), codePoint);
      assert.strictEqual(index.toUtf16(codePoint), utf16);
      assert.strictEqual([...text].slice(0, codePoint).join(''), text.slice(0, utf16));
    });
  }
});
