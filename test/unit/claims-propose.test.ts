import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { createScanner } from '../../src/core/corpus/scanner';
import { proposeClaim } from '../../src/core/claims/propose-claim';
import { buildLedger } from '../../src/core/claims/ledger';
import { findContradictions } from '../../src/core/claims/contradictions';
import { itineraryOf } from '../../src/core/claims/itinerary';
import { claimInWords } from '../../src/core/claims/describe-claim';
import type { Entity } from '../../src/core/model';

const DIR = 'samples/moscow-trials';
const essay = readFileSync(`${DIR}/trotsky-1936-moscow-confessions.txt`, 'utf8');
const sidecarFile = `${DIR}/trotsky-1936-moscow-confessions.txt.annotations.yaml`;
const raw = readFileSync(sidecarFile, 'utf8');
const { entities } = parseRegistry(readFileSync(`${DIR}/entities.yaml`, 'utf8'), `${DIR}/entities.yaml`);
const sidecar = parseSidecar(raw, sidecarFile).sidecar!;

describe('claims: Record as Claim proposals', function () {
  this.timeout(10000);
  const mentions = createScanner(entities, {})(essay);
  const passage = (words: string) => {
    const at = essay.indexOf(words);
    assert.ok(at >= 0, words);
    return [at, at + words.length] as const;
  };

  it('proposes by/who/where/when for the Goltzman confession', () => {
    const [start, end] = passage(
      'My son, Leon Sedov, is said to have been the intermediary and organiser of the meeting. His meeting with Goltzman is alleged to have taken place at the Hotel Bristol.',
    );
    const p = proposeClaim(essay, start, end, mentions, sidecar.annotations);
    assert.deepStrictEqual(p.fields, { by: 'goltzman', who: ['goltzman', 'sedov-leon'], where: 'hotel-bristol', when: '1932' });
    assert.ok(p.candidates.where.includes('copenhagen'), 'the place of the next paragraph is offered');
    assert.deepStrictEqual(p.candidates.when.slice(0, 2), ['1932', '1917'], 'nearest first');
  });

  it("takes a quotation's speaker as by, and a date in the sentence before one further away", () => {
    const text =
      'In Moscow on 19 August 1936 Goltzman testified: “I met Sedov at the Hotel Bristol.”\n\nLater, in 1937, others spoke.';
    const registry: Entity[] = [
      { id: 'goltzman', type: 'person', name: 'Goltzman', aliases: ['Goltzman'] },
      { id: 'sedov', type: 'person', name: 'Sedov', aliases: ['Sedov'] },
      { id: 'moscow', type: 'place', name: 'Moscow', aliases: ['Moscow'] },
      { id: 'bristol', type: 'place', name: 'Hotel Bristol', aliases: ['Hotel Bristol'] },
    ];
    const found = createScanner(registry, {})(text);
    const start = text.indexOf('“');
    const p = proposeClaim(text, start, text.indexOf('”') + 1, found);
    assert.strictEqual(p.fields.by, 'goltzman');
    assert.deepStrictEqual(p.fields.who, ['goltzman', 'sedov']);
    assert.strictEqual(p.fields.where, 'bristol', 'the place inside the quotation is nearest');
    assert.strictEqual(p.fields.when, '1936-08-19');
  });

  it('proposes an Old Style date by its New Style (Gregorian) value', () => {
    const text = 'Lenin spoke in Petrograd on 25 October (7 November) 1917.';
    const registry: Entity[] = [
      { id: 'lenin', type: 'person', name: 'Lenin', aliases: ['Lenin'] },
      { id: 'petrograd', type: 'place', name: 'Petrograd', aliases: ['Petrograd'] },
    ];
    const p = proposeClaim(text, 0, text.length, createScanner(registry, {})(text));
    assert.deepStrictEqual(p.fields, { who: ['lenin'], where: 'petrograd', when: '1917-11-07' });
  });

  it('proposes nothing it did not find', () => {
    const text = 'Nothing happened here.';
    assert.deepStrictEqual(proposeClaim(text, 0, text.length, []).fields, {});
  });
});

describe('claims: itinerary and words', () => {
  const lookup = (id: string) => entities.find((e) => e.id === id);
  const ledger = buildLedger([{ file: sidecarFile, raw, annotations: sidecar.annotations, lines: sidecar.lines }], lookup);
  const contradictions = findContradictions(ledger);

  it('lists where the sample puts Leon Sedov, in date order, with the contradiction marked', () => {
    const stops = itineraryOf('sedov-leon', ledger, contradictions);
    assert.deepStrictEqual(stops.map((s) => [s.entry.type, s.entry.where]).sort(), [
      ['claim', 'hotel-bristol'],
      ['evidence', 'berlin'],
    ]);
    for (const s of stops)
      assert.ok(
        s.contradictions.some((c) => c.code === 'contradiction/two-places'),
        s.entry.id,
      );
  });

  it('orders by date, undated last, and leaves out contradictions about someone else', () => {
    const trotsky = itineraryOf('trotsky', ledger, contradictions);
    assert.ok(trotsky.length >= 3);
    assert.ok(
      trotsky.every((s) => s.contradictions.length === 0),
      'Trotsky was in Copenhagen: nothing contradicts it',
    );
    const mins = trotsky.map((s) => s.entry.span?.min ?? Infinity);
    assert.deepStrictEqual(
      mins,
      [...mins].sort((a, b) => a - b),
    );
  });

  it('says a claim in words', () => {
    const claim = ledger.entries.find((e) => e.where === 'hotel-bristol' && e.type === 'claim')!;
    assert.strictEqual(
      claimInWords(claim, ledger),
      'Eduard Goltzman and Leon Sedov at Hotel Bristol, Copenhagen, November 1932: met Leon Sedov, who took him to Trotsky',
    );
  });
});
