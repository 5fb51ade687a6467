/**
 * Candidate names: capitalised sequences that are probably names of people,
 * places or bodies but are not in the registry. Precision first, so only
 * name shapes are taken, never a lone capitalised word:
 * - a title and a name ("Dr. Ciliga", "King Alexander", "Comrade Ivanov");
 * - initials and a surname ("D. N. Pritt");
 * - two or more capitalised words none of which is an ordinary word, i.e.
 *   a function word, month, weekday, or a word the same text also uses in
 *   lower case ("Nervous Collapse" is a heading, "Jules Romains" a name).
 * Registry mentions (`known`) split sequences and are never candidates.
 * Only tokens that start with a capital are looked at closely, and the
 * lower-case uses are looked up for just the words in question, so the
 * cost follows the capitalised words rather than the length of the text.
 */
import type { Mention } from '../model';
import {
  TOKEN_LOWER,
  TOKEN_UPPER,
  TOKEN_WORD,
  foldUnit,
  isLowerAt,
  isUpperAt,
  spanHash,
  tokenize,
  type Tokens,
} from '../text/tokens';
import { NOT_NAMES, PARTICLES, TITLES } from './candidate-words';
import { WordTable } from './word-table';

/** Shortest line that is taken for wrapped prose rather than a heading or label. */
const MIN_WRAPPED_LINE = 50;

/**
 * The kinds of name part; partAt() packs one with the next token index as (next << 2) | kind, so that no object is made per
 * token.
 */
const TITLE = 0;
const INITIAL = 1;
const WORD = 2;
const PARTICLE = 3;
type Part = typeof TITLE | typeof INITIAL | typeof WORD | typeof PARTICLE;

const tableOf = (words: Set<string>): WordTable<true> => {
  const table = new WordTable<true>();
  for (const w of words) table.set(w, true);
  return table;
};
const NOT_NAME_TABLE = tableOf(NOT_NAMES);
const TITLE_TABLE = tableOf(TITLES);
const PARTICLE_TABLE = tableOf(PARTICLES);

interface Run {
  from: number;
  parts: Part[];
  last: number;
}
const scratch: Part[] = [];

/** Candidate names in a text, outside the `known` registry mentions; `tokens` if already tokenized. */
export function findCandidates(text: string, known: Mention[] = [], tokens?: Tokens): Mention[] {
  const t = tokens ?? tokenize(text);
  const blocked = known.slice().sort((a, b) => a.start - b.start);
  let b = 0;
  const runs: Run[] = [];
  let i = 0;
  while (i < t.count) {
    // Every part but a particle starts with a capital, and a particle never starts a run.
    if (!(t.flags[i] & TOKEN_UPPER)) {
      i++;
      continue;
    }
    while (b < blocked.length && blocked[b].end <= t.start[i]) b++;
    let n = 0;
    let j = i;
    let last = -1;
    while (j < t.count) {
      if (b < blocked.length && t.end[j] > blocked[b].start) break;
      if (n && !joinable(text, t.end[last], t.start[j], t.start[i])) break;
      const part = partAt(text, t, j, n === 0);
      if (part < 0) break;
      scratch[n++] = (part & 3) as Part;
      last = (part >> 2) - 1;
      j = part >> 2;
    }
    // A lone word is never a candidate (accept() wants two words, or a title or initial before one): most runs end here.
    if (n > 1) {
      const parts = scratch.slice(0, n);
      if (parts.includes(WORD)) runs.push({ from: i, parts, last });
    }
    i = Math.max(j, i + 1);
  }
  const lower = lowerCaseUses(text, t, runs);
  const out: Mention[] = [];
  for (const run of runs) {
    const take = accept(text, t, run.from, run.parts, lower);
    if (!take) continue;
    const start = t.start[take.from];
    const end = t.end[run.last];
    out.push({ kind: 'candidate', start, end, text: text.slice(start, end) });
  }
  return out;
}

/**
 * The word tokens of the runs whose lower-case form the text also uses, starting in lower case (so their capitalised
 * form is an ordinary word at a sentence start): one pass over the lower-case words, probing a table of just these.
 */
function lowerCaseUses(text: string, t: Tokens, runs: Run[]): Set<number> {
  const asked = new WordTable<number[]>(true);
  // Per lower-cased first and last unit (hashed to the filter size): a bit per length (31 = longer), so that most words
  // are passed over without hashing them.
  const filter = new Uint32Array(FILTER_SIZE);
  for (const run of runs) {
    let x = run.from;
    for (const p of run.parts) {
      const s = t.start[x];
      const e = t.end[x];
      // A function word or month is ordinary whatever the text does: no need to look for it.
      if (p === WORD && NOT_NAME_TABLE.getSpan(text, s, e, spanHash(text, s, e)) === undefined) {
        asked.set(text.slice(s, e), []).push(x);
        filter[filterSlot(foldUnit(text.charCodeAt(s)), foldUnit(text.charCodeAt(e - 1)))] |= lengthBit(e - s);
      }
      x = skip(text, t, x, p);
    }
  }
  const found = new Set<number>();
  if (!asked.size) return found;
  const seen = new Set<number[]>();
  for (let k = 0; k < t.count; k++) {
    if (!(t.flags[k] & TOKEN_LOWER)) continue;
    const s = t.start[k];
    const e = t.end[k];
    if (!(filter[filterSlot(text.charCodeAt(s), foldUnit(text.charCodeAt(e - 1)))] & lengthBit(e - s))) continue;
    const hit = asked.getSpan(text, s, e, spanHash(text, s, e, true));
    if (!hit || seen.has(hit)) continue;
    seen.add(hit);
    for (const x of hit) found.add(x);
  }
  return found;
}

const filterSlot = (first: number, last: number): number => (first * 31 + last) & (FILTER_SIZE - 1);

/** Names may wrap a line of prose, not a paragraph nor a short line (a heading or a label such as "Translated: The Red Flag"). */
function joinable(text: string, from: number, to: number, first: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  if (to === from) return false;
  const gap = text.slice(from, to);
  if (gap.length === 0 || !/^[ \t\u00a0]*(?:\r?\n|\r)?[ \t\u00a0]*$/.test(gap)) return false;
  if (!/[\r\n]/.test(gap)) return true;
  const lineStart = Math.max(text.lastIndexOf('\n', first), text.lastIndexOf('\r', first)) + 1;
  return from - lineStart >= MIN_WRAPPED_LINE;
}

/**
 * The name part at token j (a word with its hyphen/apostrophe continuations, or an abbreviation with its full stop), packed as
 * (next << 2) | kind; -1 for none.
 */
function partAt(text: string, t: Tokens, j: number, first: boolean): number {
  if (!(t.flags[j] & TOKEN_WORD)) return -1;
  const s = t.start[j];
  const len = t.end[j] - s;
  const dot = j + 1 < t.count && t.start[j + 1] === t.end[j] && text.charCodeAt(t.start[j + 1]) === 46;
  if (
    t.flags[j] & TOKEN_UPPER &&
    TITLE_TABLE.getSpan(text, s, t.end[j], spanHash(text, s, t.end[j])) &&
    !(len === 1 && text.charCodeAt(s) === 77 && !dot)
  ) {
    return ((dot ? j + 2 : j + 1) << 2) | TITLE;
  }
  if (len === 1 && dot && isUpperAt(text, s)) return ((j + 2) << 2) | INITIAL;
  if (!first && t.flags[j] & TOKEN_LOWER && PARTICLE_TABLE.getSpan(text, s, t.end[j], spanHash(text, s, t.end[j])))
    return ((j + 1) << 2) | PARTICLE;
  if (!(t.flags[j] & TOKEN_UPPER) || len < 2 || !isLowerAt(text, s + 1)) return -1;
  return (wordEnd(text, t, j) << 2) | WORD;
}

function accept(text: string, t: Tokens, i: number, parts: Part[], lower: Set<number>): { from: number } | null {
  // Drop leading ordinary words ("The Moscow", "But Trotsky") and trailing particles.
  let k = 0;
  let tok = i;
  while (k < parts.length && parts[k] === WORD && ordinary(text, t, tok, lower)) {
    tok = skip(text, t, tok, parts[k]);
    k++;
  }
  const rest = parts.slice(k);
  const words = rest.filter((p) => p === WORD).length;
  if (!words || rest[rest.length - 1] !== WORD) return null;
  if (rest[0] === TITLE) return { from: tok };
  if (rest[0] === INITIAL) return { from: tok };
  // A given name, middle initials and a surname: "James K. Polk", "Harry S. Truman".
  const middle = rest.length >= 3 && rest[0] === WORD && rest.slice(1, -1).every((p) => p === INITIAL) && rest.at(-1) === WORD;
  if (middle) return ordinary(text, t, tok, lower) ? null : { from: tok };
  if (words < 2 || rest.includes(TITLE) || rest.includes(INITIAL)) return null;
  let x = tok;
  for (const p of rest) {
    if (p === WORD && ordinary(text, t, x, lower)) return null;
    x = skip(text, t, x, p);
  }
  return { from: tok };
}

function skip(text: string, t: Tokens, j: number, p: Part): number {
  if (p === INITIAL) return j + 2;
  if (p === TITLE)
    return j + 1 < t.count && t.start[j + 1] === t.end[j] && text.charCodeAt(t.start[j + 1]) === 46 ? j + 2 : j + 1;
  if (p === PARTICLE) return j + 1;
  return wordEnd(text, t, j);
}

/** Berman-Yurin, O'Brien: a hyphen or apostrophe joined on both sides to capitalised words continues the word. */
function wordEnd(text: string, t: Tokens, j: number): number {
  let next = j + 1;
  while (
    next + 1 < t.count &&
    t.start[next] === t.end[next - 1] &&
    joiner(text.charCodeAt(t.start[next])) &&
    t.flags[next + 1] & TOKEN_WORD &&
    t.start[next + 1] === t.end[next] &&
    isUpperAt(text, t.start[next + 1])
  )
    next += 2;
  return next;
}

const FILTER_SIZE = 1024;
const lengthBit = (n: number): number => (n < 31 ? 1 << n : 1 << 31) >>> 0;
const joiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011 || c === 45;

function ordinary(text: string, t: Tokens, j: number, lower: Set<number>): boolean {
  return NOT_NAME_TABLE.getSpan(text, t.start[j], t.end[j], spanHash(text, t.start[j], t.end[j])) !== undefined || lower.has(j);
}
