import search from 'approx-string-match';
import type { Target } from '../model';

/** A passage an orphaned annotation may belong to, for the user to choose from. */
export interface Candidate {
  start: number;
  end: number;
  /** How alike the passage's words are to the annotation's, 0 to 1. */
  quote: number;
  /** How alike its surroundings are to the annotation's prefix and suffix, 0 to 1 (1 when it recorded none). */
  context: number;
  /** The ranking score, 0 to 1: mostly the words, then the surroundings. */
  score: number;
}

/** Passages longer than this are compared by their ends only (an edit distance over both would be slow). */
const COMPARE_LIMIT = 600;
/** A passage framed by the old prefix and suffix may be this much longer (or shorter) than the old words. */
const FRAME_SLACK = 3;
const WORDS_WEIGHT = 0.65;
/** How many separate close matches are scored; a pick offers a handful anyway. */
const SEARCH_KEEP = 40;

/**
 * The passages of `text` an orphaned target most likely belongs to, best first, at most `limit`.
 * Two searches find them: close matches of the old words (up to half of them changed), and
 * passages framed by the old prefix and suffix (the words were rewritten, the surroundings were
 * not). Each is scored on how alike its words and its surroundings are to the target's; ties go
 * to the one nearer the old offset. Overlapping candidates are merged into the better one.
 */
export function rankCandidates(text: string, target: Target, limit = 5): Candidate[] {
  const exact = target.exact;
  if (!exact || !text) return [];
  const found = new Map<string, { start: number; end: number }>();
  const add = (start: number, end: number) => {
    if (end > start) found.set(`${start}:${end}`, { start, end });
  };
  // Every end position within the error budget is a match: keep the closest of each overlapping run.
  const close = search(text, exact, Math.floor(exact.length / 2)).sort((a, b) => a.errors - b.errors);
  const kept: Array<{ start: number; end: number }> = [];
  for (const m of close) {
    if (kept.length >= SEARCH_KEEP) break;
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  for (const m of kept) add(m.start, m.end);
  for (const frame of framed(text, target)) add(frame.start, frame.end);

  const scored = [...found.values()].map(({ start, end }) => {
    const quote = similarity(text.slice(start, end), exact);
    const context = contextSimilarity(text, start, end, target);
    return { start, end, quote, context, score: WORDS_WEIGHT * quote + (1 - WORDS_WEIGHT) * context };
  });
  const hint = target.start ?? 0;
  scored.sort((a, b) => b.score - a.score || Math.abs(a.start - hint) - Math.abs(b.start - hint) || a.start - b.start);
  const out: Candidate[] = [];
  for (const c of scored) {
    if (out.length >= limit) break;
    if (out.some((o) => c.start < o.end && o.start < c.end)) continue;
    out.push(c);
  }
  return out;
}

/** Passages between a close match of the prefix and a close match of the suffix that follows it. */
function framed(text: string, target: Target): Array<{ start: number; end: number }> {
  const { prefix, suffix, exact } = target;
  if (!prefix || !suffix || prefix.length < 4 || suffix.length < 4) return [];
  const most = exact.length * FRAME_SLACK + 16;
  const ends = search(text, prefix, Math.floor(prefix.length / 4)).map((m) => m.end);
  const starts = search(text, suffix, Math.floor(suffix.length / 4)).map((m) => m.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const start of [...new Set(ends)].slice(0, SEARCH_KEEP)) {
    const end = starts.filter((s) => s > start && s - start <= most).sort((a, b) => a - b)[0];
    if (end !== undefined) out.push({ start, end: trimEnd(text, start, end) });
  }
  return out;
}

/** The passage without the whitespace before its suffix starts (a match of the suffix may begin early). */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /\s/.test(text[end - 1])) end--;
  return end;
}

function contextSimilarity(text: string, start: number, end: number, target: Target): number {
  const parts: number[] = [];
  if (target.prefix) parts.push(similarity(text.slice(Math.max(0, start - target.prefix.length), start), target.prefix));
  if (target.suffix) parts.push(similarity(text.slice(end, end + target.suffix.length), target.suffix));
  return parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 1;
}

/** 1 minus the edit distance over the longer length: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  if (longest > COMPARE_LIMIT) {
    // The two ends carry most of the difference that matters to a reader choosing a passage.
    const half = COMPARE_LIMIT / 2;
    return (similarity(a.slice(0, half), b.slice(0, half)) + similarity(a.slice(-half), b.slice(-half))) / 2;
  }
  return 1 - editDistance(a, b) / longest;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
