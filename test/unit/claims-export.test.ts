import * as assert from 'node:assert';
import { parse } from 'csv-parse/sync';
import type { Annotation, Entity } from '../../src/core/model';
import type { ExportDocument } from '../../src/core/export/export-document';
import { toCsv } from '../../src/core/export/csv';
import { toBrat } from '../../src/core/export/brat';
import { importBrat } from '../../src/core/import/import-brat';
import { addImported } from '../../src/core/import/imported';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { XMLValidator } from 'fast-xml-parser';
import { toTei } from '../../src/core/export/tei';
import { toW3c } from '../../src/core/export/w3c';
import { validateW3c } from '../../src/core/export/validate-w3c';
import { importW3c } from '../../src/core/import/import-w3c';

const TEXT = 'Goltzman said he met Sedov at the Hotel Bristol in 1932. But Sedov was in Berlin. The hotel was gone since 1917.';
const ENTITIES: Entity[] = [
  { id: 'goltzman', type: 'person', name: 'Goltzman', aliases: [] },
  { id: 'sedov', type: 'person', name: 'Sedov', aliases: [] },
  { id: 'bristol', type: 'place', name: 'Hotel Bristol', aliases: [], existed: '../1917' },
  { id: 'berlin', type: 'place', name: 'Berlin', aliases: [] },
];
function at(words: string) {
  const start = TEXT.indexOf(words);
  return { exact: words, start, end: start + words.length };
}
const CLAIM: Annotation = {
  id: 'c1',
  kind: 'claim',
  target: at('he met Sedov at the Hotel Bristol in 1932'),
  claim: { by: 'goltzman', who: ['goltzman', 'sedov'], where: 'bristol', when: '1932' },
};
const EVIDENCE: Annotation = {
  id: 'e1',
  kind: 'evidence',
  target: at('Sedov was in Berlin'),
  claim: { who: ['sedov'], where: 'berlin', when: '1932' },
  refutes: ['c1'],
};
const SUPPORT: Annotation = { id: 'e2', kind: 'evidence', target: at('The hotel was gone since 1917'), supports: ['e1'] };
const doc = (annotations: Annotation[]): ExportDocument => ({
  file: 'essay.txt',
  text: TEXT,
  mentions: [],
  annotations,
  entities: new Map(ENTITIES.map((e) => [e.id, e])),
});

describe('claims: exports', () => {
  it('CSV has by/who/where/when/status columns for claims and evidence', () => {
    const rows = parse(toCsv([doc([CLAIM, EVIDENCE, SUPPORT])], { bom: false }), { columns: true }) as Record<string, string>[];
    const c1 = rows.find((r) => r.id === 'c1')!;
    assert.deepStrictEqual(
      [c1.by, c1.who, c1.where, c1.when, c1.status],
      ['goltzman', 'goltzman; sedov', 'bristol', '1932', 'refuted'],
    );
    assert.strictEqual(
      rows.find((r) => r.id === 'e1')!.status,
      'contradicted',
      'Sedov at two places: contradicted wins over supported',
    );
    const backed = parse(toCsv([doc([{ ...EVIDENCE, refutes: undefined, claim: {} }, SUPPORT])], { bom: false }), {
      columns: true,
    }) as Record<string, string>[];
    assert.strictEqual(backed.find((r) => r.id === 'e1')!.status, 'supported');
    const lone = parse(toCsv([doc([{ ...CLAIM, claim: { who: ['sedov'], where: 'berlin', when: '1932' } }])], { bom: false }), {
      columns: true,
    }) as Record<string, string>[];
    assert.strictEqual(lone[0].status, 'unchallenged');
    const contradicted = parse(toCsv([doc([CLAIM])], { bom: false }), { columns: true }) as Record<string, string>[];
    assert.strictEqual(contradicted[0].status, 'contradicted', 'the hotel was gone');
  });

  it('brat writes Supports / Refutes relations, and reads them back into refutes / supports', () => {
    const { ann } = toBrat(doc([CLAIM, EVIDENCE, SUPPORT]));
    const t = (words: string) =>
      ann
        .split('\n')
        .find((l) => l.endsWith(`\t${words}`))!
        .split('\t')[0];
    const claimT = t(CLAIM.target.exact);
    const evidenceT = t(EVIDENCE.target.exact);
    assert.ok(ann.includes(`\tRefutes Arg1:${evidenceT} Arg2:${claimT}\t`), ann);
    assert.ok(ann.includes(`\tSupports Arg1:${t(SUPPORT.target.exact)} Arg2:${evidenceT}\t`), ann);

    const imported = importBrat(ann, TEXT, 'essay.ann', ENTITIES);
    assert.deepStrictEqual(
      imported.problems.filter((p) => p.code === 'brat-unsupported'),
      [],
    );
    const yaml = addImported(undefined, 'essay.txt', imported.annotations);
    const back = parseSidecar(yaml, 'essay.txt.annotations.yaml').sidecar!.annotations;
    const byText = (words: string) => back.find((a) => a.target.exact === words)!;
    assert.strictEqual(byText(EVIDENCE.target.exact).kind, 'evidence');
    assert.deepStrictEqual(byText(EVIDENCE.target.exact).refutes, [byText(CLAIM.target.exact).id]);
    assert.deepStrictEqual(byText(SUPPORT.target.exact).supports, [byText(EVIDENCE.target.exact).id]);
    assert.strictEqual(byText(CLAIM.target.exact).kind, 'claim');
  });

  it('brat reports a relation to a span it does not have', () => {
    const ann = 'T1\tEvidence 0 8\tGoltzman\nR1\tRefutes Arg1:T1 Arg2:T9\t\n';
    const { problems, annotations } = importBrat(ann, TEXT, 'essay.ann', ENTITIES);
    assert.ok(problems.some((p) => p.line === 1 && /T9/.test(p.message)));
    assert.strictEqual(annotations[0].refutes, undefined);
  });
});

describe('claims: TEI and W3C exports', () => {
  it('TEI lists claims as events with dates, persons and places, and relations between them; well-formed', () => {
    const { xml } = toTei(doc([CLAIM, EVIDENCE, SUPPORT]));
    assert.strictEqual(XMLValidator.validate(xml), true);
    assert.match(xml, /<listEvent type="claims">/);
    assert.match(
      xml,
      /<event xml:id="[^"]*claim-c1" type="claim" when="1932" ana="#[^"]*a-c1"><p><persName role="claimant" ref="#[^"]*goltzman">Goltzman<\/persName>/,
    );
    assert.match(xml, /<placeName ref="#[^"]*bristol">Hotel Bristol<\/placeName>/);
    assert.match(xml, /<relation name="refutes" active="#[^"]*claim-e1" passive="#[^"]*claim-c1"\/>/);
    assert.match(xml, /<listPlace>[\s\S]*Berlin/, 'the places of claims are in the registry lists');
  });

  it('W3C gives a claim a structured body and evidence links to the claims, and reads the claim back', () => {
    const json = toW3c(doc([CLAIM, EVIDENCE]));
    assert.deepStrictEqual(validateW3c(json), []);
    const items = (json.first as { items: Array<{ id: string; body: Array<Record<string, unknown>> }> }).items;
    const claim = items.find((a) => a.id.endsWith(':c1'))!;
    const structured = claim.body.find((b) => b.format === 'application/json')!;
    assert.deepStrictEqual(JSON.parse(structured.value as string), {
      type: 'claim',
      by: 'goltzman',
      who: ['goltzman', 'sedov'],
      where: 'bristol',
      when: '1932',
    });
    const evidence = items.find((a) => a.id.endsWith(':e1'))!;
    assert.ok(evidence.body.some((b) => b.purpose === 'linking' && b.relation === 'refutes' && b.source === claim.id));
    const back = importW3c(JSON.stringify(json), TEXT, 'essay.txt', 'essay.jsonld', ENTITIES);
    assert.deepStrictEqual(
      back.problems.filter((p) => p.severity !== 'info'),
      [],
    );
    assert.deepStrictEqual(back.annotations.find((a) => a.kind === 'claim')?.claim, CLAIM.claim);
  });
});
