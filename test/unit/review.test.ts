import * as assert from 'node:assert';
import { diffAnnotations, reviewFile } from '../../src/core/merge/review';
import { annotationLine, reviewMarkdown } from '../../src/core/merge/review-render';
import type { Annotation } from '../../src/core/model';

const a = (id: string, start: number, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  kind: 'note',
  target: { exact: `words ${id}`, prefix: 'before ', suffix: ' after', start, end: start + 8 },
  ...extra,
});

describe('review of annotation changes (core of marginalia diff)', () => {
  it('tells changed fields from re-anchoring, and lists in text order', () => {
    const before = [a('x', 10, { note: 'old' }), a('y', 50), a('z', 90)];
    const after = [
      a('w', 5),
      a('x', 12, { note: 'new', updated: '2026-12-01T10:00:00Z' }),
      { ...a('y', 60), target: { ...a('y', 60).target, prefix: 'other ' } },
    ];
    const changes = diffAnnotations(before, after);
    assert.deepStrictEqual(
      changes.map((c) => [c.change, c.id]),
      [
        ['added', 'w'],
        ['changed', 'x'],
        ['re-anchored', 'y'],
        ['removed', 'z'],
      ],
    );
    assert.strictEqual(annotationLine(changes[1]), 'Changed note `x` on “words x”: note (moved from offset 10 to 12)');
    assert.strictEqual(annotationLine(changes[2]), 'Re-anchored `y` on “words y”: moved from offset 50 to 60');
  });

  it('names the file that could not be read instead of inventing changes', () => {
    const ok = 'version: 1\ntext: e.txt\nannotations: []\n';
    const r = reviewFile('e.txt.annotations.yaml', ok, `${ok}<<<<<<< ours\n`);
    assert.match(r.unreadable ?? '', /^after: line 4/);
    assert.match(
      reviewMarkdown([r], 'T'),
      /Could not be read \(after: line 4.*run `marginalia check` on `e\.txt\.annotations\.yaml`/,
    );
  });
});
