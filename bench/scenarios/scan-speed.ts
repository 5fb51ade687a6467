/**
 * Scan speed (recognize: names, candidates, dates, quotes) against the shape
 * of the input: a 1k- vs a 39k-name registry, and a 5 MB text as paragraphs,
 * as one single line, and in Cyrillic letters (same words, own registry).
 */
import { readFileSync } from 'node:fs';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { NameMatcher, recognize } from '../../src/core/recognize/index';
import type { Entity } from '../../src/core/model';
import { corpus } from '../build-corpus';
import { Row, row, timeRuns } from '../measure';

function scanRuns(text: string, entities: Entity[], runs = 3): number[] {
  const names = new NameMatcher(entities);
  return timeRuns(runs, () => {
    recognize(text, names);
  });
}

function ratio(scenario: string, measure: string, a: Row, b: Row, target: number): Row {
  const value = a.value / b.value;
  return { scenario, measure, value, unit: '×', target, met: value <= target };
}

export function registrySize(entities: Entity[]): Row[] {
  const small = parseRegistry(readFileSync(corpus.registry1k, 'utf8'), corpus.registry1k).entities;
  const text = readFileSync(corpus.oneMb, 'utf8');
  const S = 'registry of 1k vs 39k names';
  const a = row(S, `recognize a 1 MB text, ${small.length} names`, scanRuns(text, small, 5), 'ms');
  const b = row(S, `recognize a 1 MB text, ${entities.length} names`, scanRuns(text, entities, 5), 'ms');
  return [a, b, ratio(S, 'ratio 39k / 1k', b, a, 1.5)];
}

export function textShape(entities: Entity[]): Row[] {
  const cyrillicNames = parseRegistry(readFileSync(corpus.registryCyrillic, 'utf8'), corpus.registryCyrillic).entities;
  const S = '5 MB single-line; Cyrillic';
  const normal = row(
    S,
    'recognize 5 MB text in paragraphs (normal)',
    scanRuns(readFileSync(corpus.normal5mb, 'utf8'), entities),
    'ms',
  );
  const single = row(
    S,
    'recognize the same as one single line',
    scanRuns(readFileSync(corpus.singleLine5mb, 'utf8'), entities),
    'ms',
  );
  const cyr = row(
    S,
    'recognize the same in Cyrillic letters (9.7 MB UTF-8)',
    scanRuns(readFileSync(corpus.cyrillic5mb, 'utf8'), cyrillicNames),
    'ms',
  );
  return [
    normal,
    single,
    cyr,
    ratio(S, 'ratio single-line / normal', single, normal, 2),
    ratio(S, 'ratio Cyrillic / normal', cyr, normal, 2),
  ];
}
