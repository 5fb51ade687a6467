import * as assert from 'node:assert';
import { toBrat } from '../../src/core/export/brat';
import { importBrat } from '../../src/core/import/import-brat';
import { addImported } from '../../src/core/import/imported';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { ENTITIES, fixture, TEXT } from './export-fixture';

describe('importBrat', () => {
  const doc = fixture();
  const { ann } = toBrat(doc);

  it("round-trips every span's UTF-16 offsets through export and import, astral characters included", () => {
    const { annotations, problems } = importBrat(ann, TEXT, 'trotsky.ann', ENTITIES);
    assert.deepStrictEqual(problems, []);
    const spans = (list: Array<{ target: { start?: number; end?: number } }>) =>
      list.map((a) => `${a.target.start}-${a.target.end}`).sort();
    const exported = [
      ...doc.mentions
        .filter((m) => m.start !== doc.annotations[0].target.start || m.end !== doc.annotations[0].target.end)
        .map((m) => ({ target: m })),
      ...doc.annotations.filter((a) => !a.orphaned),
    ];
    assert.deepStrictEqual(spans(annotations), spans(exported));
    for (const a of annotations) assert.strictEqual(TEXT.slice(a.target.start, a.target.end), a.target.exact);
  });

  it('brings back kind, entity (by registry id or Wikidata), note and tags', () => {
    const { annotations } = importBrat(ann, TEXT, 'trotsky.ann', ENTITIES);
    const confession = annotations.find((a) => a.kind === 'confession');
    assert.deepStrictEqual(
      { entity: confession?.entity, note: confession?.note, tags: confession?.tags },
      {
        entity: 'goltzman',
        note: 'The only one of the older accused who claims to have *seen* Trotsky, "in person".',
        tags: ['contradiction', 'Hotel Bristol'],
      },
    );
    const onlyWikidata = importBrat('T1\tPerson 2 8\tStalin\nN1\tReference T1 Wikidata:Q855\tStalin\n', TEXT, 'x.ann', ENTITIES);
    assert.strictEqual(onlyWikidata.annotations[0].entity, 'stalin');
    assert.strictEqual(onlyWikidata.annotations[0].kind, 'person');
  });

  const cases: Array<{
    name: string;
    text: string;
    ann: string;
    exact?: string;
    start?: number;
    orphaned?: boolean;
    problem?: string;
  }> = [
    {
      name: 'finds a span again after text was inserted before it',
      text: `[Editor’s heading]\n${TEXT}`,
      ann: 'T1\tPerson 2 8\tStalin\n',
      exact: 'Stalin',
      start: TEXT.indexOf('Stalin') + 19,
    },
    {
      name: 'keeps a span whose text is gone as an orphan',
      text: 'Nothing of it survives.',
      ann: 'T1\tPerson 2 8\tStalin\n',
      orphaned: true,
      problem: 'orphan',
    },
    {
      name: 'reports a malformed T line and goes on',
      text: TEXT,
      ann: 'T1\tPerson two 8\tStalin\nT2\tPerson 2 8\tStalin\n',
      exact: 'Stalin',
      problem: 'brat-syntax',
    },
    {
      name: 'reads a covered text that holds a tab',
      text: 'Kirov\tStalin',
      ann: 'T1\tPerson 0 12\tKirov\tStalin\n',
      exact: 'Kirov\tStalin',
      start: 0,
    },
    {
      name: 'reports a relation it cannot keep',
      text: TEXT,
      ann: 'T1\tPerson 2 8\tStalin\nR1\tKilled Arg1:T1 Arg2:T1\n',
      exact: 'Stalin',
      problem: 'brat-unsupported',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { annotations, problems } = importBrat(c.ann, c.text, 'x.ann', ENTITIES);
      const last = annotations[annotations.length - 1];
      if (c.exact !== undefined) assert.strictEqual(c.text.slice(last.target.start, last.target.end), c.exact);
      if (c.start !== undefined) assert.strictEqual(last.target.start, c.start);
      assert.strictEqual(last.orphaned ?? false, c.orphaned ?? false);
      assert.deepStrictEqual(
        problems.map((p) => p.code),
        c.problem ? [c.problem] : [],
      );
    });
  }

  it('writes the imported annotations into a sidecar that reads back, with new ids', () => {
    const { annotations } = importBrat(ann, TEXT, 'trotsky.ann', ENTITIES);
    const sidecar = addImported(undefined, 'trotsky-1936.txt', annotations);
    const parsed = parseSidecar(sidecar, 'trotsky-1936.txt.annotations.yaml');
    assert.deepStrictEqual(parsed.problems, []);
    assert.strictEqual(parsed.sidecar?.annotations.length, annotations.length);
    assert.strictEqual(new Set(parsed.sidecar?.annotations.map((a) => a.id)).size, annotations.length);
    assert.ok(!parsed.sidecar?.annotations.some((a) => a.id === 'a3f9c1'));
  });
});
