/**
 * The index of the last of `starts` (sorted, ascending) that is at or before `offset`, by binary search; -1 when all
 * are after it. Paragraphs, lines and language spans all find where an offset falls this way.
 */
export function lastAtOrBefore(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
