/**
 * How often re-anchoring attaches an annotation to the wrong passage, and how
 * often it loses one that was only corrected. Generates formulaic trial
 * records (seeded: the same texts every run): names, places and dates from
 * lists poured into a few repeated formulae, as in the verbatim reports of the
 * Moscow trials. Annotates sentences, then
 * - false re-attachments (should be 0): delete the annotated sentence, replace
 *   a name or a date in it, or look for it in an unrelated record written with
 *   the same formulae and names; anything but an orphan is wrong;
 * - lost re-attachments (should be 0): insert initials before a name, fix a
 *   typo, change punctuation, add a word; anything but the corrected sentence
 *   is lost (an orphan) or wrong (another place).
 * Run alone: `npm run build && node out/bench/scenarios/anchor-accuracy.js`
 * (or `npm run bench -- anchor-accuracy`, which first builds the big corpus).
 */
import { makeTarget } from '../../src/core/anchor/make-target';
import { reanchor } from '../../src/core/anchor/reanchor';
import type { Target } from '../../src/core/model';
import type { Row } from '../measure';

const NAMES = [
  'Zinoviev',
  'Kamenev',
  'Smirnov',
  'Mrachkovsky',
  'Ter-Vaganian',
  'Evdokimov',
  'Bakayev',
  'Reingold',
  'Pickel',
  'Goltzman',
  'Olberg',
  'Berman-Yurin',
  'Lurye',
  'Radek',
  'Pyatakov',
  'Sokolnikov',
  'Serebryakov',
  'Muralov',
  'Bukharin',
  'Rykov',
  'Yagoda',
  'Krestinsky',
  'Rakovsky',
  'Kirov',
  'Trotsky',
  'Sedov',
  'Dreitzer',
  'Holtzman',
];
const PLACES = [
  'Moscow',
  'Leningrad',
  'Copenhagen',
  'Berlin',
  'Kiev',
  'Novosibirsk',
  'Tiflis',
  'Kharkov',
  'Oslo',
  'Paris',
  'Kemerovo',
  'Gorky',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FORMULAE = [
  'The accused {A} admitted that he had organised the murder of {B}.',
  'The accused {A} testified that he had met {B} in {P} on {D}.',
  'Asked by the Procurator, {A} confirmed that he had received instructions from {B} in {P}.',
  'The witness {A} stated that on {D} he had been in {P} together with {B}.',
  '{A} denied that he had ever met {B} in {P}, but admitted a meeting on {D}.',
  'The court established that {A} travelled to {P} on {D} in order to meet {B}.',
  'The accused {A} declared that all his previous statements about {B} were lies.',
  'In reply to the question of the President, {A} said that {B} had known of the centre since {D}.',
];
/** Lower-case words a correction may add (an adverb the stenographer missed). */
const ADDED = ['also', 'then', 'secretly', 'indeed', 'personally', 'again'];

/** A small seeded generator (mulberry32): the same records every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const date = (r: Rand) => `${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} ${1926 + Math.floor(r() * 12)}`;

function sentence(r: Rand): string {
  const a = pick(r, NAMES);
  let b = pick(r, NAMES);
  while (b === a) b = pick(r, NAMES);
  return pick(r, FORMULAE).replace('{A}', a).replace('{B}', b).replace('{P}', pick(r, PLACES)).replace('{D}', date(r));
}

/** A record: paragraphs of four to seven formulaic sentences. */
function record(r: Rand, sentences: number): string {
  const paragraphs: string[] = [];
  for (let n = 0; n < sentences;) {
    const size = 4 + Math.floor(r() * 4);
    paragraphs.push(Array.from({ length: size }, () => sentence(r)).join(' '));
    n += size;
  }
  return `${paragraphs.join('\n\n')}\n`;
}

/** The sentences of a text with their offsets. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\s][^.]*\./g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

interface Case {
  kind: string;
  text: string;
  expect?: { start: number; end: number };
}

/** Edits of one annotated sentence [s, e): the corrections (expect the new range) and the replacements (expect an orphan). */
function edits(r: Rand, text: string, s: number, e: number): Case[] {
  const words = text.slice(s, e);
  const at = (from: number, to: number, insert: string, kind: string, keeps: boolean): Case => {
    const out = text.slice(0, s + from) + insert + text.slice(s + to);
    return { kind, text: out, expect: keeps ? { start: s, end: e + insert.length - (to - from) } : undefined };
  };
  const cases: Case[] = [{ kind: 'delete the sentence', text: text.slice(0, s) + text.slice(e).replace(/^ /, '') }];
  const names = [...words.matchAll(/\p{Lu}[\p{L}-]+/gu)].filter((m) => NAMES.includes(m[0]));
  const name = names.length ? pick(r, names) : undefined;
  if (name) {
    let other = pick(r, NAMES);
    while (other === name[0]) other = pick(r, NAMES);
    cases.push(at(name.index!, name.index! + name[0].length, other, 'replace a name', false));
    const initials = `${pick(r, ['A', 'G', 'I', 'L', 'N', 'S'])}. ${pick(r, ['E', 'M', 'N', 'V', 'Y'])}. `;
    cases.push(at(name.index!, name.index!, initials, 'insert initials', true));
  }
  const year = /\b(19\d\d)\b/.exec(words);
  if (year) cases.push(at(year.index, year.index + 4, String(Number(year[1]) + 1 + Math.floor(r() * 3)), 'change a date', false));
  const lower = [...words.matchAll(/\b\p{Ll}{5,}\b/gu)];
  if (lower.length) {
    const w = pick(r, lower);
    const i = 1 + Math.floor(r() * (w[0].length - 2));
    const typo = pick(r, [
      w[0].slice(0, i) + w[0].slice(i + 1),
      w[0].slice(0, i) + w[0][i] + w[0].slice(i),
      w[0].slice(0, i) + w[0][i + 1] + w[0][i] + w[0].slice(i + 2),
    ]);
    cases.push(at(w.index!, w.index! + w[0].length, typo, 'fix a typo', true));
  }
  const comma = words.indexOf(', ');
  if (comma > 0) cases.push(at(comma, comma + 1, ' —', 'change punctuation', true));
  else cases.push(at(words.length - 1, words.length, ';', 'change punctuation', true));
  const spaces = [...words.matchAll(/ (?=\p{Ll})/gu)];
  if (spaces.length) {
    const space = pick(r, spaces).index!;
    cases.push(at(space, space, ` ${pick(r, ADDED)}`, 'add a word', true));
  }
  return cases;
}

export interface Accuracy {
  kind: string;
  total: number;
  wrong: number;
  lost: number;
}

/** Runs the generated cases; `records` texts of `sentences` sentences, `annotated` annotations in each. */
export function measureAccuracy(
  records = Number(process.env.ANCHOR_BENCH_RECORDS ?? 100),
  sentences = 60,
  annotated = 20,
  seed = 1936,
): Accuracy[] {
  const r = random(seed);
  const tally = new Map<string, Accuracy>();
  const count = (kind: string, wrong: boolean, lost: boolean) => {
    const t = tally.get(kind) ?? { kind, total: 0, wrong: 0, lost: 0 };
    t.total++;
    if (wrong) t.wrong++;
    if (lost) t.lost++;
    tally.set(kind, t);
  };
  for (let n = 0; n < records; n++) {
    const text = record(r, sentences);
    const unrelated = record(r, sentences);
    const all = sentencesOf(text);
    const unique = all.filter((x) => text.indexOf(text.slice(x.start, x.end)) === text.lastIndexOf(text.slice(x.start, x.end)));
    const chosen = unique.filter(() => r() < annotated / unique.length).slice(0, annotated);
    for (const { start, end } of chosen) {
      const target: Target = makeTarget(text, start, end);
      const elsewhere = reanchor(unrelated, target);
      // The very same sentence in the other record (same formula, names and date) is found by its exact words: counted apart.
      if (elsewhere.status === 'moved') count('unrelated record: identical sentence', false, false);
      else count('unrelated record, same formulae', elsewhere.status !== 'orphan', false);
      if (process.env.ANCHOR_BENCH_DEBUG && elsewhere.status !== 'orphan')
        process.stdout.write(
          `WRONG ${elsewhere.status}: ${JSON.stringify(target.exact)} -> ${JSON.stringify(unrelated.slice(elsewhere.start, elsewhere.end))}\n`,
        );
      for (const c of edits(r, text, start, end)) {
        const found = reanchor(c.text, target);
        if (!c.expect) {
          if (process.env.ANCHOR_BENCH_DEBUG && found.status !== 'orphan')
            process.stdout.write(
              `WRONG ${c.kind}: ${JSON.stringify(text.slice(start, end))} -> ${JSON.stringify(c.text.slice(found.start, found.end))}\n`,
            );
          count(c.kind, found.status !== 'orphan', false);
          continue;
        }
        if (found.status === 'orphan') {
          if (process.env.ANCHOR_BENCH_DEBUG)
            process.stdout.write(
              `LOST ${c.kind}: ${JSON.stringify(text.slice(start, end))} -> ${JSON.stringify(c.text.slice(c.expect.start, c.expect.end))}\n`,
            );
          count(c.kind, false, true);
          continue;
        }
        // The corrected sentence, give or take its edges (a fuzzy match may stop a character short).
        const overlap = Math.min(found.end, c.expect.end) - Math.max(found.start, c.expect.start);
        count(c.kind, overlap < 0.9 * Math.max(found.end - found.start, c.expect.end - c.expect.start), false);
      }
    }
  }
  return [...tally.values()];
}

/** The rows for bench/run.ts: the two rates, with every kind of edit in the note. */
export function anchorAccuracy(): Row[] {
  const results = measureAccuracy();
  const identical = results.filter((a) => a.kind === 'unrelated record: identical sentence');
  const falseCases = results.filter(
    (a) =>
      !identical.includes(a) &&
      (a.kind === 'delete the sentence' ||
        a.kind.startsWith('replace') ||
        a.kind.startsWith('change a date') ||
        a.kind.startsWith('unrelated')),
  );
  const corrections = results.filter((a) => !falseCases.includes(a) && !identical.includes(a));
  const sum = (xs: Accuracy[], f: (a: Accuracy) => number) => xs.reduce((n, a) => n + f(a), 0);
  const note = (xs: Accuracy[], f: (a: Accuracy) => number) => xs.map((a) => `${a.kind} ${f(a)}/${a.total}`).join('; ');
  const wrongInCorrections = sum(corrections, (a) => a.wrong);
  return [
    {
      scenario: 'anchor-accuracy',
      measure: 'false re-attachments (deleted, renamed, redated, unrelated)',
      unit: 'count',
      value: sum(falseCases, (a) => a.wrong),
      target: 0,
      met: sum(falseCases, (a) => a.wrong) === 0,
      note: `of ${sum(falseCases, (a) => a.total)}: ${note(falseCases, (a) => a.wrong)}; identical sentence found in the unrelated record ${sum(identical, (a) => a.total)}`,
    },
    {
      scenario: 'anchor-accuracy',
      measure: 'lost re-attachments (small corrections)',
      unit: 'count',
      value: sum(corrections, (a) => a.lost),
      target: 0,
      met: sum(corrections, (a) => a.lost) === 0,
      note: `of ${sum(corrections, (a) => a.total)}: ${note(corrections, (a) => a.lost)}; attached elsewhere ${wrongInCorrections}`,
    },
  ];
}

if (require.main === module) {
  const t = Date.now();
  for (const a of measureAccuracy()) {
    const rate = (x: number) => `${x}/${a.total} (${((100 * x) / a.total).toFixed(2)} %)`;
    process.stdout.write(`${a.kind.padEnd(34)} wrong place ${rate(a.wrong).padEnd(20)} lost ${rate(a.lost)}\n`);
  }
  for (const row of anchorAccuracy()) process.stdout.write(`${row.measure}: ${row.value} — ${row.note}\n`);
  process.stdout.write(`(${((Date.now() - t) / 1000).toFixed(1)} s, both passes)\n`);
}
