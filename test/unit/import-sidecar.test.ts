import * as assert from 'node:assert';
import { addImported, type ImportedAnnotation } from '../../src/core/import/imported';
import { addAnnotation } from '../../src/core/sidecar/edit-sidecar';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { at } from './export-fixture';

const EXISTING = `version: 1
text: trotsky-1936.txt
annotations:
  # The first claim of a meeting.
  - id: a3f9c1
    kind: confession
    target:
      exact: Goltzman alone
      start: ${at('Goltzman alone').start}
      end: ${at('Goltzman alone').end}
    entity: goltzman
`;

const passage = (exact: string, extra: Partial<ImportedAnnotation> = {}): ImportedAnnotation => ({
  kind: 'person',
  target: { exact, prefix: 'p', suffix: 's', ...at(exact) },
  ...extra,
});

describe('addImported', () => {
  const imported = [
    passage('Stalin', { entity: 'stalin' }),
    passage('Must we return', { kind: 'note', note: 'Opening.\n\nTwo paragraphs.', tags: ['rhetoric'] }),
    { kind: 'note', target: { exact: 'gone' }, orphaned: true },
    passage('18 December 1936', { kind: 'date' }),
  ];
  const cases: Array<{ name: string; sidecar: string | undefined }> = [
    { name: 'into no sidecar', sidecar: undefined },
    { name: 'into an empty list', sidecar: 'version: 1\ntext: trotsky-1936.txt\nannotations: []\n' },
    { name: 'into a sidecar with a comment', sidecar: EXISTING },
  ];
  for (const { name, sidecar } of cases) {
    it(`${name}: writes what adding them one by one writes`, () => {
      const batch = addImported(sidecar, 'trotsky-1936.txt', imported, ['a3f9c1']);
      const ids = parseSidecar(batch, 'x').sidecar?.annotations.map((a) => a.id) ?? [];
      // Replay with the same ids, one addAnnotation each.
      let oneByOne = sidecar;
      const added = ids.filter((id) => id !== 'a3f9c1');
      const inTextOrder = [...imported].sort((a, b) => (a.target.start ?? Infinity) - (b.target.start ?? Infinity));
      inTextOrder.forEach((a, i) => {
        oneByOne = addAnnotation(oneByOne, 'trotsky-1936.txt', { id: added[i], ...a });
      });
      assert.strictEqual(batch, oneByOne);
      assert.strictEqual(parseSidecar(batch, 'x').problems.length, 0);
      if (sidecar?.includes('#')) assert.ok(batch.includes('# The first claim of a meeting.'));
    });
  }
});
