import * as assert from 'node:assert';
import { fragments, toBrat } from '../../src/core/export/brat';
import { bratType, kindOfBratType } from '../../src/core/export/brat-types';
import { fixture, TEXT } from './export-fixture';

/** The text a brat T line's offsets select, counted in code points as brat (Python) does. */
function pythonSlice(text: string, offsets: string): string {
  const points = [...text];
  return offsets
    .split(';')
    .map((pair) => {
      const [s, e] = pair.split(' ').map(Number);
      return points.slice(s, e).join('');
    })
    .join(' ');
}

describe('toBrat', () => {
  const { ann, skipped } = toBrat(fixture());
  const lines = ann.trimEnd().split('\n');
  const tLines = lines.filter((l) => l.startsWith('T'));

  it('writes one T line per anchored item, and skips the orphan', () => {
    assert.strictEqual(tLines.length, 8);
    assert.strictEqual(skipped, 1);
  });

  it("gives offsets in code points: each T line's text is what Python would slice", () => {
    for (const line of tLines) {
      const [, typeAndOffsets, text] = line.split('\t');
      const offsets = typeAndOffsets.slice(typeAndOffsets.indexOf(' ') + 1);
      assert.strictEqual(pythonSlice(TEXT, offsets), text, line);
    }
  });

  it('normalises Stalin to Wikidata and to the registry id, and keeps notes and tags', () => {
    const stalin = tLines.find((l) => l.endsWith('\tStalin'));
    assert.ok(stalin);
    const t = stalin.split('\t')[0];
    assert.ok(lines.some((l) => new RegExp(`^N\\d+\tReference ${t} Wikidata:Q855\tJoseph Stalin$`).test(l)));
    assert.ok(lines.some((l) => new RegExp(`^N\\d+\tReference ${t} Marginalia:stalin\tJoseph Stalin$`).test(l)));
    assert.ok(lines.some((l) => /^N\d+\tReference T\d+ Marginalia:goltzman\tE\. S\. Goltzman$/.test(l)));
    assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T\d+\tThe only one of the older accused/.test(l)));
    assert.ok(lines.some((l) => /^A\d+\tTag T\d+ Hotel_Bristol$/.test(l)));
    assert.ok(lines.some((l) => /^N\d+\tReference T\d+ EDTF:1936-12-18\t1936-12-18$/.test(l)));
  });
});

describe('fragments', () => {
  const cases: Array<{ text: string; start: number; end: number; parts: string[] }> = [
    { text: 'Kirov was killed', start: 0, end: 5, parts: ['Kirov'] },
    { text: '“terror in\ngeneral”', start: 0, end: 19, parts: ['“terror in', 'general”'] },
    { text: 'a\r\n\r\nb', start: 0, end: 6, parts: ['a', 'b'] },
  ];
  for (const { text, start, end, parts } of cases) {
    it(`cuts ${JSON.stringify(text)} at line breaks`, () => {
      assert.deepStrictEqual(
        fragments(text, start, end).map(([s, e]) => text.slice(s, e)),
        parts,
      );
    });
  }
});

describe('bratType', () => {
  const cases: Array<[string, string]> = [
    ['person', 'Person'],
    ['confession', 'Confession'],
    ['scare', 'ScareQuote'],
    ['false witness', 'False_witness'],
  ];
  for (const [kind, type] of cases) {
    it(`${kind} <-> ${type}`, () => {
      assert.strictEqual(bratType(kind), type);
      if (!kind.includes(' ')) assert.strictEqual(kindOfBratType(type), kind);
    });
  }
});
