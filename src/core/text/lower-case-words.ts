/**
 * The words a text writes in small letters: every maximal run of letters that
 * are all lower-case, the matches of /(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu. Two
 * recognizers ask it of the same text ("is this capitalised word an ordinary
 * word here?"): it is made in one pass over the code units, a string only for
 * each distinct word, and the last text's answer is kept for the next caller.
 */
import { spanHash } from './tokens';
import { WordTable } from '../recognize/word-table';

/** Per BMP code unit, filled lazily: 1 a lower-case letter, 2 another letter, 3 not a letter. */
const CLASS = new Uint8Array(65536);
const LOWER = 1;
const LETTER = 2;
const OTHER = 3;

function classOf(code: number): number {
  let c = CLASS[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    CLASS[code] = c = /\p{Ll}/u.test(ch) ? LOWER : /\p{L}/u.test(ch) ? LETTER : OTHER;
  }
  return c;
}

/** The class of the code point at i, and its length in units (an astral letter is two). */
function pointAt(text: string, i: number): [number, number] {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return [classOf(code), 1];
  const cp = text.codePointAt(i) ?? code;
  if (cp <= 0xffff) return [classOf(code), 1];
  const ch = String.fromCodePoint(cp);
  return [/\p{Ll}/u.test(ch) ? LOWER : /\p{L}/u.test(ch) ? LETTER : OTHER, 2];
}

let lastText: string | undefined;
let lastWords: Set<string> | undefined;

/** The distinct words of `text` written wholly in lower-case letters (see above). */
export function lowerCaseWords(text: string): ReadonlySet<string> {
  if (text === lastText && lastWords) return lastWords;
  const seen = new WordTable<true>();
  const words = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // ASCII first: most of the text, and no table needed.
    let cls: number;
    let width = 1;
    if (code >= 97 && code <= 122) cls = LOWER;
    else if (code < 0x80) cls = code >= 65 && code <= 90 ? LETTER : OTHER;
    else [cls, width] = pointAt(text, i);
    if (cls === OTHER) {
      i += width;
      continue;
    }
    // A run of letters: a word only if every one is lower-case.
    const start = i;
    let lower = cls === LOWER;
    i += width;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        i++;
        continue;
      }
      let k: number;
      let w = 1;
      if (c < 0x80) k = c >= 65 && c <= 90 ? LETTER : OTHER;
      else [k, w] = pointAt(text, i);
      if (k === OTHER) break;
      if (k !== LOWER) lower = false;
      i += w;
    }
    if (lower && seen.getSpan(text, start, i, spanHash(text, start, i)) === undefined) {
      const word = text.slice(start, i);
      seen.set(word, true);
      words.add(word);
    }
  }
  lastText = text;
  lastWords = words;
  return words;
}
