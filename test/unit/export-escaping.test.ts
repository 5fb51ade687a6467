import * as assert from 'node:assert';
import { toBrat } from '../../src/core/export/brat';
import { toW3c } from '../../src/core/export/w3c';
import { importBrat } from '../../src/core/import/import-brat';
import type { Annotation } from '../../src/core/model';
import { decodeText } from '../../src/core/text/decode';
import { ANNOTATIONS, at, ENTITIES, fixture, TEXT } from './export-fixture';

/** The fixture with one note changed. */
function withNote(note: string, tags?: string[]) {
  const annotations: Annotation[] = ANNOTATIONS.map((a) => (a.id === 'b71e02' ? { ...a, note, ...(tags ? { tags } : {}) } : a));
  return fixture({ annotations, mentions: [] });
}

describe('export escaping', () => {
  it('brat: a NUL in a note is written as U+FFFD, so the .ann reads as text and imports again', () => {
    const { ann } = toBrat(withNote('Compare\0the trial\u0007of Medved.', ['a\0tag']));
    assert.ok(!ann.includes('\0') && !ann.includes('\u0007'), 'no NUL or other control character in the .ann');
    const decoded = decodeText(Buffer.from(ann, 'utf8'));
    assert.ok(decoded.ok, 'not refused as binary');
    const { annotations, problems } = importBrat(ann, TEXT, 'x.ann', ENTITIES);
    const note = annotations.find((a) => a.target.exact === 'Kirov himself');
    assert.strictEqual(note?.note, 'Compare\uFFFDthe trial\uFFFDof Medved.');
    assert.deepStrictEqual(note?.tags, ['a\uFFFDtag']);
    assert.ok(!problems.some((p) => p.severity === 'error'), JSON.stringify(problems));
  });

  it('brat: a lone surrogate in a note becomes U+FFFD (UTF-8 cannot hold it)', () => {
    const { ann } = toBrat(withNote('broken \uD800 half'));
    assert.match(ann, /AnnotatorNotes T\d+\tbroken \uFFFD half\n/);
  });

  it('brat import: a NUL it meets in a note is replaced by U+FFFD, with a warning naming the line', () => {
    const { start, end } = at('Kirov himself');
    const points = [...TEXT.slice(0, start)].length;
    const ann = `T1\tNote ${points} ${points + end - start}\tKirov himself\n#1\tAnnotatorNotes T1\tsee\0Medved\n`;
    const { annotations, problems } = importBrat(ann, TEXT, 'x.ann', ENTITIES);
    assert.strictEqual(annotations[0].note, 'see\uFFFDMedved');
    assert.deepStrictEqual(
      problems.map((p) => `${p.line + 1} ${p.severity} ${p.code}`),
      ['2 warning brat-nul'],
    );
  });

  it('W3C: lone surrogates in notes and tags become U+FFFD, as in TEI and CSV', () => {
    const json = JSON.stringify(toW3c(withNote('broken \uDC00 half \uD83D', ['tag \uD800'])));
    assert.doesNotMatch(json, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    assert.doesNotMatch(json, /\\ud[89a-f][0-9a-f]{2}/i);
    assert.match(json, /"broken \uFFFD half \uFFFD"/);
    assert.match(json, /"tag \uFFFD"/);
    assert.match(json, /🕯|Kirov/, 'well-formed astral characters are kept');
  });
});
