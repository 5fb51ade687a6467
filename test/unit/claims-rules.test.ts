import * as assert from 'node:assert';
import type { Annotation, ClaimFields, Entity } from '../../src/core/model';
import { buildLedger, type ClaimSource } from '../../src/core/claims/ledger';
import { findContradictions } from '../../src/core/claims/contradictions';
import { overlaps, parseSpan, type Span } from '../../src/core/claims/edtf-span';

const ENTITIES: Entity[] = [
  {
    id: 'goltzman',
    type: 'person',
    name: 'Goltzman',
    aliases: [],
    died: '1936-08-25',
    source: { file: 'entities.yaml', line: 3 },
  },
  {
    id: 'sedov',
    type: 'person',
    name: 'Leon Sedov',
    aliases: [],
    born: '1906-02-24',
    died: '1938-02-16',
    source: { file: 'entities.yaml', line: 9 },
  },
  { id: 'trotsky', type: 'person', name: 'Leon Trotsky', aliases: [] },
  { id: 'copenhagen', type: 'place', name: 'Copenhagen', aliases: [] },
  {
    id: 'hotel-bristol',
    type: 'place',
    name: 'Hotel Bristol',
    aliases: [],
    within: 'copenhagen',
    existed: '../1917',
    source: { file: 'entities.yaml', line: 20 },
  },
  { id: 'room-12', type: 'place', name: 'Room 12', aliases: [], within: 'hotel-bristol' },
  { id: 'berlin', type: 'place', name: 'Berlin', aliases: [] },
  { id: 'gpu', type: 'organisation', name: 'G.P.U.', aliases: [] },
];
const lookup = (id: string) => ENTITIES.find((e) => e.id === id);

let next = 0;
function ann(kind: string, claim: ClaimFields, more: Partial<Annotation> = {}): Annotation {
  return { id: more.id ?? `a${next++}`, kind, target: { exact: 'x' }, claim, ...more };
}
function source(file: string, ...annotations: Annotation[]): ClaimSource {
  return { file, annotations, lines: new Map(annotations.map((a, i) => [a.id, 10 * i + 5])) };
}
function found(...annotations: Annotation[]) {
  const ledger = buildLedger([source('essay.txt.annotations.yaml', ...annotations)], lookup);
  return { problems: ledger.problems, contradictions: findContradictions(ledger) };
}
const codes = (r: { contradictions: { code: string }[] }) => r.contradictions.map((c) => c.code);
const span = (v: string) => parseSpan(v) as Span;

describe('claims: EDTF spans', () => {
  it('counts a value as the whole period it names', () => {
    assert.deepStrictEqual([span('1932-11').min, span('1932-11').max], [Date.UTC(1932, 10, 1), Date.UTC(1932, 11, 1) - 1]);
    assert.strictEqual(span('193X').min, Date.UTC(1930, 0, 1));
    assert.strictEqual(span('193X').max, Date.UTC(1940, 0, 1) - 1);
    assert.strictEqual(span('1932-11-XX').max, Date.UTC(1932, 11, 1) - 1);
  });
  it('neither widens nor narrows approximate and uncertain values, but marks them', () => {
    for (const v of ['1932-11~', '1932-11?', '1932-11%']) {
      assert.strictEqual(span(v).min, span('1932-11').min, v);
      assert.strictEqual(span(v).max, span('1932-11').max, v);
      assert.strictEqual(span(v).qualified, true, v);
    }
    assert.strictEqual(span('1932-11').qualified, false);
  });
  it('treats open and unknown interval ends as unbounded', () => {
    assert.strictEqual(span('../1917').min, -Infinity);
    assert.strictEqual(span('/1917').min, -Infinity, 'the library counts an unknown start from 1970');
    assert.strictEqual(span('1931/..').max, Infinity);
    assert.strictEqual(span('1931/').max, Infinity);
    assert.ok(overlaps(span('../1917'), span('1066')));
  });
  it('decides overlap to the day, both ways', () => {
    assert.ok(overlaps(span('1932-11'), span('1932-11-30')));
    assert.ok(!overlaps(span('1932-11'), span('1932-12-01')));
    assert.ok(overlaps(span('1932-11-30/1932-12-02'), span('1932-12')));
    assert.ok(!overlaps(span('../1917'), span('1918-01-01')));
    assert.ok(overlaps(span('../1917'), span('1917-12-31')));
  });
  it('rejects what is not EDTF, with the reason', () => {
    for (const v of ['November 1932', '1932-13', '1932-11-31', '', 'soon']) assert.ok('error' in parseSpan(v), v);
  });
  it('rejects a Julian leap day that the Gregorian calendar lacks, and reads Old Style days by their New Style value', () => {
    const leap = parseSpan('1900-02-29');
    assert.ok('error' in leap && /Gregorian/.test(leap.error));
    assert.ok(!('error' in parseSpan('2000-02-29')));
    // 25 October 1917 Old Style is 7 November New Style: the EDTF value is the New Style day.
    assert.ok(overlaps(span('1917-11-07'), span('1917-11')));
    assert.ok(!overlaps(span('1917-11-07'), span('1917-10')));
  });
  it('reads years before the common era and beyond four digits', () => {
    assert.ok(overlaps(span('-0044-03-15'), span('-0044')));
    assert.ok(!overlaps(span('-0044'), span('0044')));
    assert.ok(!('error' in parseSpan('Y-20000')));
  });
});

describe('claims: contradiction rules', () => {
  it('place-not-existing: found outside existed, not found inside it or without facts', () => {
    const c = found(
      ann('claim', { by: 'goltzman', who: ['goltzman', 'sedov'], where: 'hotel-bristol', when: '1932-11' }, { id: 'g1' }),
    );
    assert.deepStrictEqual(codes(c), ['contradiction/place-not-existing']);
    assert.deepStrictEqual(c.contradictions[0].ids, ['g1']);
    assert.match(c.contradictions[0].message, /Hotel Bristol.*until 1917.*entities\.yaml:21/);
    assert.deepStrictEqual(
      c.contradictions[0].sides.map((s) => `${s.file}:${s.line}`),
      ['essay.txt.annotations.yaml:5', 'entities.yaml:20'],
    );
    assert.deepStrictEqual(codes(found(ann('claim', { who: ['goltzman'], where: 'hotel-bristol', when: '1917' }))), []);
    assert.deepStrictEqual(codes(found(ann('claim', { who: ['goltzman'], where: 'hotel-bristol', when: '1910/1920' }))), []);
    assert.deepStrictEqual(codes(found(ann('claim', { who: ['goltzman'], where: 'copenhagen', when: '1932-11' }))), []);
    assert.deepStrictEqual(
      codes(found(ann('claim', { who: ['goltzman'], where: 'hotel-bristol' }))),
      [],
      'no date, nothing said',
    );
  });
  it('not-alive: found before birth or after death, not found during life or on the day itself', () => {
    assert.deepStrictEqual(codes(found(ann('claim', { who: ['sedov'], where: 'berlin', when: '1905' }))), [
      'contradiction/not-alive',
    ]);
    assert.deepStrictEqual(codes(found(ann('claim', { who: ['sedov'], where: 'berlin', when: '1938-03' }))), [
      'contradiction/not-alive',
    ]);
    assert.deepStrictEqual(
      codes(found(ann('claim', { who: ['sedov'], where: 'berlin', when: '1906' }))),
      [],
      'the birth year itself',
    );
    assert.deepStrictEqual(
      codes(found(ann('claim', { who: ['sedov'], where: 'berlin', when: '1938-02-16' }))),
      [],
      'the day he died',
    );
    assert.deepStrictEqual(
      codes(found(ann('claim', { who: ['sedov'], where: 'berlin', when: '1938/..' }))),
      [],
      'an open interval may start in life',
    );
    assert.deepStrictEqual(
      codes(found(ann('claim', { who: ['trotsky'], where: 'berlin', when: '1800' }))),
      [],
      'no life dates, nothing said',
    );
    const dead = found(ann('evidence', { who: ['goltzman'], where: 'berlin', when: '1937~' }));
    assert.deepStrictEqual(codes(dead), ['contradiction/not-alive']);
    assert.match(dead.contradictions[0].message, /approximate or uncertain.*died in 1936-08-25/);
  });
  it('two-places: found for one person at two unrelated places on overlapping dates, claim first', () => {
    const c = found(
      ann('evidence', { who: ['sedov'], where: 'berlin', when: '1932-11' }, { id: 'ev' }),
      ann('claim', { who: ['goltzman', 'sedov'], where: 'copenhagen', when: '1932-11-27' }, { id: 'cl' }),
    );
    assert.deepStrictEqual(codes(c), ['contradiction/two-places']);
    assert.deepStrictEqual(c.contradictions[0].ids, ['cl', 'ev']);
    assert.match(c.contradictions[0].message, /Leon Sedov at Copenhagen.*Leon Sedov at Berlin/);
  });
  it('two-places: not found for a place within the other, the same place, other dates, or other people', () => {
    const none = (a: ClaimFields, b: ClaimFields) =>
      assert.deepStrictEqual(codes(found(ann('claim', a), ann('claim', b))), [], JSON.stringify([a, b]));
    none({ who: ['sedov'], where: 'copenhagen', when: '1932-11' }, { who: ['sedov'], where: 'copenhagen', when: '1932-11-27' });
    none({ who: ['sedov'], where: 'copenhagen', when: '1932-11' }, { who: ['sedov'], where: 'room-12', when: '1917' });
    none({ who: ['trotsky'], where: 'copenhagen', when: '1932-11' }, { who: ['trotsky'], where: 'room-12', when: '1932-11' });
    none({ who: ['sedov'], where: 'berlin', when: '1932-10' }, { who: ['sedov'], where: 'copenhagen', when: '1932-11' });
    none({ who: ['sedov'], where: 'berlin', when: '1932-11' }, { who: ['trotsky'], where: 'copenhagen', when: '1932-11' });
    none({ who: ['sedov'], where: 'berlin', when: '../1932-10-31' }, { who: ['sedov'], where: 'copenhagen', when: '1932-11/..' });
  });
  it('two-places: open intervals, approximate, uncertain and unspecified values count as their whole span', () => {
    const two = (a: string, b: string) =>
      codes(
        found(
          ann('claim', { who: ['trotsky'], where: 'berlin', when: a }),
          ann('claim', { who: ['trotsky'], where: 'copenhagen', when: b }),
        ),
      );
    assert.deepStrictEqual(two('1931/..', '1932-11'), ['contradiction/two-places']);
    assert.deepStrictEqual(two('../1932-11-01', '1932-11'), ['contradiction/two-places']);
    assert.deepStrictEqual(two('1932-11~', '1932-11-27?'), ['contradiction/two-places']);
    assert.deepStrictEqual(two('193X', '1932-11-27'), ['contradiction/two-places']);
    assert.deepStrictEqual(two('1932-XX', '1933'), []);
    assert.deepStrictEqual(two('1932-10~', '1932-11?'), []);
  });
  it('refuted: found for evidence that refutes a claim, in any sidecar; supports is no contradiction', () => {
    const claim = ann('claim', { who: ['sedov'], where: 'copenhagen', when: '1932' }, { id: 'b1c2d3' });
    const ledger = buildLedger(
      [
        source('a.yaml', claim),
        source(
          'b.yaml',
          ann('evidence', { what: 'never there' }, { id: 'e4f5a6', refutes: ['b1c2d3'] }),
          ann('evidence', {}, { id: 'e9', supports: ['b1c2d3'] }),
        ),
      ],
      lookup,
    );
    const c = findContradictions(ledger);
    assert.deepStrictEqual(
      c.map((x) => [x.code, x.ids]),
      [['contradiction/refuted', ['b1c2d3', 'e4f5a6']]],
    );
    assert.deepStrictEqual(
      c[0].sides.map((s) => s.file),
      ['a.yaml', 'b.yaml'],
    );
    assert.deepStrictEqual(ledger.problems, []);
  });
  it('unknown ids: by, who, where, supports and refutes that name nothing are reported, known ones are not', () => {
    const { problems, contradictions } = found(
      ann('claim', { by: 'nobody', who: ['sedov', 'ghost'], where: 'atlantis', when: '1932' }, { id: 'c1' }),
      ann('evidence', { where: 'gpu' }, { id: 'e1', refutes: ['c1', 'zzz'], supports: ['yyy'] }),
    );
    assert.deepStrictEqual(problems.map((p) => p.code).sort(), [
      'claim/not-a-place',
      'claim/unknown-id',
      'claim/unknown-id',
      'claim/unknown-id',
      'claim/unknown-id',
      'claim/unknown-id',
    ]);
    for (const id of ['nobody', 'ghost', 'atlantis', 'zzz', 'yyy'])
      assert.ok(
        problems.some((p) => p.message.includes(`'${id}'`)),
        id,
      );
    assert.ok(problems.every((p) => p.severity === 'warning'));
    assert.deepStrictEqual(codes({ contradictions }), ['contradiction/refuted'], 'what can be resolved is still checked');
    assert.deepStrictEqual(
      buildLedger([source('a.yaml', ann('claim', { by: 'nobody' }))], () => undefined, false).problems,
      [],
      'no registry: ids not checked',
    );
  });
  it('a bad date is reported at its own line and column, and its claim is left out of the date rules', () => {
    const raw =
      'version: 1\ntext: essay.txt\nannotations:\n  - id: c1\n    kind: claim\n    target: { exact: x }\n    claim:\n      who: [sedov]\n      where: berlin\n      when: 1932-13\n';
    const ledger = buildLedger(
      [
        {
          file: 's.yaml',
          raw,
          lines: new Map([['c1', 3]]),
          annotations: [ann('claim', { who: ['sedov'], where: 'berlin', when: '1932-13' }, { id: 'c1' })],
        },
      ],
      lookup,
    );
    assert.deepStrictEqual(
      ledger.problems.map((p) => [p.code, p.line, p.column]),
      [['claim/bad-date', 9, 6]],
    );
    assert.match(ledger.problems[0].message, /'1932-13' is not an EDTF date .*write e\.g\./);
    assert.deepStrictEqual(findContradictions(ledger), []);
  });
  it('orphaned annotations and annotations without claims are not in the ledger', () => {
    const ledger = buildLedger(
      [
        source(
          'a.yaml',
          ann('claim', { who: ['sedov'], where: 'berlin', when: '1905' }, { orphaned: true }),
          { id: 'n1', kind: 'note', target: { exact: 'x' } },
          ann('confession', { who: ['sedov'] }),
        ),
      ],
      lookup,
    );
    assert.deepStrictEqual(
      ledger.entries.map((e) => e.type),
      ['claim'],
    );
  });
  it('a cycle of within in the registry does not loop', () => {
    const cyclic: Entity[] = [
      { id: 'p', type: 'place', name: 'P', aliases: [], within: 'q' },
      { id: 'q', type: 'place', name: 'Q', aliases: [], within: 'p' },
      { id: 'r', type: 'place', name: 'R', aliases: [] },
      { id: 's', type: 'person', name: 'S', aliases: [] },
    ];
    const ledger = buildLedger(
      [
        source(
          'a.yaml',
          ann('claim', { who: ['s'], where: 'p', when: '1932' }),
          ann('claim', { who: ['s'], where: 'r', when: '1932' }),
          ann('claim', { who: ['s'], where: 'q', when: '1932' }),
        ),
      ],
      (id) => cyclic.find((e) => e.id === id),
    );
    assert.deepStrictEqual(
      findContradictions(ledger).map((c) => c.code),
      ['contradiction/two-places', 'contradiction/two-places'],
    );
  });
});
