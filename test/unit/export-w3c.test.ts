import * as assert from 'node:assert';
import { toW3c, type Json } from '../../src/core/export/w3c';
import { validateW3c } from '../../src/core/export/validate-w3c';
import { at, fixture, TEXT } from './export-fixture';

function items(collection: Json): Json[] {
  return (collection.first as Json).items as Json[];
}

function byExact(collection: Json, exact: string): Json {
  const found = items(collection).find((a) => ((a.target as Json).selector as Json[])[0].exact === exact);
  assert.ok(found, `no annotation of ${exact}`);
  return found;
}

describe('toW3c', () => {
  const collection = toW3c(fixture());

  it("writes a collection that meets the model's MUSTs", () => {
    assert.deepStrictEqual(validateW3c(collection), []);
    assert.strictEqual(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.strictEqual(collection.type, 'AnnotationCollection');
    assert.strictEqual(collection.total, items(collection).length);
  });

  it('keeps the mention of Stalin that no annotation covers, counting positions in code points', () => {
    const stalin = byExact(collection, 'Stalin');
    const [, position] = (stalin.target as Json).selector as Json[];
    const { start } = at('Stalin');
    assert.deepStrictEqual(position, { type: 'TextPositionSelector', start: start - 1, end: start + 5 });
    assert.strictEqual([...TEXT].slice(position.start as number, position.end as number).join(''), 'Stalin');
    assert.strictEqual((stalin.target as Json).source, 'essays/trotsky-1936.txt');
    assert.strictEqual(stalin.motivation, 'identifying');
    assert.deepStrictEqual((stalin.body as Json[])[1], {
      type: 'SpecificResource',
      source: 'http://www.wikidata.org/entity/Q855',
      purpose: 'identifying',
    });
  });

  it('writes a sidecar annotation with its id, note, tags, entity, creator and date', () => {
    const confession = byExact(collection, 'Goltzman alone “personally saw” me');
    assert.strictEqual(confession.id, 'urn:marginalia:essays%2Ftrotsky-1936.txt:a3f9c1');
    assert.strictEqual(confession.motivation, 'commenting');
    assert.strictEqual(confession.created, '2026-11-27T10:00:00Z');
    assert.deepStrictEqual(confession.creator, { type: 'Person', name: 'A. Historian' });
    const purposes = (confession.body as Json[]).map((b) => `${b.purpose}:${b.value ?? b.source}`);
    assert.deepStrictEqual(purposes, [
      'classifying:confession',
      'identifying:urn:marginalia:entity:goltzman',
      'commenting:The only one of the older accused who claims to have *seen* Trotsky, "in person".',
      'tagging:contradiction',
      'tagging:Hotel Bristol',
    ]);
  });

  it('keeps an orphan with its quote selector only', () => {
    const orphan = byExact(collection, 'a sentence no longer in the text');
    assert.strictEqual(((orphan.target as Json).selector as Json[]).length, 1);
  });

  it('gives a date its EDTF value as a describing body', () => {
    const date = byExact(collection, '18 December 1936');
    assert.ok((date.body as Json[]).some((b) => b.purpose === 'describing' && b.value === '1936-12-18'));
  });
});

describe('validateW3c', () => {
  const ok = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:x:1',
    type: 'Annotation',
    target: 'http://example.org/essay.txt',
  };
  const cases: Array<{ name: string; json: unknown; error?: RegExp }> = [
    { name: 'a minimal annotation', json: ok },
    { name: 'no @context', json: { ...ok, '@context': undefined }, error: /@context/ },
    { name: 'no id', json: { ...ok, id: undefined }, error: /id: must be an IRI/ },
    { name: 'a relative id', json: { ...ok, id: 'a3f9c1' }, error: /id: must be an IRI/ },
    { name: 'no target', json: { ...ok, target: undefined }, error: /target: required/ },
    { name: 'wrong type', json: { ...ok, type: 'Note' }, error: /type must be/ },
    {
      name: 'a quote selector without exact',
      json: { ...ok, target: { source: 'e.txt', selector: { type: 'TextQuoteSelector', prefix: 'Kirov' } } },
      error: /exact/,
    },
    {
      name: 'a position selector with a negative start',
      json: { ...ok, target: { source: 'e.txt', selector: { type: 'TextPositionSelector', start: -1, end: 4 } } },
      error: /start: required non-negative/,
    },
    {
      name: 'a position selector ending before it starts',
      json: { ...ok, target: { source: 'e.txt', selector: [{ type: 'TextPositionSelector', start: 9, end: 4 }] } },
      error: /start after end/,
    },
    {
      name: 'a textual body without value',
      json: { ...ok, body: { type: 'TextualBody', purpose: 'commenting' } },
      error: /value: required/,
    },
    { name: 'an unknown motivation', json: { ...ok, motivation: 'confessing' }, error: /unknown 'confessing'/ },
    {
      name: 'a page whose items are not a list',
      json: { ...ok, type: 'AnnotationPage', items: ok },
      error: /items: must be a list/,
    },
  ];
  for (const { name, json, error } of cases) {
    it(error ? `rejects ${name}` : `accepts ${name}`, () => {
      const errors = validateW3c(json);
      if (error)
        assert.ok(
          errors.some((e) => error.test(e)),
          errors.join('\n'),
        );
      else assert.deepStrictEqual(errors, []);
    });
  }
});
