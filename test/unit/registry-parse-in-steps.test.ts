import * as assert from 'node:assert';
import { parseRegistry, parseRegistryInSteps } from '../../src/core/registry/parse-registry';
import { readFastInSteps, sliceItems } from '../../src/core/yaml/fast-yaml-in-steps';
import { validateRegistry } from '../../src/core/yaml/schemas';

const FILE = 'file:///corpus/entities.yaml';

/** A registry of `n` persons, each item written in one of several layouts a hand-kept file has. */
function registry(n: number, seed: number, dashColumn = 2): string {
  const pad = ' '.repeat(dashColumn);
  const inner = ' '.repeat(dashColumn + 2);
  let r = seed;
  const rand = (k: number) => ((r = (r * 1103515245 + 12345) % 2 ** 31), r % k);
  const out = ['# a hand-kept registry', 'version: 1', 'entities:'];
  for (let i = 0; i < n; i++) {
    if (rand(5) === 0) out.push('', `${pad}# people of chapter ${i}`);
    out.push(`${pad}- id: p${i % 97 === 96 ? 0 : i}`, `${inner}type: person`, `${inner}name: "Person ${i}"`);
    switch (rand(6)) {
      case 0:
        // A block scalar whose lines look like items, but deeper than the list's items.
        out.push(`${inner}note: |`, `${inner}  - not an item ${i}`, `${inner}  - nor this`);
        break;
      case 1:
        out.push(`${inner}aliases:`, `${inner}  - Alias ${i}`, `${inner}  - "Other ${i}"`);
        break;
      case 2:
        out.push(`${inner}aliases: [A${i}, B${i}]`, `${inner}born: 18${String(i % 100).padStart(2, '0')}`);
        break;
      case 3:
        out.push(`${inner}note: >-`, `${inner}  folded ${i}`, '', `${inner}  text`);
        break;
      default:
        out.push(`${inner}links: { wikidata: Q${i} }`);
    }
  }
  return out.join('\n') + '\n';
}

async function inSteps(text: string) {
  return parseRegistryInSteps(text, FILE, () => Promise.resolve());
}

describe('registry read in steps (parseRegistryInSteps)', () => {
  it('gives what parseRegistry gives, entities, lines and duplicate problems, on generated registries', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const text = registry(50 + seed * 37, seed, seed % 3 === 0 ? 0 : 2);
      assert.deepStrictEqual(await inSteps(text), parseRegistry(text, FILE), `seed ${seed}`);
    }
  });

  it('cuts the list into slices, each starting at an item, for any slice size', async () => {
    const text = registry(40, 7);
    for (const n of [1, 2, 3, 7, 39, 40, 41]) {
      const read = await readFastInSteps(text, 'entities', validateRegistry, () => Promise.resolve(), n);
      assert.ok(read, `slices of ${n}`);
      assert.strictEqual(read.items.length, 40);
      const layout = sliceItems(text, 'entities', n)!;
      assert.strictEqual(layout.slices.length, Math.ceil(40 / n));
      for (const slice of layout.slices) assert.match(slice.text, /^ {2}-(?: |$)/);
    }
  });

  it('keeps the lines right with a byte-order mark and Windows line ends', async () => {
    const text = '\ufeff' + registry(30, 3).replace(/\n/g, '\r\n');
    const got = await readFastInSteps(text, 'entities', validateRegistry, () => Promise.resolve(), 4);
    assert.ok(got);
    assert.deepStrictEqual(await inSteps(text), parseRegistry(text, FILE));
  });

  it('pauses between slices, so the editor can run in between', async () => {
    let pauses = 0;
    await parseRegistryInSteps(registry(3000, 5), FILE, () => Promise.resolve(void pauses++));
    assert.ok(pauses >= 6, `${pauses} pauses`);
  });

  it('reads at once, as parseRegistry does, what it cannot cut safely', async () => {
    const cases = {
      'a quoted name over two lines, cut inside it':
        'version: 1\nentities:\n  - id: a\n    type: person\n    name: "Anna\n  - id: b"\n',
      'a flow list': 'version: 1\nentities: [{ id: a, type: person, name: A }]\n',
      'no entities key': 'version: 1\n',
      'a schema error': 'version: 1\nentities:\n  - id: a\n    type: persn\n    name: A\n',
      'a YAML error': 'version: 1\nentities:\n  - id: a\n    type: person\n    name: [A\n',
      'merge conflict markers':
        'version: 1\nentities:\n<<<<<<< HEAD\n  - id: a\n    type: person\n    name: A\n=======\n>>>>>>> b\n',
      'the key twice':
        'version: 1\nentities:\n  - id: a\n    type: person\n    name: A\nentities:\n  - id: b\n    type: person\n    name: B\n',
    };
    for (const [what, text] of Object.entries(cases)) {
      assert.deepStrictEqual(await inSteps(text), parseRegistry(text, FILE), what);
    }
    const quoted = cases['a quoted name over two lines, cut inside it'];
    assert.strictEqual(await readFastInSteps(quoted, 'entities', validateRegistry, () => Promise.resolve(), 1), undefined);
  });
});
