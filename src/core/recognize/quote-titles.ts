/**
 * Titles in quotation marks, in Russian, German and French texts: the name of
 * a newspaper, a work or an organisation («Правда», «Круга чтения», „Kölner
 * Zeitung“, „NRZ“, « Le Temps »). The evaluation set's convention (and the
 * historians') makes them quotations, not scare quotes, however short: they
 * name a text. A title is told by
 * - its letters: an abbreviation in capitals („NRZ“, «РСДРП»);
 * - in Russian and French, a capital first letter: both languages write common
 *   nouns in small letters, so a capitalised word in marks inside a sentence is
 *   a name («Слове», « Le Temps »), while words held at a distance are small
 *   («ошибка», « contemporains »);
 * - a word of a newspaper's name in it („Staatszeitung“, „Staats-Anzeigers“,
 *   „Tribune“, «Русские ведомости»);
 * - a word naming a text or a body right before it: „die Nummer der
 *   „Tribune““, „Herausgeber des „Staats-Anzeigers““, „Pamphlet [„Po und
 *   Rhein“]“, «в статье «…»», « le journal « … » » (French articles are left out: «fait partie du « groupe »»
 *   is no title);
 * - every word capitalised („Neue Rheinische Zeitung“, « Le Petit Journal »), or, in German, a foreign name
 *   (an English or French article, French letters: „La Réforme“, „The Times“);
 * - a registry entity of type work or organisation spelled by its words.
 * German capitalises every noun, so a capital alone says nothing there.
 */
import type { Mention } from '../model';
import type { Language } from '../text/language';

/** Words of newspapers' names, in any of the three languages (and the English names the émigré press kept). */
// prettier-ignore
const PAPER_WORD =
  /(?:zeitung|blatt|anzeiger|bote|kurier|courier|tribune|journal|gazette|presse|chronik|revue|rundschau|vorwärts|merkur|herold|correspondent|korrespondent|telegraph|times|herald|review|ведомост|газет|вестник|листок|известия|правда|gazette|courrier|moniteur|figaro)(?:e?s|e|en|n|er|и|ей|ям|ях|ах|а|у|ы|ой|е)?$/iu;

/** Nouns naming a text, a paper or a body, in the case forms that come before a title. */
// prettier-ignore
const TITLE_NOUN =
  /(?:^|[\s([])(?:Zeitung|Blatt(?:e?s)?|Nummer|Artikel|Aufsatz(?:es)?|Buch(?:e?s)?|Schrift(?:chen)?|Broschüre|Pamphlet(?:s)?|Flugschrift|Werk(?:e?s)?|Drama(?:s)?|Gedicht(?:e?s)?|Roman(?:s)?|Organ(?:s)?|Herausgeber|Redakteur|Redaktion|Verein(?:s)?|Titel(?:s)?|газет[аеуы]|журнал[аеу]?|стать[яеюи]|книг[аеиу]|брошюр[аеуы]|роман[аеу]?|повест[ьи]|рассказ[аеу]?|пьес[аеуы]|драм[аеуы]|сочинени[еяю]|обществ[оау]|парти[яиюей]|кружк[аеу]|кружок|издательств[оау]|journal|article|livre|brochure|revue|roman|pièce|drame|ouvrage|organe|société|titre|feuille)(?:[\s\u00a0]+(?:der|des|dem|den|die|das))?[\s\u00a0]*\[?[\s\u00a0]*$/iu;

const FOREIGN_ARTICLE = /^(?:The|La|Le|Les|L['\u2019]|El|Il)(?:[\s\u00a0]|$)/u;
const ABBREVIATION = /^[\p{Lu}][\p{Lu}.-]{1,7}$/u;
const TITLE_KINDS = new Set(['work', 'organisation']);

/**
 * Whether the quotation text[start, end) (marks included) is a title, in a paragraph of language `lang`; `inner` is
 * its words without the marks, `names` gives the registry mentions within it (asked for last: it may cost a match).
 */
export function isTitle(
  text: string,
  start: number,
  end: number,
  inner: string,
  lang: Language | undefined,
  names?: () => Mention[],
): boolean {
  if (!lang || lang === 'en') return false;
  const words = inner.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const bare = words.replace(/[.,;:!?\u2026]+$/, '');
  if (ABBREVIATION.test(bare)) return true;
  if ((lang === 'ru' || lang === 'fr') && /^\p{Lu}/u.test(bare) && !/^\p{Lu}\./u.test(bare)) return true;
  const parts = bare.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  if (parts.some((w) => PAPER_WORD.test(w))) return true;
  // Every word capitalised („Neue Rheinische Zeitung“, „Northern Star“): a name; German writes the adjective and
  // the article of a phrase small („die Partei der Oktroyierung“, „gemütsarmen Yankees“).
  const spaced = bare.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (spaced.length >= 2 && spaced.every((w) => /^\p{Lu}/u.test(w))) return true;
  if (lang === 'de' && germanTitleShape(text, start, spaced)) return true;
  // A foreign name in a German paragraph: an English or French article, or French letters („La Réforme“, „The Times“).
  if (lang === 'de' && /^\p{Lu}/u.test(bare) && (FOREIGN_ARTICLE.test(bare) || /[éèêëàâçôûîœ]/u.test(bare))) return true;
  if (TITLE_NOUN.test(text.slice(Math.max(0, start - 40), start))) return true;
  return !!names?.().some((m) => TITLE_KINDS.has(m.kind) && m.entity && m.start <= start + 2 && m.end >= end - 2);
}

/** German articles and prepositions that begin titles of works: „Zur Kritik …“, „Das Kapital“, „Über die …“. */
const TITLE_START = /^(?:Der|Die|Das|Des|Dem|Den|Ein|Eine|Zur|Zum|Über|Von|Vom|Aus|Am|Im|An|Auf)$/u;
/** A capitalised adjective before a noun inside a phrase: „Kritik der Politischen Ökonomie“ (common phrases write it small). */
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|er|es|em|sche|schen|scher)$/u;

/**
 * The shapes of a German title: a capital article or preposition opening it inside a sentence („des Buches „Das
 * Kapital““, not a quoted sentence's „Die …“ after a full stop), a capital adjective inside it before a noun, or a
 * paper's adjective standing alone („Kölnische“).
 */
function germanTitleShape(text: string, start: number, words: string[]): boolean {
  if (words.length >= 2 && TITLE_START.test(words[0])) {
    let k = start - 1;
    while (k >= 0 && /[\s\u00a0[(]/.test(text[k])) k--;
    if (k >= 0 && !/[.!?:\u2026]/.test(text[k])) return true;
  }
  for (let i = 1; i + 1 < words.length; i++) if (NAME_ADJECTIVE.test(words[i]) && /^\p{Lu}/u.test(words[i + 1])) return true;
  // A paper called by its adjective alone: „Kölnische“, „Neue Preußische“, „Trier'sche“.
  if (words.length <= 2 && /^\p{Lu}[\p{L}'\u2019]*sch(?:e|en)$/u.test(words[words.length - 1])) return true;
  return false;
}
