/**
 * Sentence boundaries, found locally around an offset (the recognizers only
 * ever need the sentence of a quotation and the one before it). A full stop
 * after an initial ("I. N. Smirnov") or a known abbreviation ("Dr.", "No.")
 * does not end a sentence, nor does one followed by a lower-case word.
 */

const ABBREVIATIONS = new Set([
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Mme',
  'Mlle',
  'M',
  'MM',
  'St',
  'Ste',
  'No',
  'Nos',
  'Nr',
  'Gen',
  'Col',
  'Capt',
  'Lt',
  'Sgt',
  'Maj',
  'Prof',
  'Rev',
  'Hon',
  'Jr',
  'Sr',
  'Gov',
  'Sen',
  'Rep',
  'vol',
  'Vol',
  'p',
  'pp',
  'ed',
  'eds',
  'cf',
  'viz',
  'etc',
  'ca',
  'c',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'vs',
  'Co',
  'Bros',
  'Ltd',
]);
const CLOSERS = '"\'\u201d\u2019\u00bb\u203a\u201c)]';
const TERMINALS = '.!?\u2026';
/** . ! ? … by code unit: the scans below test every character, so no string is made for one. */
const isTerminal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
/**
 * No sentence is searched beyond this many characters: a line without full stops must not make every quotation scan all of it.
 */
export const MAX_SENTENCE = 1000;

/** Offset just after the terminal (and its closing quotes/brackets) when a sentence ends at `i`, else -1. */
export function sentenceEndAt(text: string, i: number): number {
  if (!TERMINALS.includes(text[i])) return -1;
  let j = i + 1;
  while (j < text.length && (TERMINALS.includes(text[j]) || CLOSERS.includes(text[j]))) j++;
  if (j < text.length && !/\s/.test(text[j])) return -1;
  if (text[i] === '.') {
    const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, i - 12), i));
    if (word && (ABBREVIATIONS.has(word[1]) || (word[1].length === 1 && /\p{Lu}/u.test(word[1])))) return -1;
    let k = j;
    while (k < text.length && /\s/.test(text[k])) k++;
    if (k < text.length && /\p{Ll}/u.test(text[k])) return -1;
  }
  return j;
}

/** Start of the sentence containing `pos`, not before `floor` (a paragraph start). */
export function sentenceStart(text: string, pos: number, floor = 0): number {
  floor = Math.max(floor, pos - MAX_SENTENCE);
  for (let i = pos - 1; i >= floor; i--) {
    if (!isTerminal(text.charCodeAt(i))) continue;
    const end = sentenceEndAt(text, i);
    if (end < 0 || end > pos) continue;
    let s = end;
    while (s < pos && /\s/.test(text[s])) s++;
    return s;
  }
  return floor;
}

/** End of the sentence containing `pos` (after its terminal), not after `ceil` (a paragraph end). */
export function sentenceEnd(text: string, pos: number, ceil = text.length): number {
  ceil = Math.min(ceil, pos + MAX_SENTENCE);
  for (let i = pos; i < ceil; i++) {
    const end = isTerminal(text.charCodeAt(i)) ? sentenceEndAt(text, i) : -1;
    if (end >= 0) return Math.min(end, ceil);
  }
  return ceil;
}
