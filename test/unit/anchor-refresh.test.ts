import * as assert from 'node:assert';
import { makeTarget } from '../../src/core/anchor/make-target';
import { refreshAnchors } from '../../src/core/anchor/refresh';
import type { Annotation } from '../../src/core/model';

const TEXT = 'Smirnov and Goltzman tried to stop themselves in mid-road, between “terror in general” and the assassination of Kirov.';

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
    assert.deepStrictEqual(refreshAnchors(annotations.slice(0, 3), TEXT).map((u) => [u.anchoring.status, u.patch]),
      [['exact', undefined], ['exact', undefined], ['exact', undefined]]);
  });

  it('gives new hints for moved passages, a new exact for fuzzy ones, orphaned: true for lost ones, and clears the flag when found again', () => {
    const text = `I. N. ${TEXT.replace('Goltzman', 'Holtzman').replace('“terror in general” and ', '')}`;
    const updates = refreshAnchors(annotations, text);
    assert.deepStrictEqual(updates.map((u) => u.anchoring.status), ['fuzzy', 'orphan', 'moved', 'moved']);
    assert.strictEqual(updates[0].patch?.target?.exact, 'Holtzman');
    assert.deepStrictEqual(updates[1].patch, { orphaned: true });
    assert.strictEqual(updates[2].patch?.target?.start, text.indexOf('assassination of Kirov'));
    assert.ok('orphaned' in updates[3].patch! && updates[3].patch.orphaned === undefined);
  });

  it('does not mark an orphan twice', () => {
    const lost = annotation('a5', 'Goltzman', { orphaned: true });
    assert.strictEqual(refreshAnchors([lost], 'Nothing of the kind.')[0].patch, undefined);
  });
});
