/**
 * Edit distances for fuzzy re-anchoring: plain Levenshtein between two short
 * strings, and the distance of a context string to the text just beside a
 * candidate passage (the text side may stop anywhere).
 */

/** Levenshtein distance of a and b; any result above `max` is reported as max + 1 (and computed no further). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (row[j] < best) best = row[j];
    }
    if (best > max) return max + 1;
    [previous, row] = [row, previous];
  }
  return Math.min(previous[b.length], max + 1);
}

/**
 * Edits that turn `context` into a prefix of `text` (both read from their
 * start): how well a recorded suffix agrees with the text after a candidate.
 * For a prefix, pass both reversed.
 */
export function leadingDistance(context: string, text: string): number {
  let previous = Array.from({ length: text.length + 1 }, (_, j) => j);
  let row = new Array<number>(text.length + 1);
  for (let i = 1; i <= context.length; i++) {
    row[0] = i;
    for (let j = 1; j <= text.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (context[i - 1] === text[j - 1] ? 0 : 1));
    }
    [previous, row] = [row, previous];
  }
  return Math.min(...previous);
}

/** A string read backwards (code units; only compared, never shown). */
export function reversed(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
