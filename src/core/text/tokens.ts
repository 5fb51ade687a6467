/**
 * Splitting a text into word tokens (runs of Unicode letters, marks and
 * digits) and single-character punctuation tokens; whitespace separates and
 * is never a token. One pass, no per-character allocation: the recognizers
 * share it so that a 100 MB corpus is walked once per file.
 */

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
/** Per BMP code unit: 0 unknown, 1 word, 2 space, 3 punctuation. Filled lazily. */
const CLASS = new Uint8Array(65536);
const WORD = 1;
const SPACE = 2;
const PUNCT = 3;

function classify(code: number): number {
  let c = CLASS[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = WORD_RE.test(ch) ? WORD : /\s/.test(ch) ? SPACE : PUNCT;
    CLASS[code] = c;
  }
  return c;
}

/** Whether the code unit at `i` belongs to a word (letters, marks, digits; astral letters count as word). */
export function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_RE.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
  if (code >= 0xdc00 && code <= 0xdfff) return i > 0 && isWordAt(text, i - 1);
  return classify(code) === WORD;
}

/** Whether the code unit at `i` is whitespace. */
export function isSpaceAt(text: string, i: number): boolean {
  return classify(text.charCodeAt(i)) === SPACE;
}

/** Token spans of a text range: parallel arrays, `word[k]` true for word tokens. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  word: Uint8Array;
}

/** Tokenizes text[from, to) into word and punctuation tokens. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  let cap = Math.max(16, (to - from) >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let word = new Uint8Array(cap);
  let n = 0;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    const cls = surrogate ? (isWordAt(text, i) ? WORD : PUNCT) : classify(code);
    if (cls === SPACE) { i++; continue; }
    if (n === cap) {
      cap *= 2;
      const s = new Int32Array(cap); s.set(start); start = s;
      const e = new Int32Array(cap); e.set(end); end = e;
      const w = new Uint8Array(cap); w.set(word); word = w;
    }
    start[n] = i;
    if (cls === WORD) {
      i++;
      for (;;) {
        if (i >= to) break;
        const d = text.charCodeAt(i);
        // Fast path: the class table answers for every non-surrogate code unit.
        if (d < 0xd800 || d > 0xdfff ? classify(d) !== WORD : !isWordAt(text, i)) break;
        i++;
      }
      word[n] = 1;
    } else {
      i += surrogate && code <= 0xdbff ? 2 : 1;
      word[n] = 0;
    }
    end[n] = i;
    n++;
  }
  return { count: n, start, end, word };
}

/** The comparable form of a token: NFC, with apostrophe and hyphen variants folded. */
export function tokenKey(raw: string): string {
  if (raw.length === 1) {
    switch (raw) {
      case '\u2019': case '\u2018': case '\u02bc': return "'";
      case '\u2010': case '\u2011': return '-';
      default: return raw;
    }
  }
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(raw) ? raw.normalize('NFC') : raw;
}
