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
 */
import type { Mention } from '../model';
import { tokenize, type Tokens } from '../text/tokens';
import { NOT_NAMES, PARTICLES, TITLES } from './candidate-words';

/** Shortest line that is taken for wrapped prose rather than a heading or label. */
const MIN_WRAPPED_LINE = 50;

type Part = 'title' | 'initial' | 'word' | 'particle';

/** Candidate names in a text, outside the `known` registry mentions. */
export function findCandidates(text: string, known: Mention[] = []): Mention[] {
  const t = tokenize(text);
  const lower = lowerCaseWords(text, t);
  const blocked = known.slice().sort((a, b) => a.start - b.start);
  let b = 0;
  const out: Mention[] = [];
  let i = 0;
  while (i < t.count) {
    while (b < blocked.length && blocked[b].end <= t.start[i]) b++;
    const parts: Part[] = [];
    let j = i;
    let last = -1;
    while (j < t.count) {
      if (b < blocked.length && t.end[j] > blocked[b].start) break;
      if (parts.length && !joinable(text, t.end[last], t.start[j], t.start[i])) break;
      const part = partAt(text, t, j, parts.length === 0);
      if (!part) break;
      parts.push(part.kind);
      last = part.next - 1;
      j = part.next;
    }
    const take = accept(text, t, i, parts, lower);
    if (take) {
      const start = t.start[take.from];
      const end = t.end[last];
      out.push({ kind: 'candidate', start, end, text: text.slice(start, end) });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Words of the text that start in lower case: their capitalised forms are ordinary words at a sentence start. */
function lowerCaseWords(text: string, t: Tokens): Set<string> {
  const set = new Set<string>();
  for (let k = 0; k < t.count; k++) {
    if (!t.word[k]) continue;
    const c = text.charCodeAt(t.start[k]);
    if (c >= 97 && c <= 122) set.add(text.slice(t.start[k], t.end[k]));
    else if (c > 127 && /\p{Ll}/u.test(text[t.start[k]])) set.add(text.slice(t.start[k], t.end[k]));
  }
  return set;
}

/** Names may wrap a line of prose, not a paragraph nor a short line (a heading or a label such as "Translated: The Red Flag"). */
function joinable(text: string, from: number, to: number, first: number): boolean {
  const gap = text.slice(from, to);
  if (gap.length === 0 || !/^[ \t\u00a0]*(?:\r?\n|\r)?[ \t\u00a0]*$/.test(gap)) return false;
  if (!/[\r\n]/.test(gap)) return true;
  const lineStart = Math.max(text.lastIndexOf('\n', first), text.lastIndexOf('\r', first)) + 1;
  return from - lineStart >= MIN_WRAPPED_LINE;
}

/** The name part at token j (a word with its hyphen/apostrophe continuations, or an abbreviation with its full stop). */
function partAt(text: string, t: Tokens, j: number, first: boolean): { kind: Part; next: number } | null {
  if (!t.word[j]) return null;
  const w = text.slice(t.start[j], t.end[j]);
  const dot = j + 1 < t.count && text[t.start[j + 1]] === '.' && t.start[j + 1] === t.end[j];
  if (TITLES.has(w) && !(w === 'M' && !dot)) return { kind: 'title', next: dot ? j + 2 : j + 1 };
  if (/^\p{Lu}$/u.test(w) && dot) return { kind: 'initial', next: j + 2 };
  if (!first && PARTICLES.has(w)) return { kind: 'particle', next: j + 1 };
  if (!/^\p{Lu}\p{Ll}/u.test(w)) return null;
  return { kind: 'word', next: wordEnd(text, t, j) };
}

function accept(text: string, t: Tokens, i: number, parts: Part[], lower: Set<string>): { from: number } | null {
  // Drop leading ordinary words ("The Moscow", "But Trotsky") and trailing particles.
  let k = 0;
  let tok = i;
  while (k < parts.length && parts[k] === 'word' && ordinary(text.slice(t.start[tok], t.end[tok]), lower)) {
    tok = skip(text, t, tok, parts[k]);
    k++;
  }
  const rest = parts.slice(k);
  const words = rest.filter((p) => p === 'word').length;
  if (!words || rest[rest.length - 1] !== 'word') return null;
  if (rest.includes('title') && rest[0] === 'title') return { from: tok };
  if (rest[0] === 'initial') return { from: tok };
  if (words < 2 || rest.includes('title') || rest.includes('initial')) return null;
  let x = tok;
  for (const p of rest) {
    if (p === 'word' && ordinary(text.slice(t.start[x], t.end[x]), lower)) return null;
    x = skip(text, t, x, p);
  }
  return { from: tok };
}

function skip(text: string, t: Tokens, j: number, p: Part): number {
  if (p === 'initial') return j + 2;
  if (p === 'title') return j + 1 < t.count && text[t.start[j + 1]] === '.' && t.start[j + 1] === t.end[j] ? j + 2 : j + 1;
  if (p === 'particle') return j + 1;
  return wordEnd(text, t, j);
}

/** Berman-Yurin, O'Brien: a hyphen or apostrophe joined on both sides to capitalised words continues the word. */
function wordEnd(text: string, t: Tokens, j: number): number {
  let next = j + 1;
  while (next + 1 < t.count && t.start[next] === t.end[next - 1] && /^['\u2019\u2010\u2011-]$/.test(text[t.start[next]]) &&
    t.word[next + 1] && t.start[next + 1] === t.end[next] && /^\p{Lu}/u.test(text[t.start[next + 1]])) next += 2;
  return next;
}

function ordinary(word: string, lower: Set<string>): boolean {
  return NOT_NAMES.has(word) || lower.has(word.toLowerCase());
}
