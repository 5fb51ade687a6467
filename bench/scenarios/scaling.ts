/**
 * Every core algorithm grows linearly (or n log n) with its input: each is
 * timed at n and at 4n in the same run, and the ratio is printed with its
 * target, at most 6 (linear is 4, quadratic 16; CPU time, so that the load of
 * a shared machine cancels out). Recognizers run on real prose (the corpus's
 * speeches, 39k-name registry) of 256 KB and 1 MB; sidecar operations on one
 * text with 500 and 2,000 annotations. `check` has its own rows
 * (check-scaling.ts), dates on odd shapes too (date-scaling.ts).
 * Alone: `npm run build && node out/bench/scenarios/scaling.js`.
 */
import { readFileSync } from 'node:fs';
import { reanchor } from '../../src/core/anchor/reanchor';
import { makeTarget } from '../../src/core/anchor/make-target';
import { mergeList } from '../../src/core/merge/merge-list';
import type { Entity, Mention } from '../../src/core/model';
import { findMoreCandidates } from '../../src/core/recognize/discovery';
import { NameMatcher, findCandidates, findDates, findQuotes, recognize } from '../../src/core/recognize/index';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { addAnnotation, updateAnnotation } from '../../src/core/sidecar/edit-sidecar';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { paragraphLanguages } from '../../src/core/text/language';
import { tokenize } from '../../src/core/text/tokens';
import { corpus } from '../build-corpus';
import { Row, median, timeRuns, type Timed } from '../measure';

const SCENARIO = 'scaling: time at 4n / time at n';
/** Linear work is 4 times as long at 4n, quadratic 16: 6 leaves room for noise and n log n. */
const TARGET = 6;
const cpu = (t: Timed): number => median(t.cpu?.length ? t.cpu : t);

/** One row: `fn` on the input for n and for 4n, the ratio of their median CPU times. */
function scaling(measure: string, sizes: [string, string], small: () => void, large: () => void, runs = 3): Row {
  const a = timeRuns(runs, small);
  const b = timeRuns(runs, large);
  const ratio = cpu(b) / Math.max(0.001, cpu(a));
  return {
    scenario: SCENARIO,
    measure,
    value: ratio,
    unit: '×',
    target: TARGET,
    met: ratio <= TARGET,
    note: `${cpu(a).toFixed(1)} ms CPU at ${sizes[0]}, ${cpu(b).toFixed(1)} ms at ${sizes[1]}`,
  };
}

/**
 * Real prose of about `size` characters: paragraphs picked evenly from all the speeches (1790 to 2021), so that n and
 * 4n read the same mix of eras (a prefix would compare 18th-century prose with modern prose, which quotes more).
 */
function prose(size: number): string {
  const paragraphs = readFileSync(corpus.normal5mb, 'utf8').split('\n\n');
  const share = Math.min(1, size / paragraphs.reduce((n, p) => n + p.length + 2, 0));
  return paragraphs.filter((_, i) => Math.floor((i + 1) * share) > Math.floor(i * share)).join('\n\n');
}

/**
 * A register after its heading paragraph: `n` one-line entries, a paragraph each, too short for their language to be
 * told (they take the heading's). The shape that made paragraph languages quadratic until 2026-12-02.
 */
function register(n: number): string {
  const entries = Array.from({ length: n }, (_, i) => `${i + 1}. Adams, letter, ${(i % 28) + 1} March ${1790 + (i % 200)}.`);
  return [
    'The letters of the register below were received by the Secretary of State and are kept in his office.',
    ...entries,
  ].join('\n\n');
}

function recognizerRows(entities: Entity[]): Row[] {
  const names = new NameMatcher(entities);
  const [small, large] = [prose(256 * 1024), prose(1024 * 1024)];
  const sizes: [string, string] = ['256 KB', '1 MB'];
  const each = (measure: string, fn: (text: string) => unknown): Row =>
    scaling(
      measure,
      sizes,
      () => fn(small),
      () => fn(large),
    );
  const known = (text: string): Mention[] => names.match(text);
  const found = new Map([small, large].map((t) => [t, known(t)]));
  return [
    each('tokenize (shared by the recognizers)', (t) => tokenize(t)),
    each('language of each paragraph', (t) => paragraphLanguages(t)),
    each('registry names, 39k-name registry (NameMatcher.match)', (t) => names.match(t)),
    each('dates (findDates)', (t) => findDates(t)),
    each('quotations (findQuotes)', (t) => findQuotes(t, found.get(t) ?? [])),
    each('candidate names (findCandidates)', (t) => findCandidates(t, found.get(t) ?? [])),
    each('discovery: single words, places (findMoreCandidates)', (t) => findMoreCandidates(t, found.get(t) ?? [])),
    each('all recognizers (recognize)', (t) => recognize(t, names)),
    registerRow(names),
  ];
}

/** Paragraph languages and all recognizers over a register of 5,000 and 20,000 one-line entries (register above). */
function registerRow(names: NameMatcher): Row {
  const [small, large] = [register(5000), register(20000)];
  return scaling(
    'all recognizers on a register: one-line entries, a paragraph each',
    ['5,000 entries', '20,000 entries'],
    () => recognize(small, names),
    () => recognize(large, names),
  );
}

/** A text of n passages and its sidecar annotating each one, written as a person's sidecar is (block style, full targets). */
function annotated(n: number): { text: string; sidecar: string; ids: string[] } {
  const lines: string[] = [];
  for (let i = 0; i < n; i++)
    lines.push(`Passage ${i} of the record: the witness ${i % 7 ? 'said' : 'confessed'} it was read aloud on day ${i % 31}.\n`);
  const text = lines.join('');
  const items: string[] = [];
  const ids: string[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const start = at + lines[i].indexOf('the witness');
    const t = makeTarget(text, start, start + 'the witness said'.length);
    const id = `p${String(i).padStart(6, '0')}`;
    ids.push(id);
    items.push(
      `  - id: ${id}\n    kind: note\n    target:\n      exact: ${JSON.stringify(t.exact)}\n      prefix: ${JSON.stringify(t.prefix)}\n` +
        `      suffix: ${JSON.stringify(t.suffix)}\n      start: ${t.start}\n      end: ${t.end}\n    note: Passage ${i}.\n`,
    );
    at += lines[i].length;
  }
  return { text, sidecar: `version: 1\ntext: record.txt\nannotations:\n${items.join('')}`, ids };
}

function sidecarRows(n = 500): Row[] {
  const [a, b] = [annotated(n), annotated(4 * n)];
  const sizes: [string, string] = [`${n.toLocaleString('en')} annotations`, `${(4 * n).toLocaleString('en')}`];
  const each = (measure: string, fn: (s: typeof a) => unknown): Row =>
    scaling(
      measure,
      sizes,
      () => fn(a),
      () => fn(b),
    );
  const inserted = 'A paragraph inserted at the start, so that every annotation moves.\n\n';
  const targets = new Map([a, b].map((s) => [s, parseSidecar(s.sidecar, 'x').sidecar?.annotations.map((x) => x.target) ?? []]));
  const edited = new Map([a, b].map((s) => [s, inserted + s.text]));
  const newOne = (s: typeof a) => {
    const at = s.text.indexOf('read aloud', s.text.length >> 1);
    return { id: 'zz0001', kind: 'note', target: makeTarget(s.text, at, at + 10) };
  };
  // Two sides of a merge: one adds an annotation, the other edits one note.
  const sides = new Map(
    [a, b].map((s) => [
      s,
      {
        ours: addAnnotation(s.sidecar, 'record.txt', newOne(s)),
        theirs: updateAnnotation(s.sidecar, s.ids[s.ids.length >> 1], { note: 'Edited on the other side.' }),
      },
    ]),
  );
  return [
    each('sidecar: parse + validate (parseSidecar)', (s) => parseSidecar(s.sidecar, 'x')),
    each('sidecar: add one annotation (addAnnotation)', (s) => addAnnotation(s.sidecar, 'record.txt', newOne(s))),
    each('sidecar: edit one note (updateAnnotation)', (s) =>
      updateAnnotation(s.sidecar, s.ids[s.ids.length >> 1], { note: 'Edited.' }),
    ),
    each('sidecar: re-anchor every annotation after an insertion (reanchor)', (s) => {
      const text = edited.get(s) as string;
      for (const t of targets.get(s) ?? []) reanchor(text, t);
    }),
    each('sidecar: three-way merge, one added, one edited (mergeList)', (s) => {
      const { ours, theirs } = sides.get(s) as { ours: string; theirs: string };
      mergeList(s.sidecar, ours, theirs, 'annotations');
    }),
  ];
}

/** The scaling rows: each recognizer and each sidecar operation at n and 4n. */
export function scalingRows(entities: Entity[]): Row[] {
  return [...recognizerRows(entities), ...sidecarRows()];
}

if (require.main === module) {
  const entities = parseRegistry(readFileSync(corpus.registry, 'utf8'), corpus.registry).entities;
  for (const r of scalingRows(entities)) {
    process.stdout.write(
      `${r.measure.padEnd(70)} ${r.value.toFixed(2).padStart(6)} ×  ${r.met ? 'met    ' : 'NOT MET'}  ${r.note}\n`,
    );
  }
}
