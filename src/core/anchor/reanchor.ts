import search from 'approx-string-match';
import type { Target } from '../model';

/** Where a target is in a text now: at its hint, moved (exact text elsewhere), found approximately, or lost. */
export type Anchoring = { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number } | { status: 'orphan' };

/** How far around the hint the fuzzy search looks, beyond the passage's own length. */
const FUZZY_WINDOW = 4096;
/** Texts up to this size are searched whole when the fuzzy search near the hint fails. */
const WHOLE_TEXT_FUZZY = 200_000;

/**
 * Finds a target in a (possibly edited) text, in the order of the W3C/Hypothesis
 * anchoring: exact text at the position hint; exact text elsewhere, best
 * prefix/suffix context winning, nearest the hint on a tie; an approximate match
 * near the hint (then anywhere in a short text); otherwise an orphan.
 */
export function reanchor(text: string, target: Target): Anchoring {
  const { exact } = target;
  if (!exact) return { status: 'orphan' };
  const hint = target.start;
  if (hint !== undefined && text.startsWith(exact, hint)) return { status: 'exact', start: hint, end: hint + exact.length };

  // Near the hint first: an occurrence there with its whole context cannot be beaten by one farther away.
  const perfect = (target.prefix?.length ?? 0) + (target.suffix?.length ?? 0);
  let best = hint === undefined ? undefined
    : bestExact(text, target, Math.max(0, hint - FUZZY_WINDOW), Math.min(text.length, hint + exact.length + FUZZY_WINDOW));
  if (!best || best.score < perfect) best = bestExact(text, target, 0, text.length);
  if (best) return { status: 'moved', start: best.start, end: best.start + exact.length };

  const fuzzy = fuzzyMatch(text, target);
  return fuzzy ? { status: 'fuzzy', ...fuzzy } : { status: 'orphan' };
}

/** The occurrence of the exact text within [from, to) with the best context, nearest the hint on a tie. */
function bestExact(text: string, target: Target, from: number, to: number) {
  const { exact } = target;
  let best: { start: number; score: number; distance: number } | undefined;
  // Searching a slice stops indexOf at `to` instead of running on to the end of a long text.
  const hay = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let i = hay.indexOf(exact); i >= 0; i = hay.indexOf(exact, i + 1)) {
    const at = from + i;
    const score = contextScore(text, at, at + exact.length, target);
    const distance = target.start === undefined ? 0 : Math.abs(at - target.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best;
}

/** Edits allowed in a fuzzy match: a typo or two in short passages, about an eighth of long ones. */
export function maxErrors(length: number): number {
  if (length < 4) return 0;
  return Math.min(Math.floor(length / 4), Math.max(2, Math.round(length * 0.125)));
}

function fuzzyMatch(text: string, target: Target): { start: number; end: number } | undefined {
  const { exact } = target;
  const errors = maxErrors(exact.length);
  if (errors === 0) return undefined;
  const hint = target.start;
  if (hint !== undefined) {
    const from = Math.max(0, hint - FUZZY_WINDOW);
    const to = Math.min(text.length, hint + exact.length + FUZZY_WINDOW);
    const near = bestOf(text, search(text.slice(from, to), exact, errors), from, target);
    if (near) return near;
  }
  if (text.length > WHOLE_TEXT_FUZZY) return undefined;
  return bestOf(text, search(text, exact, errors), 0, target);
}

function bestOf(text: string, matches: { start: number; end: number; errors: number }[], base: number, target: Target) {
  let best: { start: number; end: number; errors: number; score: number; distance: number } | undefined;
  for (const m of matches) {
    const start = m.start + base;
    const end = m.end + base;
    const score = contextScore(text, start, end, target);
    const distance = target.start === undefined ? 0 : Math.abs(start - target.start);
    if (!best || m.errors < best.errors || (m.errors === best.errors &&
      (score > best.score || (score === best.score && distance < best.distance)))) best = { start, end, errors: m.errors, score, distance };
  }
  return best && { start: best.start, end: best.end };
}

/** How many characters of the target's prefix and suffix agree with the text around [start, end). */
function contextScore(text: string, start: number, end: number, target: Target): number {
  let score = 0;
  const prefix = target.prefix ?? '';
  while (score < prefix.length && start - score - 1 >= 0 && text[start - score - 1] === prefix[prefix.length - score - 1]) score++;
  const suffix = target.suffix ?? '';
  let s = 0;
  while (s < suffix.length && end + s < text.length && text[end + s] === suffix[s]) s++;
  return score + s;
}
