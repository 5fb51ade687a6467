/**
 * Decides, word by word, whether `after` can be the annotated words `before`
 * corrected, rather than another passage that merely looks like them. Trial
 * records repeat formulae that differ only in a name or a date ("The accused
 * Zinoviev admitted…" / "The accused Kamenev admitted…"), so a fuzzy match is
 * the same passage only when every change is one of:
 * - words added (initials before a kept name, a forgotten word);
 * - a word corrected (a typo: a few letters of it), re-spaced or re-punctuated;
 * and never when a name (a capitalised word) or a number the historian
 * annotated was removed, replaced or respelled: "Goltzman" to "Holtzman" may be
 * a spelling fix or another man, and only the historian can tell.
 */
export function isCorrection(before: string, after: string): boolean {
  return judgeWords(before, after).correction;
}

/**
 * The verdict on the words, and whether the correction adds a name or a number
 * (initials before a name): the caller asks more of the context then, since a
 * neighbouring sentence's last name can look like an added one.
 */
export function judgeWords(before: string, after: string): { correction: boolean; addsNames: boolean } {
  const a = words(before);
  const hunks = changedHunks(a, words(after));
  // Words only added before the first annotated word or after the last are the neighbouring text, not a correction.
  const edge = hunks.some((h) => h.removed.length === 0 && (h.at === 0 || h.at === a.length));
  return { correction: !edge && hunks.every(isSmallChange), addsNames: hunks.some((h) => h.added.some(isNameOrNumber)) };
}

/** A word that identifies someone or something: a name or an initial (capitalised), or a number, a year, a date. */
export function isNameOrNumber(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /\p{N}/u.test(word);
}

/** Words: runs of letters, marks and digits (punctuation and spacing are not words). */
function words(s: string): string[] {
  return s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** `at`: where in the annotated words the hunk begins. */
interface Hunk {
  removed: string[];
  added: string[];
  at: number;
}

function isSmallChange({ removed, added }: Hunk): boolean {
  if (removed.some(isNameOrNumber)) return false;
  if (removed.length === 0) return true; // only added
  // Each removed word was corrected into one of the added ones, or the words were only split or joined.
  return removed.every((r) => added.some((a) => isTypo(r, a))) || isTypo(removed.join(''), added.join(''));
}

/** A few letters of a word changed: at most one edit in four letters (one for short words); two letters swapped are one edit. */
function isTypo(a: string, b: string): boolean {
  if (b === '') return false;
  const max = Math.max(1, Math.floor(Math.max(a.length, b.length) / 4));
  return typoDistance(a.toLowerCase(), b.toLowerCase()) <= max;
}

/** Edits between two words, counting a swap of neighbouring letters as one (optimal string alignment). */
function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Runs of words that differ between a and b (compared ignoring case), from their longest common subsequence. */
function changedHunks(a: string[], b: string[]): Hunk[] {
  const la = a.map((w) => w.toLowerCase());
  const lb = b.map((w) => w.toLowerCase());
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = la[i] === lb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let hunk: Hunk = { removed: [], added: [], at: 0 };
  const close = () => {
    if (hunk.removed.length || hunk.added.length) hunks.push(hunk);
    hunk = { removed: [], added: [], at: i };
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && la[i] === lb[j]) {
      i++;
      j++;
      close();
    } else if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) hunk.removed.push(a[i++]);
    else hunk.added.push(b[j++]);
  }
  close();
  return hunks;
}
