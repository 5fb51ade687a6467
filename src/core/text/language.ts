/**
 * The language of each paragraph: Russian by its script (more Cyrillic than
 * Latin letters), German, French or English by their commonest function
 * words. A mixed text keeps each paragraph's language. A Markdown front
 * matter `lang:` (or a forced language from a setting or a CLI flag) sets
 * every paragraph. English is the default: a paragraph too short to tell
 * stays English, so English texts are read as before.
 */
import { Paragraphs } from './paragraphs';

export type Language = 'en' | 'ru' | 'de' | 'fr';
/** What a setting or flag may ask for: a language, or `auto` (detected per paragraph). */
export type LanguageSetting = Language | 'auto';
export const LANGUAGES: readonly LanguageSetting[] = ['auto', 'en', 'ru', 'de', 'fr'];

/** Short, frequent words that only (or mostly) one of the Latin-script languages uses. */
const FUNCTION_WORDS: Record<'en' | 'de' | 'fr', Set<string>> = {
  en: new Set('the and of to is was that for with as on by it he his which were had have this from are not been but they'.split(' ')),
  de: new Set('der die das und ist war nicht mit von zu den dem des ein eine einen auf für sich auch als wurde sind nach bei aus über vor wie noch oder am im vom zum zur dass daß er es ich wir ihr sie hat'.split(' ')),
  fr: new Set('le la les et est une des du dans pour que qui pas sur au aux avec ce il elle se sont était ont par mais ne cette leur été où'.split(' ')),
};
const WORD = /[\p{L}'\u2019]+/gu;

/** The language of one piece of text (a paragraph). */
export function detectLanguage(text: string): Language {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (cyrillic >= 3 && cyrillic > latin) return 'ru';
  const counts = { en: 0, de: 0, fr: 0 };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // "l'accusé", "qu'il": the article before the apostrophe is the function word.
    const w = m[0].toLowerCase().replace(/['\u2019].*$/, '');
    for (const lang of ['en', 'de', 'fr'] as const) if (FUNCTION_WORDS[lang].has(w)) counts[lang]++;
    if (/^(?:l|d|qu|n|s|j)$/.test(w) && /['\u2019]/.test(m[0])) counts.fr++;
    // Letters of one language only: a word with ä, ö, ü or ß is likely German, one with é, è, ê, ç or à French.
    if (/[äöüß]/.test(w)) counts.de++;
    else if (/[éèêçàùâîôû]/.test(w)) counts.fr++;
  }
  // A foreign language needs two of its words and more than English has: a French title in an English paragraph stays English.
  const best = counts.de > counts.fr ? 'de' : 'fr';
  return counts[best] >= 2 && counts[best] > counts.en ? best : 'en';
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
export function paragraphLanguages(text: string, setting: LanguageSetting = 'auto', paragraphs = new Paragraphs(text)): LanguageSpans {
  const forced = setting !== 'auto' ? setting : declaredLanguage(text);
  const langs = paragraphs.starts.map((s, i) => forced ?? detectLanguage(text.slice(s, paragraphs.ends[i])));
  return { starts: paragraphs.starts, ends: paragraphs.ends, langs };
}

/** The language most of the text is in (by characters), for the status bar and hovers. */
export function mainLanguage(text: string, setting: LanguageSetting = 'auto'): Language {
  const spans = paragraphLanguages(text, setting);
  const size: Record<Language, number> = { en: 0, ru: 0, de: 0, fr: 0 };
  spans.langs.forEach((l, i) => { size[l] += spans.ends[i] - spans.starts[i]; });
  return (Object.keys(size) as Language[]).reduce((a, b) => (size[b] > size[a] ? b : a), 'en');
}
