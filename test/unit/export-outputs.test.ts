import * as assert from 'node:assert';
import { exportOutputs } from '../../src/core/export/outputs';
import { at, fixture } from './export-fixture';

describe('exportOutputs', () => {
  const cases: Array<{ format: 'w3c' | 'tei' | 'brat'; file: string; names: string[]; warning?: RegExp }> = [
    { format: 'w3c', file: 'essays/trotsky-1936.txt', names: ['trotsky-1936.jsonld'] },
    { format: 'tei', file: 'notes/kirov.md', names: ['kirov.tei.xml'] },
    {
      format: 'brat',
      file: 'trotsky-1936.txt',
      names: ['trotsky-1936.ann', 'trotsky-1936.txt'],
      warning: /1 orphaned annotation\(s\) left out/,
    },
    { format: 'brat', file: 'notes/kirov.md', names: ['kirov.md.ann', 'kirov.md.txt'], warning: /1 orphaned/ },
  ];
  for (const { format, file, names, warning } of cases) {
    it(`${format} of ${file}: ${names.join(', ')}`, () => {
      const outputs = exportOutputs(format, fixture({ file }), { besideText: true });
      assert.deepStrictEqual(
        outputs.map((o) => o.name),
        names,
      );
      const warnings = outputs.map((o) => o.warning).filter(Boolean);
      if (warning) assert.match(String(warnings[0]), warning);
      else assert.deepStrictEqual(warnings, []);
    });
  }

  it('tei says how many overlapping spans it could not mark up', () => {
    const doc = fixture({
      annotations: [],
      mentions: [
        { kind: 'quote', quote: 'quotation', text: 'Stalin did not', ...at('Stalin did not') },
        { kind: 'person', entity: 'stalin', text: 'not wish', ...at('not wish') },
      ],
    });
    assert.match(String(exportOutputs('tei', doc, { besideText: true })[0].warning), /^1 overlapping/);
  });
});
