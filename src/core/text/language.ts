/**
 * The language of each paragraph: Russian by its script (more Cyrillic than
 * Latin letters), German, French or English by their commonest function
 * words. A mixed text keeps each paragraph's language. A Markdown front
 * matter `lang:` (or a forced language from a setting or a CLI flag) sets
 * every paragraph. English is the default: a paragraph too short to tell
 * stays English, so English texts are read as before.
 */
import { lastAtOrBefore } from './last-at-or-before';
import { Paragraphs } from './paragraphs';
import { foldUnit, spanHash } from './tokens';
import { WordTable } from '../recognize/word-table';

export type Language = 'en' | 'ru' | 'de' | 'fr';
/** What a setting or flag may ask for: a language, or `auto` (detected per paragraph). */
export type LanguageSetting = Language | 'auto';
export const LANGUAGES: readonly LanguageSetting[] = ['auto', 'en', 'ru', 'de', 'fr'];

/** Short, frequent words that only (or mostly) one of the Latin-script languages uses. */
const FUNCTION_WORDS: Record<'en' | 'de' | 'fr', Set<string>> = {
  en: new Set(
    'the and of to is was that for with as on by it he his which were had have this from are not been but they'.split(' '),
  ),
  de: new Set(
    (
      'der die das und ist war nicht mit von zu den dem des ein eine einen auf für sich auch als wurde sind nach bei aus über ' +
      'vor wie noch oder am im vom zum zur dass daß er es ich wir ihr sie hat'
    ).split(' '),
  ),
  fr: new Set(
    (
      'le la les et est une des du dans pour que qui pas sur au aux avec ce il elle se sont était ont par mais ne cette leur ' +
      'été où'
    ).split(' '),
  ),
};
/** A bit per language in FUNCTION_WORD_TABLE: a word may belong to two ("des"). */
const LANGUAGE_BIT = { en: 1, de: 2, fr: 4 } as const;
/** The function words by their lower-cased units, looked up from the text's span without slicing or lower-casing it. */
const FUNCTION_WORD_TABLE = new WordTable<number>(true);
{
  const bits = new Map<string, number>();
  for (const lang of ['en', 'de', 'fr'] as const)
    for (const w of FUNCTION_WORDS[lang]) bits.set(w, (bits.get(w) ?? 0) | LANGUAGE_BIT[lang]);
  for (const [w, b] of bits) FUNCTION_WORD_TABLE.set(w, b);
}
const LONGEST_FUNCTION_WORD = Math.max(...Object.values(FUNCTION_WORDS).flatMap((set) => [...set].map((w) => w.length)));
/** Per BMP code unit: 1 a letter (\p{L}), 2 also an apostrophe; filled lazily. */
const LETTER_CLASS = new Uint8Array(65536);
const LETTER_RE = /\p{L}/u;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** Whether a BMP code unit is a letter, or an apostrophe of a word ("l'accusé"): the units of [\p{L}'\u2019]. */
function wordUnit(code: number): boolean {
  let c = LETTER_CLASS[code];
  if (c === 0)
    LETTER_CLASS[code] = c = code === APOSTROPHE || code === RIGHT_QUOTE ? 2 : LETTER_RE.test(String.fromCharCode(code)) ? 1 : 3;
  return c !== 3;
}

/** The language of one piece of text (a paragraph). */
export function detectLanguage(text: string): Language {
  return detectOrUndecided(text) ?? 'en';
}

/** The language of a piece of text, or undefined when it is too short to tell (a heading, a signature, a dateline). */
function detectOrUndecided(text: string): Language | undefined {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (cyrillic >= 3 && cyrillic > latin) return 'ru';
  // Words are runs of letters and apostrophes, compared lower-cased up to their first apostrophe: one pass over the
  // code units, a table probe per short word, no string made (this runs on every paragraph of every text).
  const counts = { en: 0, de: 0, fr: 0 };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let cut = -1;
    let wide = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      // ASCII letters, most of any Latin text: neither an apostrophe nor an accent.
      if ((c | 32) >= 97 && (c | 32) <= 122) {
        i++;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        // An astral letter (a pair of units) belongs to the word; anything else astral ends it.
        const cp = text.codePointAt(i) ?? 0;
        if (cp <= 0xffff || !LETTER_RE.test(String.fromCodePoint(cp))) break;
        wide = true;
        i += 2;
        continue;
      }
      if (!wordUnit(c)) break;
      if (cut < 0 && (c === APOSTROPHE || c === RIGHT_QUOTE)) cut = i;
      if (c >= 0xc0) wide = true;
      i++;
    }
    if (i === start) {
      i++;
      continue;
    }
    // The word up to its first apostrophe: "l'accusé" counts as "l", an elided French article.
    const end = cut < 0 ? i : cut;
    const length = end - start;
    if (length > 0 && length <= LONGEST_FUNCTION_WORD) {
      const bits = FUNCTION_WORD_TABLE.getSpan(text, start, end, spanHash(text, start, end, true)) ?? 0;
      if (bits & LANGUAGE_BIT.en) counts.en++;
      if (bits & LANGUAGE_BIT.de) counts.de++;
      if (bits & LANGUAGE_BIT.fr) counts.fr++;
    }
    if (cut >= 0 && elided(text, start, length)) counts.fr++;
    // Letters of one language only: a word with ä, ö, ü or ß is likely German, one with é, è, ê, ç or à French.
    if (wide && length > 0) {
      const mark = accentOf(text, start, end);
      if (mark === 'de') counts.de++;
      else if (mark === 'fr') counts.fr++;
    }
  }
  // A foreign language needs two of its words and more than English has: a French title in an English paragraph stays English.
  const best = counts.de > counts.fr ? 'de' : 'fr';
  if (counts[best] >= 2 && counts[best] > counts.en) return best;
  return counts.en >= 2 || (counts.en > 0 && counts.en > counts[best]) ? 'en' : undefined;
}

/** l', d', qu', n', s', j' (any case) before an apostrophe. */
function elided(text: string, start: number, length: number): boolean {
  const a = foldUnit(text.charCodeAt(start));
  if (length === 1) return a === 108 || a === 100 || a === 110 || a === 115 || a === 106; // l d n s j
  return length === 2 && a === 113 && foldUnit(text.charCodeAt(start + 1)) === 117; // qu
}

const GERMAN_LETTERS = new Set([...'äöüß'].map((c) => c.charCodeAt(0)));
const FRENCH_LETTERS = new Set([...'éèêçàùâîôû'].map((c) => c.charCodeAt(0)));

/** 'de' when a lower-cased unit of text[start, end) is ä, ö, ü or ß; else 'fr' when one is é, è, ê, ç, à, ù, â, î, ô or û. */
function accentOf(text: string, start: number, end: number): 'de' | 'fr' | undefined {
  let fr = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 0xc0) continue;
    const f = foldUnit(c);
    if (GERMAN_LETTERS.has(f)) return 'de';
    if (FRENCH_LETTERS.has(f)) fr = true;
  }
  return fr ? 'fr' : undefined;
}

/** `lang:` in a Markdown front matter (--- ... --- at the top of the file), if it names a language read here. */
export function declaredLanguage(text: string): Language | undefined {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]{0,4000}?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(0, 4100));
  if (!m) return undefined;
  const lang = /^lang(?:uage)?:[ \t]*["']?([A-Za-z]{2})(?:[-_][A-Za-z]+)?["']?[ \t]*$/m.exec(m[1]);
  const code = lang?.[1].toLowerCase();
  return code === 'en' || code === 'ru' || code === 'de' || code === 'fr' ? code : undefined;
}

/** Paragraph spans with their languages, in text order. */
export interface LanguageSpans {
  starts: number[];
  ends: number[];
  langs: Language[];
}

/** The language of every paragraph: forced by `setting`, else by the front matter, else detected. */
export function paragraphLanguages(
  text: string,
  setting: LanguageSetting = 'auto',
  paragraphs = new Paragraphs(text),
): LanguageSpans {
  const forced = setting !== 'auto' ? setting : declaredLanguage(text);
  const found = paragraphs.starts.map((s, i) => forced ?? detectOrUndecided(text.slice(s, paragraphs.ends[i])));
  // A paragraph too short to tell (a heading, a dateline, «Lieber Freund!») is in the language of the text around it:
  // the next paragraph that tells (a heading heads what follows), else the one before; English when none does.
  const langs: Language[] = new Array<Language>(found.length);
  let next: Language | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    next = found[i] ?? next;
    langs[i] = found[i] ?? next ?? 'en';
  }
  // After the last paragraph that tells, none is told by a next one: those take the one before (linear; no look ahead
  // over the rest for each paragraph).
  let last = found.length - 1;
  while (last >= 0 && !found[last]) last--;
  if (last >= 0) for (let i = last + 1; i < found.length; i++) langs[i] = found[last] as Language;
  return { starts: paragraphs.starts, ends: paragraphs.ends, langs };
}

/** The language most of a text is in (by characters) from its paragraphs' languages, for the status bar. */
export function mainLanguage(spans: LanguageSpans): Language {
  const size: Record<Language, number> = { en: 0, ru: 0, de: 0, fr: 0 };
  spans.langs.forEach((l, i) => {
    size[l] += spans.ends[i] - spans.starts[i];
  });
  return (Object.keys(size) as Language[]).reduce((a, b) => (size[b] > size[a] ? b : a), 'en');
}

/** The language of the paragraph holding `offset` (binary search); undefined when paragraphs were not told apart. */
export function languageOfSpan(spans: LanguageSpans | undefined, offset: number): Language | undefined {
  if (!spans || !spans.starts.length) return undefined;
  // Before the first span (it starts at the text's start), the first span's.
  return spans.langs[Math.max(0, lastAtOrBefore(spans.starts, offset))];
}
