import search from 'approx-string-match';
import type { Target } from '../model';
import { editDistance, leadingDistance, reversed } from './edit-distance';
import { judgeWords } from './word-changes';

// The acceptance rule for a passage found only approximately (see README, "Your data is safe").
// A fuzzy match is the same passage edited only when all of these hold; otherwise the annotation is orphaned.

/** Errors (edits per character of the annotated words) the approximate search looks for. */
export const SEARCH_ERROR_RATE = 0.25;
/** Errors accepted when the recorded context agrees on the whole with the text around the match. */
export const MAX_ERROR_RATE = 0.25;
/** Errors accepted when the context agrees on both sides: a correction inside a passage whose surroundings are untouched. */
export const MAX_ERROR_RATE_IN_CONTEXT = 0.5;
/** Share of the recorded context (prefix and suffix together) that must agree for any fuzzy match. */
export const MIN_CONTEXT_AGREEMENT = 0.5;
/** Share of each side's context that must agree for the larger error bound. */
export const SIDE_CONTEXT_AGREEMENT = 0.8;
/** Weight of disagreeing context against errors in a candidate's score (lower is better). */
export const CONTEXT_WEIGHT = 0.5;
/** A runner-up scoring within this of the best makes the match ambiguous: orphan rather than guess. */
export const AMBIGUITY_MARGIN = 0.1;
/** How many rounds of approximate search (each masks what the last found) gather candidates and runners-up. */
const SEARCH_ROUNDS = 2;
/** Context copies considered when bracketing a passage between its prefix and its suffix. */
const MAX_BRACKETS = 64;

interface Candidate {
  start: number;
  end: number;
  errors: number;
  score: number;
  agreement: number;
  sides: boolean;
}

/**
 * The passage in `region` of `text` that is `words` corrected, judged with the
 * target's context; undefined when no candidate is clearly the same passage.
 * `region`: [from, to) searched (the whole text, or a window near the hint).
 */
export function fuzzyFind(
  text: string,
  target: Target,
  words: string,
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  const prefix = target.prefix ?? '';
  const suffix = target.suffix ?? '';
  if (words.length < 4 || prefix.length + suffix.length === 0) return undefined; // no context, no evidence: orphan
  const spans = [...searched(text, words, from, to), ...bracketed(text, prefix, suffix, words.length, from, to)];
  const candidates: Candidate[] = [];
  const maxErrors = Math.floor(words.length * MAX_ERROR_RATE_IN_CONTEXT);
  for (const { start, end } of spans) {
    if (candidates.some((c) => c.start === start && c.end === end)) continue;
    const errors = editDistance(words, text.slice(start, end), maxErrors);
    if (errors > maxErrors) continue;
    const { agreement, sides } = contextAgreement(text, start, end, prefix, suffix);
    candidates.push({ start, end, errors, agreement, sides, score: errors / words.length + CONTEXT_WEIGHT * (1 - agreement) });
  }
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => a.score - b.score || distance(a, target) - distance(b, target));
  // Overlapping candidates are one place with different edges: the best acceptable one stands for it.
  const best = candidates.find((c) => acceptable(c, words, text));
  if (!best) return undefined;
  const runnerUp = candidates.find((c) => c.end <= best.start || c.start >= best.end);
  if (runnerUp && runnerUp.score - best.score < AMBIGUITY_MARGIN) return undefined;
  return { start: best.start, end: best.end };
}

/**
 * Few enough errors for how well the context agrees, and only corrections of
 * the words (see word-changes.ts); a name or number added only between
 * surroundings that agree on both sides.
 */
function acceptable(c: Candidate, words: string, text: string): boolean {
  const allowed = c.sides ? MAX_ERROR_RATE_IN_CONTEXT : c.agreement >= MIN_CONTEXT_AGREEMENT ? MAX_ERROR_RATE : -1;
  if (c.errors / words.length > allowed) return false;
  const verdict = judgeWords(words, text.slice(c.start, c.end));
  return verdict.correction && (!verdict.addsNames || c.sides);
}

function distance(c: Candidate, target: Target): number {
  return target.start === undefined ? 0 : Math.abs(c.start - target.start);
}

/** Approximate matches of the words, best first: each round masks what the previous found, so runners-up show. */
function searched(text: string, words: string, from: number, to: number): { start: number; end: number }[] {
  const errors = Math.max(1, Math.floor(words.length * SEARCH_ERROR_RATE));
  let hay = text.slice(from, to);
  const out: { start: number; end: number }[] = [];
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    const found = search(hay, words, errors);
    if (found.length === 0) break;
    for (const m of found) out.push({ start: m.start + from, end: m.end + from });
    // \u0000 never occurs in a text, so a masked stretch matches nothing in the next round.
    for (const m of found) hay = hay.slice(0, m.start) + '\u0000'.repeat(m.end - m.start) + hay.slice(m.end);
  }
  return out;
}

/**
 * Passages framed by the recorded context: wherever the prefix ends and the
 * suffix begins soon after (an empty side means the edge of the text). This
 * finds a passage corrected by more than the search allows when its
 * surroundings are untouched ("kill Kirov" -> "kill S. M. Kirov").
 */
function bracketed(
  text: string,
  prefix: string,
  suffix: string,
  length: number,
  from: number,
  to: number,
): { start: number; end: number }[] {
  const starting = prefix ? ends(text, prefix, from, to) : from === 0 ? [0] : [];
  const ending = suffix ? starts(text, suffix, from, to) : to === text.length ? [text.length] : [];
  const shortest = Math.ceil(length * (1 - MAX_ERROR_RATE_IN_CONTEXT));
  const longest = Math.floor(length * (1 + MAX_ERROR_RATE_IN_CONTEXT));
  const out: { start: number; end: number }[] = [];
  for (const start of starting) {
    for (const end of ending) if (end - start >= shortest && end - start <= longest) out.push({ start, end });
  }
  return out;
}

/** Where copies of the prefix end (at most MAX_BRACKETS): untouched surroundings, so found exactly and quickly. */
function ends(text: string, prefix: string, from: number, to: number): number[] {
  return occurrences(text, prefix, from, to).map((at) => at + prefix.length);
}

/** Where copies of the suffix start, in text order. */
function starts(text: string, suffix: string, from: number, to: number): number[] {
  return occurrences(text, suffix, from, to);
}

function occurrences(text: string, s: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s, from); i >= 0 && i + s.length <= to && out.length < MAX_BRACKETS; i = text.indexOf(s, i + 1))
    out.push(i);
  return out;
}

/**
 * How well the recorded context agrees with the text around [start, end): the
 * mean over the recorded sides of the share of their characters that agree (a
 * short side, cut by the edge of the text, is as much evidence of where the
 * passage ends as a long one); `sides`: each recorded side agrees well. An
 * empty side agrees when the candidate is at that edge of the text too.
 */
function contextAgreement(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): { agreement: number; sides: boolean } {
  const slack = 8;
  const before = prefix
    ? 1 -
      leadingDistance(reversed(prefix), reversed(text.slice(Math.max(0, start - prefix.length - slack), start))) / prefix.length
    : start === 0
      ? 1
      : 0;
  const after = suffix
    ? 1 - leadingDistance(suffix, text.slice(end, end + suffix.length + slack)) / suffix.length
    : end === text.length
      ? 1
      : 0;
  return { agreement: (before + after) / 2, sides: before >= SIDE_CONTEXT_AGREEMENT && after >= SIDE_CONTEXT_AGREEMENT };
}
