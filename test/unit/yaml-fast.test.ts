import * as assert from 'node:assert';
import { isSeq, type Node } from 'yaml';
import { readFast } from '../../src/core/yaml/fast-yaml';
import { parseYaml } from '../../src/core/yaml/parse-yaml';
import { validateRegistry, validateSidecar } from '../../src/core/yaml/schemas';

const TROTSKY = `version: 1
entities:
  - id: trotsky
    type: person
    name: Leon Trotsky
    aliases: [Trotsky, "L. D. Trotsky"]
    born: 1879-11-07
  # The accused of the first trial.
  - id: zinoviev
    type: person
    name: Grigory Zinoviev
    born: 1883
  -
    id: kamenev
    type: person
    name: Lev Kamenev
`;

const FLOW = `version: 1
entities: [{ id: pyatakov, type: person, name: Georgy Pyatakov },
  { id: radek, type: person, name: Karl Radek, note: "Confessed to everything asked of him." }]
`;

const SIDECAR = `version: 1
text: trotsky-1936.txt
annotations:
  - id: a3f9c1
    kind: confession
    target: { exact: "admitted a little fact", start: 6120, end: 6142 }
    note: "The pattern of the trials: each admits a little more."
`;

/** What the full parse (the yaml package's node ranges) says: the value and each list item's position. */
function slow(text: string, key: string): { value: unknown; items: Array<{ line: number; character: number }> } {
  const parsed = parseYaml(text, 'f.yaml');
  const list = parsed.doc?.get(key, true);
  const items = isSeq(list) ? list.items.map((n) => parsed.positions.positionAt((n as Node).range?.[0] ?? -1)) : [];
  return { value: parsed.value, items };
}

describe('readFast', () => {
  const clean: Array<[string, string, string]> = [
    ['block registry, a comment and an item on the line after its dash', TROTSKY, 'entities'],
    ['flow registry over two lines', FLOW, 'entities'],
    ['CRLF line endings and a BOM', '\ufeff' + TROTSKY.replace(/\n/g, '\r\n'), 'entities'],
    ['sidecar', SIDECAR, 'annotations'],
  ];
  for (const [name, text, key] of clean) {
    it(`agrees with the full parse: ${name}`, () => {
      const validate = key === 'entities' ? validateRegistry : validateSidecar;
      const fast = readFast(text, key, validate);
      assert.ok(fast, 'clean file read quickly');
      assert.deepStrictEqual(fast, slow(text, key));
    });
  }

  const declined: Array<[string, string]> = [
    ['an alias', TROTSKY + '  - *first\n'],
    ['an anchor', TROTSKY.replace('- id: trotsky', '- &first\n    id: trotsky')],
    ['a %YAML directive', '%YAML 1.1\n---\n' + TROTSKY],
    ['a number only js-yaml reads as one (0b101)', TROTSKY.replace('born: 1883', 'born: 0b101')],
    ['a syntax error', TROTSKY + '    name: "Lev Kamenev\n'],
    ['a duplicate key', TROTSKY + '    type: person\n'],
    ['a schema error (type)', TROTSKY.replace('type: person\n    name: Grigory', 'type: traitor\n    name: Grigory')],
    ['an unknown key (only a warning, but it needs a position)', TROTSKY + '    nickname: Kamenev\n'],
    ['an empty file', ''],
  ];
  for (const [name, text] of declined) {
    it(`declines ${name}, leaving it to the full parse`, () => {
      assert.strictEqual(readFast(text, 'entities', validateRegistry), undefined);
    });
  }
});
