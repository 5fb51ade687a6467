import type { Target } from '../model';
import { fuzzyFind } from './fuzzy';
import { occurrencesOf, scanOccurrences } from './occurrences';

/**
 * Where a target is in a text now: its words at the hint (`exact`), its words
 * elsewhere (`moved`), other words that are clearly the same passage edited
 * (`fuzzy`: the recorded `current` words, or an accepted approximate match),
 * or lost (`orphan`).
 */
export type Anchoring = { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number } | { status: 'orphan' };

/** How far around the hint the searches look first, beyond the passage's own length. */
const FUZZY_WINDOW = 4096;
/** Texts up to this size are searched whole for an approximate match; longer ones only near the hint. */
const WHOLE_TEXT_FUZZY = 200_000;

/**
 * Finds a target in a (possibly edited) text, in the order of the W3C/Hypothesis
 * anchoring: the annotated words at the position hint; the words elsewhere,
 * best prefix/suffix context winning, nearest the hint on a tie; then the words
 * last recorded as `current` the same way; then an approximate match that is
 * clearly the same passage edited (see fuzzy.ts); otherwise an orphan.
 */
export function reanchor(text: string, target: Target): Anchoring {
  const { exact } = target;
  if (!exact) return { status: 'orphan' };
  const found = findWords(text, target, exact);
  if (found) return found;
  const current = target.current && target.current !== exact ? findWords(text, target, target.current) : undefined;
  if (current) return { ...current, status: 'fuzzy' };

  // Near the hint first (cheap, and where an edited passage usually is); then the whole of a text that is not too long.
  const hint = target.start;
  const regions: [number, number][] = [];
  if (hint !== undefined)
    regions.push([Math.max(0, hint - FUZZY_WINDOW), Math.min(text.length, hint + exact.length + FUZZY_WINDOW)]);
  if (text.length <= WHOLE_TEXT_FUZZY && !(regions[0]?.[0] === 0 && regions[0][1] === text.length))
    regions.push([0, text.length]);
  for (const [from, to] of regions) {
    const fuzzy =
      fuzzyFind(text, target, exact, from, to) ??
      (target.current ? fuzzyFind(text, target, target.current, from, to) : undefined);
    if (fuzzy) return { status: 'fuzzy', ...fuzzy };
  }
  return { status: 'orphan' };
}

/**
 * The words exactly: at the hint when their context there is whole (or no other place does better), else the best other place.
 */
function findWords(
  text: string,
  target: Target,
  words: string,
): { status: 'exact' | 'moved'; start: number; end: number } | undefined {
  const hint = target.start;
  const perfect = (target.prefix?.length ?? 0) + (target.suffix?.length ?? 0);
  const atHint = hint !== undefined && text.startsWith(words, hint);
  // Words at the hint with their whole context cannot be beaten; with less, another occurrence may have moved into the hint.
  if (atHint && contextScore(text, hint, hint + words.length, target) === perfect)
    return { status: 'exact', start: hint, end: hint + words.length };
  let best =
    hint === undefined
      ? undefined
      : bestExact(
          text,
          target,
          words,
          Math.max(0, hint - FUZZY_WINDOW),
          Math.min(text.length, hint + words.length + FUZZY_WINDOW),
        );
  if (!best || best.score < perfect) best = bestExact(text, target, words, 0, text.length);
  if (!best) return undefined;
  return { status: best.start === hint ? 'exact' : 'moved', start: best.start, end: best.start + words.length };
}

/** The occurrence of the words within [from, to) with the best context, nearest the hint on a tie. */
function bestExact(text: string, target: Target, words: string, from: number, to: number) {
  let best: { start: number; score: number; distance: number } | undefined;
  // The whole text through its index (see occurrences.ts); a window near the hint by scanning just that slice.
  const whole = from === 0 && to === text.length;
  for (const i of whole ? occurrencesOf(text, words) : scanOccurrences(text.slice(from, to), words)) {
    const at = from + i;
    const score = contextScore(text, at, at + words.length, target);
    const distance = target.start === undefined ? 0 : Math.abs(at - target.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best;
}

/**
 * True when `words` at [start, end) is the only occurrence whose context agrees
 * best with the target's: the quote and its context find this place without any hint.
 */
export function isUnambiguous(text: string, target: Target, words: string, start: number): boolean {
  const score = contextScore(text, start, start + words.length, target);
  for (const i of occurrencesOf(text, words)) {
    if (i !== start && contextScore(text, i, i + words.length, target) >= score) return false;
  }
  return true;
}

/** How many characters of the target's prefix and suffix agree with the text around [start, end). */
function contextScore(text: string, start: number, end: number, target: Target): number {
  let score = 0;
  const prefix = target.prefix ?? '';
  while (score < prefix.length && start - score - 1 >= 0 && text[start - score - 1] === prefix[prefix.length - score - 1])
    score++;
  const suffix = target.suffix ?? '';
  let s = 0;
  while (s < suffix.length && end + s < text.length && text[end + s] === suffix[s]) s++;
  return score + s;
}
