/**
 * Where to re-scan: recognizers look no further than a paragraph, so a change
 * is re-scanned from the paragraph before it to the paragraph after it, and a
 * big text is scanned in paragraph-aligned chunks so the caller can yield.
 */

import type { Mention } from '../model';

/** How far a re-scan window reaches for a paragraph break before it settles for a line break. */
const WINDOW_LIMIT = 8 * 1024;
const BLOCK = 4096;

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Start of the paragraph holding `pos`: just after the nearest blank line before it, or 0.
 * Texts without blank lines (one paragraph per line) would make that the whole text, so
 * past `limit` characters the start of `pos`'s line is taken instead.
 */
export function paragraphStart(text: string, pos: number, limit = Infinity): number {
  if (pos <= 0) return 0;
  const first = text.lastIndexOf('\n', Math.max(0, Math.min(pos, text.length) - 1)) + 1;
  let lineStart = first;
  if (lineStart === 0) return 0;
  for (;;) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (isBlank(text, prevStart, lineStart - 1)) return lineStart;
    if (prevStart === 0) return pos > limit ? first : 0;
    if (pos - prevStart > limit) return first;
    lineStart = prevStart;
  }
}

/**
 * End of the paragraph holding `pos`: the start of the next blank line at or after it, or the text's end (past `limit`: the end
 * of `pos`'s line).
 */
export function paragraphEnd(text: string, pos: number, limit = Infinity): number {
  let lineStart = pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = text.indexOf('\n', pos);
  const first = lineEnd < 0 ? text.length : lineEnd + 1;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) return text.length - pos > limit ? first : text.length;
    const next = nl + 1;
    if (next - pos > limit) return first;
    const nextEnd = text.indexOf('\n', next);
    if (isBlank(text, next, nextEnd < 0 ? text.length : nextEnd) && next >= pos) return next;
    lineStart = next;
  }
}

/** Start of the paragraph before the one starting at `pos` (a quotation's introduction may sit there), or 0. */
export function previousParagraphStart(text: string, pos: number, limit = Infinity): number {
  let i = pos - 1;
  while (i > 0 && /\s/.test(text[i])) i--;
  return i <= 0 ? 0 : paragraphStart(text, i, limit);
}

/**
 * Splits a text into [start, end) chunks of about `size` characters, cut at paragraph breaks, else line breaks, else between
 * words.
 */
export function chunkRanges(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      end = paragraphEnd(text, end, size);
      // One giant line (a text with no line breaks): cut between words so a chunk stays small.
      if (end - start > 2 * size) end = spaceAfter(text, start + size);
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The first whitespace at or after `pos` (or the end). */
function spaceAfter(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !/\s/.test(text[i])) i++;
  return i;
}

/** Just after the last whitespace before `pos` (or 0). */
function spaceBefore(text: string, pos: number): number {
  let i = Math.max(0, pos);
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return i;
}

/** How much of a text's start and end an edit left alone (characters). */
export interface ChangeHint {
  prefix: number;
  suffix: number;
}

/** The paragraph-aligned window where two versions of a text differ: [from, oldTo) in the old, [from, newTo) in the new. */
export function changedWindow(
  oldText: string,
  newText: string,
  oldMentions: readonly Mention[] = [],
  hint?: ChangeHint,
): { from: number; oldTo: number; newTo: number } {
  const most = Math.min(oldText.length, newText.length);
  const prefix = hint ? Math.max(0, Math.min(hint.prefix, most)) : commonPrefix(oldText, newText);
  const suffix = hint ? Math.max(0, Math.min(hint.suffix, most - prefix)) : commonSuffix(oldText, newText, most - prefix);
  const delta = newText.length - oldText.length;
  // From the paragraph before the change: a quotation's introduction ("He testified:") may end it.
  let from = previousParagraphStart(newText, paragraphStart(newText, prefix, WINDOW_LIMIT), WINDOW_LIMIT);
  let newTo = paragraphEnd(newText, newText.length - suffix, WINDOW_LIMIT);
  // In one giant line, settle for a few thousand characters either side, cut between words.
  if (prefix - from > 2 * WINDOW_LIMIT) from = spaceBefore(newText, prefix - WINDOW_LIMIT);
  if (newTo - (newText.length - suffix) > 2 * WINDOW_LIMIT) newTo = spaceAfter(newText, newText.length - suffix + WINDOW_LIMIT);
  // A mention that straddles the window (a quotation over a blank line) widens it, until none does.
  for (let widened = true; widened;) {
    widened = false;
    for (const m of oldMentions) {
      if (m.start < from && m.end > from) [from, widened] = [m.start, true];
      if (m.start < newTo - delta && m.end > newTo - delta) [newTo, widened] = [m.end + delta, true];
    }
  }
  return { from, oldTo: newTo - delta, newTo };
}

/** Compares in blocks first: native string equality is far faster than a loop over 5 MB. */
function commonPrefix(a: string, b: string): number {
  const min = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= min && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < min && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + BLOCK <= max && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n))
    n += BLOCK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
