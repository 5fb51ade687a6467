/**
 * Every place a passage's words occur in a text. Checking the n annotations of one text must not scan the whole
 * text n times (`check` on a 20,000-annotation sidecar took 13× the time of 5,000): a text long enough to matter gets
 * an index of its 4-character grams, built in one pass and kept for the next question about the same text. A question
 * looks up the rarest gram of the words and verifies each place it occurs, so the answer is exactly `indexOf`'s.
 */

/** Characters per gram: short enough for a surname, long enough to tell places apart. */
const Q = 4;
const BUCKET_BITS = 16;
const BUCKETS = 1 << BUCKET_BITS;
/** Shorter texts are scanned: building the index would cost more than it saves. */
const INDEX_FROM = 16_384;

/** The start of every occurrence of `words` in `text`, in order. */
export function occurrencesOf(text: string, words: string): number[] {
  if (!words) return [];
  if (words.length < Q || text.length < INDEX_FROM) return scanOccurrences(text, words);
  if (last?.text !== text) last = new GramIndex(text);
  // The same words may come as another string (the file read again): comparing them costs a pass over the text, so the
  // index keeps the newest one, which later questions compare by reference.
  else last.text = text;
  return last.occurrences(words);
}

let last: GramIndex | undefined;

/** The same by `indexOf` alone: for a short text, or a slice of one that is searched only once. */
export function scanOccurrences(text: string, words: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) out.push(i);
  return out;
}

class GramIndex {
  /** Bucket b holds the positions `positions[heads[b]]` to `positions[heads[b + 1] - 1]`, ascending. */
  private readonly heads = new Int32Array(BUCKETS + 1);
  private readonly positions: Int32Array;

  constructor(public text: string) {
    const n = text.length - Q + 1;
    const buckets = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const b = bucketOf(text, i);
      buckets[i] = b;
      this.heads[b + 1]++;
    }
    for (let b = 0; b < BUCKETS; b++) this.heads[b + 1] += this.heads[b];
    const next = this.heads.slice(0, BUCKETS);
    this.positions = new Int32Array(n);
    for (let i = 0; i < n; i++) this.positions[next[buckets[i]]++] = i;
  }

  occurrences(words: string): number[] {
    // The gram of the words with the fewest places in the text: every occurrence has it at the same offset.
    let offset = 0;
    let fewest = Infinity;
    for (let o = 0; o + Q <= words.length; o++) {
      const b = bucketOf(words, o);
      const size = this.heads[b + 1] - this.heads[b];
      if (size < fewest) [offset, fewest] = [o, size];
    }
    const b = bucketOf(words, offset);
    const out: number[] = [];
    for (let k = this.heads[b]; k < this.heads[b + 1]; k++) {
      const start = this.positions[k] - offset;
      if (start >= 0 && this.text.startsWith(words, start)) out.push(start);
    }
    return out;
  }
}

function bucketOf(s: string, at: number): number {
  let h = 0;
  for (let k = 0; k < Q; k++) h = (Math.imul(h, 31) + s.charCodeAt(at + k)) | 0;
  return (h ^ (h >>> BUCKET_BITS)) & (BUCKETS - 1);
}
