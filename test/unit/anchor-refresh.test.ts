import * as assert from 'node:assert';
import { makeTarget } from '../../src/core/anchor/make-target';
import { findsUnaided, refreshAnchors } from '../../src/core/anchor/refresh';
import type { Annotation } from '../../src/core/model';

const TEXT =
  'Smirnov and Goltzman tried to stop themselves in mid-road, between “terror in general” and the assassination of Kirov.';

function annotation(id: string, passage: string, extra: Partial<Annotation> = {}): Annotation {
  const at = TEXT.indexOf(passage);
  return { id, kind: 'note', target: makeTarget(TEXT, at, at + passage.length), ...extra };
}

describe('refreshAnchors', () => {
  const annotations = [
    annotation('a1', 'Goltzman'),
    annotation('a2', '“terror in general”'),
    annotation('a3', 'assassination of Kirov'),
    annotation('a4', 'Smirnov', { orphaned: true }),
  ];

  it('leaves annotations found at their hints alone', () => {
    assert.deepStrictEqual(
      refreshAnchors(annotations.slice(0, 3), TEXT).map((u) => [u.anchoring.status, u.patch]),
      [
        ['exact', undefined],
        ['exact', undefined],
        ['exact', undefined],
      ],
    );
  });

  it('leaves a hand-written target without context alone at its hint, though its words recur inside other words', () => {
    const text = 'w1 w10 w11 w1x\n';
    const bare: Annotation = { id: 'b1', kind: 'note', target: { exact: 'w1', start: 0, end: 2 } };
    for (const hints of ['all', 'needed'] as const) {
      assert.deepStrictEqual(
        refreshAnchors([bare], text, hints).map((u) => [u.anchoring.status, u.patch, u.needed]),
        [['exact', undefined, false]],
        hints,
      );
    }
  });

  // Changed with the re-anchoring rules: a fuzzy match no longer rewrites exact (it records `current`), and a respelled
  // name ("Goltzman" -> "Holtzman") is no longer taken for the same passage (it was a fuzzy match before).
  it('gives new hints for moved passages, current words beside the kept exact for fuzzy ones, orphaned: true for lost ones, and clears the flag when found again', () => {
    const text = `I. N. ${TEXT.replace('Goltzman', 'Holtzman').replace('assassination', 'asassination')}`;
    const updates = refreshAnchors(annotations, text);
    assert.deepStrictEqual(
      updates.map((u) => u.anchoring.status),
      ['orphan', 'moved', 'fuzzy', 'moved'],
    );
    assert.deepStrictEqual(updates[0].patch, { orphaned: true });
    assert.strictEqual(updates[1].patch?.target?.start, text.indexOf('“terror in general”'));
    assert.strictEqual(updates[2].patch?.target?.exact, undefined, 'exact is not patched');
    assert.strictEqual(updates[2].patch?.target?.current, 'asassination of Kirov');
    assert.strictEqual(updates[2].patch?.target?.start, text.indexOf('asassination of Kirov'));
    assert.ok('orphaned' in updates[3].patch! && updates[3].patch.orphaned === undefined);
  });

  it('quiet: hints that are merely stale are patched only when all are asked for, and the update says it is not needed', () => {
    const text = `Preface. ${TEXT}`;
    const needed = refreshAnchors(annotations.slice(0, 3), text, 'needed');
    assert.deepStrictEqual(
      needed.map((u) => [u.anchoring.status, u.patch, u.needed]),
      [
        ['moved', undefined, false],
        ['moved', undefined, false],
        ['moved', undefined, false],
      ],
    );
    const all = refreshAnchors(annotations.slice(0, 3), text, 'all');
    assert.deepStrictEqual(
      all.map((u) => u.patch?.target?.start),
      [TEXT.indexOf('Goltzman') + 9, TEXT.indexOf('“terror') + 9, TEXT.indexOf('assassination') + 9],
    );
  });

  it('the recorded words are found on later edits, and removed when the text reads exact again', () => {
    const corrected = TEXT.replace('assassination of Kirov', 'assassination of S. M. Kirov');
    const [first] = refreshAnchors([annotations[2]], corrected);
    const stored: Annotation = { ...annotations[2], target: { ...annotations[2].target, ...first.patch!.target } };
    assert.strictEqual(stored.target.exact, 'assassination of Kirov');
    assert.strictEqual(stored.target.current, 'assassination of S. M. Kirov');
    const later = `A new first line.\n${corrected}`;
    const [again] = refreshAnchors([stored], later, 'needed');
    assert.deepStrictEqual([again.anchoring.status, again.patch, again.needed], ['fuzzy', undefined, false]);
    assert.strictEqual(
      again.anchoring.status !== 'orphan' && later.slice(again.anchoring.start, again.anchoring.end),
      'assassination of S. M. Kirov',
    );
    const [back] = refreshAnchors([stored], TEXT, 'needed');
    assert.ok(back.patch?.target && 'current' in back.patch.target && back.patch.target.current === undefined, 'current removed');
    assert.strictEqual(back.anchoring.status, 'exact');
  });

  it('does not mark an orphan twice', () => {
    const lost = annotation('a5', 'Goltzman', { orphaned: true });
    assert.strictEqual(refreshAnchors([lost], 'Nothing of the kind.')[0].patch, undefined);
  });
});

describe('findsUnaided (quiet sidecars)', () => {
  const stored = annotation('q1', 'assassination of Kirov').target;
  const at = (text: string, words: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(words, i + 1);
    return [i, i + words.length] as const;
  };

  it('a moved quote that its words and context still find alone needs no new hints', () => {
    const text = `A new first paragraph.\n\n${TEXT}`;
    assert.strictEqual(findsUnaided(text, stored, ...at(text, 'assassination of Kirov')), true);
  });

  it('a copy with the same context makes the stale hints matter', () => {
    const text = `${TEXT}\n${TEXT}`;
    // The passage is the second copy now: its stale hint points at the first.
    assert.strictEqual(findsUnaided(text, stored, ...at(text, 'assassination of Kirov', 1)), false);
  });

  it('changed words always need writing (current), and so does a stale current', () => {
    const text = TEXT.replace('assassination of Kirov', 'assassination of S. M. Kirov');
    assert.strictEqual(findsUnaided(text, stored, ...at(text, 'assassination of S. M. Kirov')), false);
    assert.strictEqual(
      findsUnaided(TEXT, { ...stored, current: 'assassination of S. M. Kirov' }, ...at(TEXT, 'assassination of Kirov')),
      false,
    );
  });
});
