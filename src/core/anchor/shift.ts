import type { Target } from '../model';
import { makeTarget } from './make-target';

/** One replacement in a text, in the offsets of the text before it: [start, end) becomes `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * Moves a passage's offsets through one change, without searching: a change
 * before it shifts it, after it leaves it, inside it grows or shrinks it; a
 * change that removes the whole passage gives undefined (the caller marks it
 * orphaned). `[start, end)` are the passage's offsets before the change.
 */
export function shiftRange(start: number, end: number, change: TextChange): { start: number; end: number } | undefined {
  const delta = change.text.length - (change.end - change.start);
  // Typing right at either edge of the passage is outside it: a note about "Kirov" must not swallow the next word.
  if (change.end <= start) return { start: start + delta, end: end + delta };
  if (change.start >= end) return { start, end };
  if (change.start <= start && change.end >= end) return undefined;
  const newStart = change.start < start ? change.start + change.text.length : start;
  const newEnd = change.end > end ? change.start : end + delta;
  return newEnd > newStart ? { start: newStart, end: newEnd } : undefined;
}

/**
 * Applies an editor's change to a target's offsets and refreshes its exact text
 * and context from `text` (the text after the change). Undefined: the passage is gone.
 */
export function shiftTarget(target: Target, text: string, change: TextChange): Target | undefined {
  return applyChanges(target, text, [change]);
}

/**
 * Applies several changes that all refer to the text before any of them (VS
 * Code's contentChanges of one event). They are applied from the last offset
 * to the first, so each change leaves the offsets of the others valid; VS Code
 * already sends them in that order, and any other order is sorted into it.
 * A target without offset hints is returned unchanged: it is found by searching.
 */
export function applyChanges(target: Target, text: string, changes: readonly TextChange[]): Target | undefined {
  if (target.start === undefined || target.end === undefined) return target;
  let range: { start: number; end: number } | undefined = { start: target.start, end: target.end };
  const ordered = [...changes].sort((a, b) => b.start - a.start);
  for (const change of ordered) {
    range = shiftRange(range.start, range.end, change);
    if (!range) return undefined;
  }
  return makeTarget(text, range.start, range.end);
}
