/**
 * Splitting a text into word tokens (runs of Unicode letters, marks and
 * digits) and single-character punctuation tokens; whitespace separates and
 * is never a token. One pass, no per-character allocation: recognize()
 * tokenizes a text once and every recognizer shares the result. Tokens are
 * hashed (spanHash) only where a recognizer looks one up, so that word
 * tables need no string slices.
 */

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
/** Per BMP code unit, filled lazily: class in bits 0-1 (1 word, 2 space, 3 punctuation), flags above. */
const INFO = new Uint8Array(65536);
/** Per BMP code unit: its lower-case code unit (itself when it has no single-unit lower case). */
const FOLD = new Uint16Array(65536);
const WORD = 1;
const SPACE = 2;
const PUNCT = 3;
const CLASS_MASK = 3;
const INFO_UPPER = 4;
const INFO_LOWER = 8;
const INFO_DIGIT = 16;
/** NFC may change a token holding this unit (combining marks, Hangul jamo, singletons like U+212B). */
const INFO_UNSTABLE = 32;
const INFO_KNOWN = 128;

/** Token flags (`Tokens.flags`). */
export const TOKEN_WORD = 16; // a word token (letters, marks, digits), not punctuation
export const TOKEN_UPPER = 1; // starts with an upper-case letter
export const TOKEN_LOWER = 2; // starts with a lower-case letter
export const TOKEN_DIGIT = 4; // starts with an ASCII digit
export const TOKEN_UNSTABLE = 8; // its key needs NFC: hash it from tokenKey() instead

function info(code: number): number {
  let c = INFO[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = INFO_KNOWN | (WORD_RE.test(ch) ? WORD : /\s/.test(ch) ? SPACE : PUNCT);
    if (/\p{Lu}/u.test(ch)) c |= INFO_UPPER;
    if (/\p{Ll}/u.test(ch)) c |= INFO_LOWER;
    if (code >= 48 && code <= 57) c |= INFO_DIGIT;
    if (/\p{M}/u.test(ch) || (code >= 0x1100 && code <= 0x11ff) || ch.normalize('NFC') !== ch) c |= INFO_UNSTABLE;
    const lower = ch.toLowerCase();
    FOLD[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
    INFO[code] = c;
  }
  return c;
}

for (let c = 0; c < 256; c++) info(c);

/** The code unit a key compares: apostrophe and hyphen variants folded, as tokenKey() does. */
export function keyUnit(code: number): number {
  return code === 0x2019 || code === 0x2018 || code === 0x02bc ? 39 : code === 0x2010 || code === 0x2011 ? 45 : code;
}

/** The lower-case code unit of a BMP code unit (itself when it has none of one unit). */
export function foldUnit(code: number): number {
  info(code);
  return FOLD[code];
}

/** Whether the code unit at `i` belongs to a word (letters, marks, digits; astral letters count as word). */
export function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_RE.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
  if (code >= 0xdc00 && code <= 0xdfff) return i > 0 && isWordAt(text, i - 1);
  return (info(code) & CLASS_MASK) === WORD;
}

/** Whether the code unit at `i` is whitespace. */
export function isSpaceAt(text: string, i: number): boolean {
  return (info(text.charCodeAt(i)) & CLASS_MASK) === SPACE;
}

/** Whether the code unit at `i` is an upper-case (or lower-case) letter of the BMP. */
export function isUpperAt(text: string, i: number): boolean {
  return (info(text.charCodeAt(i)) & INFO_UPPER) !== 0;
}
export function isLowerAt(text: string, i: number): boolean {
  return (info(text.charCodeAt(i)) & INFO_LOWER) !== 0;
}

/** Token spans of a text range: parallel arrays. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** TOKEN_* bits; TOKEN_WORD for word tokens. */
  flags: Uint8Array;
}

/** The hash step shared by tokens and tables (FNV-1a over UTF-16 code units). */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, unit: number): number => Math.imul(h ^ unit, 16777619);

/** Hash of a string's code units (lower-cased with `fold`), as spanHash() computes it for a token. */
export function hashString(s: string, fold = false): number {
  return spanHash(s, 0, s.length, fold);
}

/** Hash of the token text[start, end): of its key (see tokenKey; NFC aside), or with `fold` of its lower-cased units. */
export function spanHash(text: string, start: number, end: number, fold = false): number {
  if (end - start === 1 && !fold) return hashStep(HASH_SEED, keyUnit(text.charCodeAt(start)));
  let h = HASH_SEED;
  if (fold) for (let i = start; i < end; i++) h = hashStep(h, foldUnit(text.charCodeAt(i)));
  else for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/** Tokenizes text[from, to) into word and punctuation tokens. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  // Prose averages five or six code units a token: one guess, rarely a copy.
  let cap = Math.max(16, ((to - from) >> 2) + 16);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let flags = new Uint8Array(cap);
  let n = 0;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    const inf = surrogate ? 0 : INFO[code] || info(code);
    const cls = surrogate ? (isWordAt(text, i) ? WORD : PUNCT) : inf & CLASS_MASK;
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (n === cap) {
      cap *= 2;
      const s = new Int32Array(cap);
      s.set(start);
      start = s;
      const e = new Int32Array(cap);
      e.set(end);
      end = e;
      const f = new Uint8Array(cap);
      f.set(flags);
      flags = f;
    }
    start[n] = i;
    if (cls === WORD) {
      let unstable = inf & INFO_UNSTABLE;
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        // Lower-case ASCII letters, most of any Latin text, need no table.
        if (d >= 97 && d <= 122) {
          i++;
          continue;
        }
        if (d < 0xd800 || d > 0xdfff) {
          const di = INFO[d] || info(d);
          if ((di & CLASS_MASK) !== WORD) break;
          unstable |= di;
        } else if (!isWordAt(text, i)) {
          break;
        }
        i++;
      }
      flags[n] =
        TOKEN_WORD |
        (inf & INFO_UPPER ? TOKEN_UPPER : 0) |
        (inf & INFO_LOWER ? TOKEN_LOWER : 0) |
        (inf & INFO_DIGIT ? TOKEN_DIGIT : 0) |
        (unstable & INFO_UNSTABLE ? TOKEN_UNSTABLE : 0);
    } else {
      flags[n] = 0;
      i += surrogate && code <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    end[n] = i;
    n++;
  }
  return { count: n, start, end, flags };
}

/** The comparable form of a token: NFC, with apostrophe and hyphen variants folded. */
export function tokenKey(raw: string): string {
  if (raw.length === 1) {
    switch (raw) {
      case '\u2019':
      case '\u2018':
      case '\u02bc':
        return "'";
      case '\u2010':
      case '\u2011':
        return '-';
      default:
        return raw;
    }
  }
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(raw) ? raw.normalize('NFC') : raw;
}
