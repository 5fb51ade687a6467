/**
 * Lone capitalised words inside a sentence ("Kapp hat", "le cadavre de Kirov", "Дунаев и другие"): names when the text
 * never writes the word in small letters, the word does not open a sentence (where every word is capitalised), and it
 * is no function word, title, month, adjective of nationality ("the English transport") or people ("Americans").
 * In German, where every noun is capitalised, a word is taken only when nothing marks it as a noun: no article,
 * determiner or inflected adjective before any of its uses in the text, and no noun suffix (-ung, -heit, -schaft...).
 */
import type { Mention } from '../model';
import { isGivenName } from './given-names';

/** Before a sentence's first word: its end, a colon, an opening bracket or quotation mark, a dash of dialogue. */
const SENTENCE_END = /[.!?…:;\u2014\u2013([{"“”„«»‘’'*#>|-]$/u;
/** A German article, determiner, pronoun or inflected adjective: the word after it is a noun. */
// prettier-ignore
const GERMAN_NOUN_BEFORE =
  /^(?:der|die|das|dem|den|des|ein|eine|einer|einem|einen|eines|kein\p{Ll}*|mein\p{Ll}*|dein\p{Ll}*|sein\p{Ll}*|ihr\p{Ll}*|unser\p{Ll}*|euer|eur\p{Ll}*|dies\p{Ll}*|jen\p{Ll}*|jed\p{Ll}*|welch\p{Ll}*|manch\p{Ll}*|solch\p{Ll}*|all\p{Ll}*|viel\p{Ll}*|wenig\p{Ll}*|einig\p{Ll}*|mehrer\p{Ll}*|zum|zur|im|am|vom|beim|ins|ans|aufs|ums|\p{Ll}+(?:e|en|er|es|em))$/u;
/** German articles and determiners, the closed class of GERMAN_NOUN_BEFORE. */
// prettier-ignore
const GERMAN_DETERMINER =
  /^(?:der|die|das|dem|den|des|ein|eine|einer|einem|einen|eines|kein\p{Ll}*|mein\p{Ll}*|dein\p{Ll}*|sein\p{Ll}*|ihr\p{Ll}*|unser\p{Ll}*|euer|eur\p{Ll}*|dies\p{Ll}*|jen\p{Ll}*|jed\p{Ll}*|welch\p{Ll}*|manch\p{Ll}*|solch\p{Ll}*)$/u;
/** German words that end like an inflected adjective but are no adjective (prepositions, conjunctions, adverbs, verbs). */
// prettier-ignore
const GERMAN_NOT_ADJECTIVE = new Set(
  ('aber oder oben unten außer hinter unter über wider wegen gegen neben zwischen seit wieder immer nie ohne ' +
   'haben hatte hatten wurde wurden werden sagen sagte sagten schreibe schrieb gehen gegeben gehört erhalten ' +
   'sind waren wäre hätte könne müsse möchte sollte wollte heute gestern morgen sehr eben ebenfalls gerne bitte ' +
   'habe gebe denke dabei daher wenn denen deren dessen sie wie hier dort nur noch schon ganz').split(' '),
);
const GERMAN_NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|ion|ismus|tät|chen|lein|nis|tum|ment|ität|ik|ur|ei|ling|isten|en)$/u;

/** German pronouns of address, capitalised in letters: Dich, Dir, Deine, Ihnen. */
export const GERMAN_PRONOUNS = new Set(
  (
    'Du Dich Dir Dein Deine Deiner Deinem Deinen Deines Ihr Ihre Ihrer Ihrem Ihren Ihres Ihnen Sie ' +
    'Euch Euer Eure Euren Eurem'
  ).split(' '),
);
/** German articles, which names.ts would take for the particles of a Dutch or German name (van der, von der). */
const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'von', 'zu', 'vom', 'zum', 'zur']);

/**
 * A candidate of a German paragraph cut down to its name: "Politik der Bolschewiki" is "Bolschewiki", "Schritt Lenins"
 * "Lenins", "Lieber Dronke" "Dronke", "Freiligrath Dich" "Freiligrath"; undefined when no name is left.
 */
export function germanName(text: string, m: Mention, nouns: ReadonlySet<string>): Mention | undefined {
  const words = [...m.text.matchAll(/[^\s]+/gu)].map((w) => ({ word: w[0], start: m.start + (w.index ?? 0) }));
  const common = (w: string): boolean =>
    GERMAN_PRONOUNS.has(w) || germanNoun(w, nouns) || GERMAN_ARTICLES.has(w) || /^\p{Lu}\p{Ll}*(?:er|e|es|en|em)$/u.test(w);
  let from = 0;
  let marked = false;
  // A title opens a name as it is ("Herr Korff"); otherwise articles and what comes before them go, then leading nouns,
  // pronouns and adjectives, except a capitalised adjective inside a sentence, which marks a name ("der Konstituierenden
  // Versammlung"; German writes adjectives in small letters).
  if (!/^\p{Lu}\.$/u.test(words[0].word)) {
    from = words.map((w) => GERMAN_ARTICLES.has(w.word)).lastIndexOf(true) + 1;
    const adjective = (i: number): boolean =>
      /^\p{Lu}\p{Ll}*(?:e|er|es|en|em)$/u.test(words[i].word) && !GERMAN_PRONOUNS.has(words[i].word);
    marked =
      from < words.length - 1 &&
      adjective(from) &&
      !nouns.has(words[from].word) &&
      germanNoun(words[from + 1].word, nouns) &&
      !opensSentence(text, words[from].start);
    if (!marked) while (from < words.length - 1 && common(words[from].word)) from++;
  }
  // An occupation or rank before a given name is no part of the name: "Kaufmann Adolf Dominicus" is Adolf Dominicus.
  const given = words.findIndex((w, i) => i > from && i < words.length - 1 && isGivenName(w.word));
  if (given > from && !words.slice(from, given).some((w) => isGivenName(w.word) || /^\p{Lu}\.$/u.test(w.word))) from = given;
  let to = words.length;
  while (
    to > from + (marked ? 2 : 0) &&
    (GERMAN_PRONOUNS.has(words[to - 1].word) || germanNoun(words[to - 1].word, nouns) || germanCalendarWord(words[to - 1].word))
  )
    to--;
  // A genitive before its noun: "Weerths Glosse" names Weerth.
  if (to - from === 2 && /s$/u.test(words[from].word) && !/^\p{Lu}\./u.test(words[from].word)) to = from + 1;
  if (to <= from) return undefined;
  if (from === 0 && to === words.length) return m;
  const start = words[from].start;
  const end = words[to - 1].start + words[to - 1].word.length;
  return { ...m, start, end, text: text.slice(start, end) };
}

/** Whether the capitalised word at `start` opens a sentence (or a line that is not wrapped prose). */
export function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  if (i < 0) return true;
  if (text[i] === '\n' || text[i] === '\r') {
    // A wrapped line goes on with the sentence of the line before unless that line ends one or is a blank line.
    let j = i;
    while (j >= 0 && /[\s]/.test(text[j])) {
      if (text[j] === '\n' && j < i && /\n[ \t]*$/.test(text.slice(Math.max(0, j - 1), i + 1))) return true;
      j--;
    }
    if (j < 0) return true;
    const line = text.slice(text.lastIndexOf('\n', j) + 1, j + 1);
    return SENTENCE_END.test(text[j]) || line.length < 40;
  }
  return SENTENCE_END.test(text[i]);
}

/**
 * The capitalised words a German text marks as nouns: those with an article, determiner or inflected adjective
 * before some use of them, once per text.
 */
export function germanNouns(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?<![\p{L}])(\p{L}\p{Ll}*)[ \u00a0]+(\p{Lu}\p{L}*)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = m[1];
    // A capitalised word before opens a sentence: only a closed-class determiner says a noun follows ("Diese Maßnahme");
    // a capitalised adjective may be part of a name ("Konstituierenden Versammlung").
    const lower = before.toLowerCase();
    // "der Konstituierenden Versammlung": the word after the article is an adjective of the noun after it.
    const adjective =
      /^\p{Lu}\p{Ll}*(?:e|er|es|en|em)$/u.test(m[2]) && /^[ \u00a0]+\p{Lu}/u.test(text.slice(re.lastIndex, re.lastIndex + 3));
    const noun =
      !adjective &&
      (before === lower
        ? GERMAN_NOUN_BEFORE.test(before) && !GERMAN_NOT_ADJECTIVE.has(before)
        : GERMAN_DETERMINER.test(lower) || GERMAN_PRONOUNS.has(before));
    if (noun) out.add(m[2]);
    re.lastIndex = m.index + m[1].length;
  }
  // The head of a genitive ("die Politik der Bolschewiki", "Gläubiger der Zeitung") is a noun.
  const genitive = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \u00a0]+(?:der|des)[ \u00a0]+\p{L}/gu;
  for (let m = genitive.exec(text); m; m = genitive.exec(text)) out.add(m[1]);
  return out;
}

/** Whether a capitalised word of a German paragraph is likely a common noun. */
export function germanNoun(word: string, nouns: ReadonlySet<string>): boolean {
  return nouns.has(word) || GERMAN_NOUN_SUFFIX.test(word);
}

let calendarWords: Set<string> | undefined;
/** German month and weekday names from the runtime's CLDR data (Januar, Mittwoch): capitalised, and no names. */
export function germanCalendarWord(word: string): boolean {
  if (!calendarWords) {
    calendarWords = new Set();
    try {
      const month = new Intl.DateTimeFormat('de', { month: 'long', timeZone: 'UTC' });
      const day = new Intl.DateTimeFormat('de', { weekday: 'long', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) calendarWords.add(month.format(new Date(Date.UTC(2001, m, 1))));
      for (let d = 0; d < 7; d++) calendarWords.add(day.format(new Date(Date.UTC(2001, 0, 1 + d))));
    } catch {
      // A runtime without ICU data: the other rules still apply.
    }
  }
  return calendarWords.has(word);
}

/** German cardinal numbers, a closed class: the word after one is a noun in the plural ("zwei Unteroffiziere"). */
// prettier-ignore
const GERMAN_NUMBER =
  /(?:^|[^\p{L}])(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|tausend|beiden?|einige|mehrere|viele)[ \u00a0]+$/u;
/** Noun suffixes no surname has ("-en" alone is also a plural of people, "Lenin und Genossen"). */
const STRONG_NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|nis|tum|ität)(?:en|e)?$/u;
/** A coordinated word: "Frau und Kinder", "Drohungen und Einschüchterungsmittel". */
const COORDINATED_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \u00a0]+(?:und|oder|noch)[ \u00a0]+$/u;
const COORDINATED_AFTER = /^[ \u00a0]+(?:und|oder)[ \u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/**
 * Whether the capitalised word at start..end of a German paragraph is a common noun by its context: after a number
 * ("zwei Unteroffiziere"), or joined by "und"/"oder" to a word the text marks as a noun ("Frau und Kinder"; "Marx und
 * Engels" are names on both sides and stay).
 */
export function germanNounByContext(text: string, start: number, end: number, nouns: ReadonlySet<string>): boolean {
  if (GERMAN_NUMBER.test(text.slice(Math.max(0, start - 12), start))) return true;
  const before = COORDINATED_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = COORDINATED_AFTER.exec(text.slice(end, end + 40))?.[1];
  return [before, after].some((w) => w !== undefined && !GERMAN_PRONOUNS.has(w) && (nouns.has(w) || STRONG_NOUN_SUFFIX.test(w)));
}
