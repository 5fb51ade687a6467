import * as assert from 'node:assert';
import { makeTarget } from '../../src/core/anchor/make-target';
import { toW3c } from '../../src/core/export/w3c';
import { importW3c } from '../../src/core/import/import-w3c';
import { ENTITIES, fixture, TEXT } from './export-fixture';

describe('importW3c', () => {
  const json = JSON.stringify(toW3c(fixture()));

  it('round-trips positions, kinds, entities, notes, tags, creator; the orphan stays an orphan; recognized mentions stay out', () => {
    const { annotations, problems } = importW3c(json, TEXT, 'essays/trotsky-1936.txt', 'out.jsonld', ENTITIES);
    assert.deepStrictEqual(
      problems.map((p) => p.code),
      ['w3c-recognized', 'orphan'],
    );
    assert.deepStrictEqual(
      annotations.map((a) => a.target.exact),
      fixture().annotations.map((a) => a.target.exact),
    );
    const confession = annotations.find((a) => a.kind === 'confession');
    const original = fixture().annotations[0];
    assert.deepStrictEqual(confession, {
      kind: 'confession',
      target: makeTarget(TEXT, original.target.start ?? -1, original.target.end ?? -1),
      entity: 'goltzman',
      note: original.note,
      tags: original.tags,
      created: original.created,
      author: original.author,
    });
    assert.strictEqual(annotations.filter((a) => a.orphaned).length, 1);
  });

  it("reads a recognized mention when it is a person's (a creator): kind from the classifying body, entity from Wikidata", () => {
    const collection = toW3c(fixture()) as { first: { items: Array<Record<string, unknown>> } };
    const stalin = collection.first.items.find((a) => JSON.stringify(a.target).includes('"exact":"Stalin"'));
    assert.ok(stalin);
    const { annotations } = importW3c(
      JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...stalin, creator: 'A. Historian' }),
      TEXT,
      'trotsky-1936.txt',
      'x.json',
      ENTITIES,
    );
    assert.deepStrictEqual(
      annotations.map((a) => [a.kind, a.entity, a.target.start, a.author]),
      [['person', 'stalin', TEXT.indexOf('Stalin'), 'A. Historian']],
    );
  });

  it('reads a foreign annotation: one target, quote selector only, a plain comment and a Wikidata body', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno/1',
      type: 'Annotation',
      motivation: 'commenting',
      body: [{ type: 'TextualBody', value: 'Kirov, twice.' }, 'https://www.wikidata.org/wiki/Q186148'],
      target: {
        source: 'https://example.org/texts/trotsky-1936.txt',
        selector: { type: 'TextQuoteSelector', exact: 'Kirov; Kirov', prefix: 'wish to kill ' },
      },
      creator: 'reader',
    };
    const { annotations, problems } = importW3c(JSON.stringify(foreign), TEXT, 'trotsky-1936.txt', 'x.json', ENTITIES);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(
      annotations.map((a) => [a.kind, a.note, a.entity, a.author, a.target.start]),
      [['note', 'Kirov, twice.', 'kirov', 'reader', TEXT.indexOf('Kirov; Kirov')]],
    );
  });

  const bad: Array<{ name: string; json: string; code: string }> = [
    { name: 'text that is not JSON', json: '{"type": "Annotation",', code: 'json-syntax' },
    {
      name: 'an annotation without @context',
      json: JSON.stringify({ id: 'urn:x:1', type: 'Annotation', target: 'urn:x:t' }),
      code: 'w3c-invalid',
    },
    {
      name: 'a collection whose pages are elsewhere',
      json: JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:x:c',
        type: 'AnnotationCollection',
        first: 'urn:x:p1',
      }),
      code: 'w3c-unsupported',
    },
  ];
  for (const { name, json: input, code } of bad) {
    it(`reports ${name}`, () => {
      const { problems } = importW3c(input, TEXT, 'trotsky-1936.txt', 'x.json', ENTITIES);
      assert.ok(
        problems.some((p) => p.code === code && p.file === 'x.json'),
        JSON.stringify(problems),
      );
    });
  }
});
